import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { detectEnvSecret, secretKindLabel } from './detect-env.js'
import { PATTERNS } from './rules.js'
import { maskedEnvValue } from './mask.js'
import { BASE62, FAKE_AWS_SECRET, HEX, VALUE_SAMPLES, fakeChars } from '../../../test/secret-samples.js'

const kindOf = (name: string, value: string) => detectEnvSecret(name, value)?.kind

describe('detectEnvSecret: value patterns (true positives)', () => {
  for (const p of PATTERNS.filter((x) => x.appliesTo.has('env') && !x.envValue)) {
    it(`${p.id}`, () => {
      const sample = VALUE_SAMPLES[p.id]
      assert.ok(sample, `no sample for ${p.id} in test/secret-samples.ts`)
      // A neutral name, so that only the value can be what gives it away.
      assert.equal(kindOf('UPSTREAM_CONFIG', sample), p.id)
    })
  }
  it('also finds gho_ (OAuth) GitHub tokens and ASIA temporary key ids', () => {
    assert.equal(kindOf('GH', 'gh' + 'o_' + fakeChars(36, BASE62, 40)), 'github-token')
    assert.equal(kindOf('KEY_ID_FOR_X', 'ASIA' + fakeChars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 41)), 'aws-access-key-id')
  })
  it('finds credentials in mongodb+srv and redis URLs', () => {
    assert.equal(kindOf('MONGO', `mongodb+srv://svc:${fakeChars(16, BASE62, 42)}@cluster0.example.net/orders`), 'url-credentials')
    assert.equal(kindOf('CACHE', `redis://default:${fakeChars(16, BASE62, 43)}@cache.internal:6379`), 'url-credentials')
  })
  it('finds an AWS secret access key only under an aws/secret name', () => {
    assert.equal(kindOf('AWS_SECRET_ACCESS_KEY', FAKE_AWS_SECRET), 'aws-secret-access-key')
    assert.equal(kindOf('MY_SECRET', FAKE_AWS_SECRET), 'aws-secret-access-key')
    assert.notEqual(kindOf('PAYLOAD_DIGEST', FAKE_AWS_SECRET), 'aws-secret-access-key')
  })
})

describe('detectEnvSecret: secret-looking names', () => {
  for (const name of ['DB_PASSWORD', 'DBPassword', 'dbPassword', 'db_pass', 'JWT_SECRET', 'CLIENT_SECRET', 'API_KEY', 'stripeApiKey', 'X_APIKEY', 'PRIVATE_KEY', 'SERVICE_CREDENTIALS', 'AWS_SESSION_TOKEN', 'GITHUB_TOKEN', 'ENCRYPTION_KEY', 'MYSQL_PWD']) {
    it(`${name} with a literal value`, () => assert.equal(kindOf(name, 'hunter2-orders'), 'secret-name'))
  }
  for (const name of ['DB_PASSWORD_ARN', 'DB_SECRET_NAME', 'SECRET_ID', 'API_KEY_PARAM', 'DB_PASSWORD_SSM_PARAMETER', 'TOKEN_TTL', 'TOKEN_URL', 'PASSWORD_POLICY', 'PASSWORD_HASH', 'SECRETS_EXTENSION_HTTP_PORT', 'AWS_ACCESS_KEY_ID', 'KMS_KEY', 'TABLE_NAME', 'BYPASS_CACHE', 'TOKENIZER_MODEL', 'SECRETARY_EMAIL']) {
    it(`${name} is not a secret name`, () => assert.equal(kindOf(name, 'hunter2-orders'), undefined))
  }
})

describe('detectEnvSecret: entropy', () => {
  it('flags a long random token under a neutral name', () => {
    assert.equal(kindOf('UPSTREAM_VALUE', fakeChars(40, BASE62, 50)), 'high-entropy')
    assert.equal(kindOf('UPSTREAM_VALUE', fakeChars(24, BASE62, 51)), 'high-entropy')
  })
  it('leaves hashes under hash-like names, ids, hex and identifiers alone', () => {
    const sha256b64 = Buffer.from(fakeChars(32, HEX, 52)).toString('base64') // 44 base64 characters
    assert.equal(kindOf('CODE_SHA256', sha256b64), undefined)
    assert.equal(kindOf('BUILD_HASH', sha256b64), undefined)
    assert.equal(kindOf('CLIENT_ID', fakeChars(26, BASE62, 53)), undefined)
    assert.equal(kindOf('GIT_COMMIT', fakeChars(40, HEX, 54)), undefined)
    assert.equal(kindOf('CHECKSUM_VALUE', fakeChars(64, HEX, 55)), undefined)
    assert.equal(kindOf('HANDLER_CLASS', 'OrdersServiceProcessingQueueHandler'), undefined)
  })
})

describe('detectEnvSecret: true negatives', () => {
  const negatives: [string, string][] = [
    ['TABLE_NAME', 'orders'],
    ['DB_PASSWORD', 'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf'],
    ['DB_PASSWORD_ARN', 'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/db-AbCdEf'],
    ['API_KEY', 'arn:aws:ssm:us-east-1:111122223333:parameter/prod/api-key'],
    ['DB_PASSWORD', '{{resolve:secretsmanager:prod/db:SecretString:password}}'],
    ['DB_PASSWORD', '{{resolve:ssm-secure:/prod/db/password:1}}'],
    ['DB_PASSWORD', '/prod/orders/db/password'],
    ['DB_SECRET', 'prod/orders/db-credentials'],
    ['API_TOKEN', '${ssm:/prod/api-token}'],
    ['API_TOKEN', '${env:API_TOKEN}'],
    ['DB_PASSWORD', ''],
    ['DB_PASSWORD', 'changeme'],
    ['API_TOKEN', '<your-api-token>'],
    ['API_TOKEN', 'xxxxxxxx'],
    ['USE_SECRETS_MANAGER', 'true'],
    ['TOKEN_BUCKET_CAPACITY', '100'],
    ['REQUEST_ID', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    ['CORRELATION', '3f2504e0-4f89-11d3-9a0c-0305e82c3301'],
    ['API_URL', 'https://api.example.com/v1/orders?limit=100'],
    ['DATABASE_URL', 'postgres://orders-db.internal:5432/orders'],
    ['DATABASE_URL', 'postgres://app:${DB_PASSWORD}@orders-db.internal:5432/orders'],
    ['GREETING', Buffer.from('hello').toString('base64')],
    ['BANNER', Buffer.from('hello world, how are you').toString('base64')],
    ['DB_HOST', 'orders-db.cluster-ro-c9akciq32.us-east-1.rds.amazonaws.com'],
    ['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'],
    ['AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['PWD', '/var/task'],
    ['STRIPE_PUBLISHABLE', 'pk' + '_live_' + fakeChars(24, BASE62, 56).toLowerCase()],
  ]
  for (const [name, value] of negatives) it(`${name}=${value.slice(0, 40)}`, () => assert.equal(kindOf(name, value), undefined))
})

describe('detectEnvSecret: masked snapshot values', () => {
  it('reports the kind recorded by the masker', () => {
    const masked = maskedEnvValue('github-token', VALUE_SAMPLES['github-token']!)
    assert.deepEqual(detectEnvSecret('ANY', masked), { kind: 'github-token', label: 'GitHub token', masked: true })
  })
  it('labels every kind', () => {
    assert.equal(secretKindLabel('secret-name'), 'literal value in a secret-looking variable')
    assert.equal(secretKindLabel('high-entropy'), 'random-looking token (high entropy)')
    assert.equal(secretKindLabel('aws-access-key-id'), 'AWS access key ID')
  })
})
