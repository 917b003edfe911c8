import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { findSecretsInText } from './find-in-text.js'
import { PATTERNS } from './rules.js'
import { TEXT_SAMPLES } from '../../../test/secret-samples.js'

describe('findSecretsInText: one true positive per pattern', () => {
  for (const p of PATTERNS.filter((x) => x.appliesTo.has('text'))) {
    it(p.id, () => {
      const sample = TEXT_SAMPLES[p.id]
      assert.ok(sample, `no text sample for ${p.id} in test/secret-samples.ts`)
      const found = findSecretsInText(`// header\n${sample}\nmore()`)
      assert.deepEqual(found.map((f) => [f.patternId, f.line]), [[p.id, 2]])
    })
  }
})

describe('findSecretsInText', () => {
  it('reports line numbers and masked previews, never the value', () => {
    const token = TEXT_SAMPLES['github-token']!
    const text = ['a', 'b', token, 'c\r\nd', TEXT_SAMPLES['aws-access-key-id']!].join('\n')
    const found = findSecretsInText(text)
    assert.deepEqual(found.map((f) => [f.patternId, f.line, f.preview]), [['github-token', 3, 'ghp_****'], ['aws-access-key-id', 6, 'AKIA****']])
    for (const f of found) assert.ok(f.preview.length <= 8, f.preview)
  })
  it('keeps a specific match and drops the generic assignment that covers the same text', () => {
    const found = findSecretsInText(`token: "${TEXT_SAMPLES['github-token']!.split('"')[1]}"`)
    assert.deepEqual(found.map((f) => f.patternId), ['github-token'])
  })
  it('finds several secrets on one line', () => {
    const line = `${TEXT_SAMPLES['aws-access-key-id']} ${TEXT_SAMPLES['stripe-secret-key']}`
    assert.deepEqual(findSecretsInText(line).map((f) => f.patternId).sort(), ['aws-access-key-id', 'stripe-secret-key'])
  })
  it('leaves ordinary code, references, placeholders and documented examples alone', () => {
    const text = [
      'const password = process.env.DB_PASSWORD',
      'password = os.environ["DB_PASSWORD"]',
      'api_key = settings.API_KEY',
      'SECRET_KEY = settings.SECRET',
      'password: "${DB_PASSWORD}"',
      '"password": "<your-password>"',
      'token: "changeme"',
      'def login(password=password):',
      'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'DATABASE_URL=postgres://localhost:5432/orders',
      'DB_PASSWORD_ARN=arn:aws:secretsmanager:us-east-1:111122223333:secret:db',
      'Set AWS_SECRET_ACCESS_KEY in your shell before running.',
      'if (password == "") return',
      'TOKEN_TTL=3600',
      '',
    ].join('\n')
    assert.deepEqual(findSecretsInText(text), [])
  })
})
