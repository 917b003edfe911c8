import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { GetSecretValueCommand, ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { mapSecret, secretsManagerSecretCollector } from './secretsmanager-secret.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const where = { region: TEST_REGION, accountId: TEST_ACCOUNT }
const arn = (n: string) => `arn:aws:secretsmanager:${TEST_REGION}:${TEST_ACCOUNT}:secret:${n}-AbCdEf`

describe('mapSecret', () => {
  it('maps rotation settings, dates and tags', () => {
    const s = mapSecret(
      {
        ARN: arn('prod/db'),
        Name: 'prod/db',
        RotationEnabled: true,
        RotationLambdaARN: 'arn:aws:lambda:us-east-1:111122223333:function:rotate',
        RotationRules: { AutomaticallyAfterDays: 30, Duration: '3h' },
        CreatedDate: new Date('2026-01-01T00:00:00Z'),
        LastRotatedDate: new Date('2026-11-01T12:00:00Z'),
        NextRotationDate: new Date('2026-12-01T00:00:00Z'),
        OwningService: 'rds',
        Tags: [{ Key: 'team', Value: 'db' }],
      },
      where,
    )
    assert.equal(s.id, arn('prod/db'))
    assert.equal(s.name, 'prod/db')
    assert.equal(s.rotationEnabled, true)
    assert.deepEqual(s.rotationRules, { automaticallyAfterDays: 30, duration: '3h' })
    assert.equal(s.createdDate, '2026-01-01T00:00:00.000Z')
    assert.equal(s.lastRotatedDate, '2026-11-01T12:00:00.000Z')
    assert.equal(s.nextRotationDate, '2026-12-01T00:00:00.000Z')
    assert.equal(s.owningService, 'rds')
    assert.deepEqual(s.tags, { team: 'db' })
  })

  it('a secret never configured for rotation', () => {
    const s = mapSecret({ ARN: arn('api-key'), Name: 'api-key' }, where)
    assert.equal(s.rotationEnabled, false)
    assert.equal(s.rotationRules, undefined)
    assert.equal(s.lastRotatedDate, undefined)
  })
})

describe('secretsmanager.secret collector (mocked SDK)', () => {
  const sm = mockClient(SecretsManagerClient)
  afterEach(() => sm.reset())

  it('pages through ListSecrets and never asks for a value', async () => {
    sm.on(ListSecretsCommand).resolvesOnce({ SecretList: [{ ARN: arn('a'), Name: 'a' }], NextToken: 't1' }).resolvesOnce({ SecretList: [{ ARN: arn('b'), Name: 'b', RotationEnabled: true }] })
    const r = await secretsManagerSecretCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['secretsmanager.secret']!.map((s) => s.name), ['a', 'b'])
    assert.equal(sm.commandCalls(ListSecretsCommand)[1]!.args[0].input.NextToken, 't1')
    assert.equal(sm.commandCalls(GetSecretValueCommand).length, 0)
    // Metadata and resource policies only: never GetSecretValue.
    assert.deepEqual(secretsManagerSecretCollector.actions, ['secretsmanager:ListSecrets', 'secretsmanager:GetResourcePolicy'])
  })

  it('a failed page is a gap, never a partial list', async () => {
    sm.on(ListSecretsCommand).resolvesOnce({ SecretList: [{ ARN: arn('a'), Name: 'a' }], NextToken: 't1' }).rejectsOnce(awsError('AccessDeniedException'))
    const r = await secretsManagerSecretCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
    assert.equal(r.gaps[0]!.resourceType, 'secretsmanager.secret')
  })
})
