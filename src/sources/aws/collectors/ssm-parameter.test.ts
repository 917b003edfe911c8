import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeParametersCommand, GetParameterCommand, GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm'
import { mapParameter, parameterArn, ssmParameterCollector } from './ssm-parameter.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const w = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }

describe('mapParameter', () => {
  it('builds the ARN from a path name without doubling the slash', () => {
    assert.equal(parameterArn('/prod/db/password', w), `arn:aws:ssm:${TEST_REGION}:${TEST_ACCOUNT}:parameter/prod/db/password`)
    assert.equal(parameterArn('plain', w), `arn:aws:ssm:${TEST_REGION}:${TEST_ACCOUNT}:parameter/plain`)
  })

  it('maps type, key and tier; prefers the ARN the API returns', () => {
    const p = mapParameter({ Name: '/prod/db/password', ARN: 'arn:aws:ssm:us-east-1:111122223333:parameter/prod/db/password', Type: 'SecureString', KeyId: 'alias/aws/ssm', Tier: 'Standard', Version: 3, LastModifiedDate: new Date('2026-10-01T00:00:00Z') }, w)
    assert.deepEqual(p, {
      id: 'arn:aws:ssm:us-east-1:111122223333:parameter/prod/db/password',
      arn: 'arn:aws:ssm:us-east-1:111122223333:parameter/prod/db/password',
      name: '/prod/db/password',
      accountId: TEST_ACCOUNT,
      region: TEST_REGION,
      type: 'SecureString',
      keyId: 'alias/aws/ssm',
      tier: 'Standard',
      lastModifiedDate: '2026-10-01T00:00:00.000Z',
      version: 3,
    })
  })
})

describe('ssm.parameter collector (mocked SDK)', () => {
  const ssm = mockClient(SSMClient)
  afterEach(() => ssm.reset())

  it('keeps paging through an empty page that still has a NextToken, and reads no value', async () => {
    ssm
      .on(DescribeParametersCommand)
      .resolvesOnce({ Parameters: [{ Name: '/a', Type: 'String' }], NextToken: 't1' })
      .resolvesOnce({ Parameters: [], NextToken: 't2' })
      .resolvesOnce({ Parameters: [{ Name: '/b', Type: 'SecureString' }] })
    const r = await ssmParameterCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['ssm.parameter']!.map((p) => [p.name, p.type]), [['/a', 'String'], ['/b', 'SecureString']])
    assert.equal(ssm.commandCalls(DescribeParametersCommand).length, 3)
    assert.equal(ssm.commandCalls(GetParameterCommand).length + ssm.commandCalls(GetParametersCommand).length, 0)
    assert.deepEqual(ssmParameterCollector.actions, ['ssm:DescribeParameters'])
  })

  it('DescribeParameters denied is a gap', async () => {
    ssm.on(DescribeParametersCommand).rejects(awsError('AccessDeniedException'))
    const r = await ssmParameterCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
    assert.equal(r.gaps[0]!.resourceType, 'ssm.parameter')
  })
})
