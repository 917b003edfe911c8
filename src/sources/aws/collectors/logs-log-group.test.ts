import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { customLogGroupNames, logsLogGroupCollector, mapLogGroup } from './logs-log-group.js'
import { lambdaFunction } from '../../../../test/factories/index.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const lgArn = (n: string) => `arn:aws:logs:${TEST_REGION}:${TEST_ACCOUNT}:log-group:${n}`
const where = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }

describe('mapLogGroup', () => {
  it('uses the ARN without the :* suffix as id, keeps retention and key', () => {
    const g = mapLogGroup({ logGroupName: '/aws/lambda/f', arn: `${lgArn('/aws/lambda/f')}:*`, retentionInDays: 30, kmsKeyId: 'k', storedBytes: 5 }, where)
    assert.deepEqual(g, { id: lgArn('/aws/lambda/f'), arn: lgArn('/aws/lambda/f'), name: '/aws/lambda/f', accountId: TEST_ACCOUNT, region: TEST_REGION, retentionInDays: 30, kmsKeyId: 'k', storedBytes: 5 })
  })

  it('no retention means never expire: the field is absent', () => {
    assert.equal(mapLogGroup({ logGroupName: 'x', logGroupArn: lgArn('x') }, where).retentionInDays, undefined)
  })
})

describe('customLogGroupNames', () => {
  it('only names outside /aws/lambda/, in this region, de-duplicated', () => {
    const fns = [
      lambdaFunction({ name: 'a', logging: { logGroup: '/shared/app' } }),
      lambdaFunction({ name: 'b', logging: { logGroup: '/shared/app' } }),
      lambdaFunction({ name: 'c' }),
      lambdaFunction({ name: 'd', region: 'eu-west-1', logging: { logGroup: '/other' } }),
    ]
    assert.deepEqual(customLogGroupNames(fns, TEST_REGION), ['/shared/app'])
  })
})

describe('logs.log-group collector (mocked SDK)', () => {
  const logs = mockClient(CloudWatchLogsClient)
  afterEach(() => logs.reset())

  it('one paginated /aws/lambda/ listing plus one prefix call per custom log group (exact match kept)', async () => {
    logs.on(DescribeLogGroupsCommand, { logGroupNamePrefix: '/aws/lambda/' }).resolves({ logGroups: [{ logGroupName: '/aws/lambda/a', arn: `${lgArn('/aws/lambda/a')}:*` }], nextToken: 'n' })
    logs.on(DescribeLogGroupsCommand, { logGroupNamePrefix: '/aws/lambda/', nextToken: 'n' }).resolves({ logGroups: [{ logGroupName: '/aws/lambda/b', arn: `${lgArn('/aws/lambda/b')}:*` }] })
    logs.on(DescribeLogGroupsCommand, { logGroupNamePrefix: '/shared/app' }).resolves({ logGroups: [{ logGroupName: '/shared/app', arn: `${lgArn('/shared/app')}:*` }, { logGroupName: '/shared/app-other', arn: `${lgArn('/shared/app-other')}:*` }] })
    const r = await logsLogGroupCollector.collect(testContext(), TEST_REGION, { 'lambda.function': [lambdaFunction({ logging: { logGroup: '/shared/app' } })] })
    assert.deepEqual(
      r.resources['logs.log-group']!.map((g) => g.name),
      ['/aws/lambda/a', '/aws/lambda/b', '/shared/app'],
    )
    assert.equal(logs.commandCalls(DescribeLogGroupsCommand).length, 3)
    assert.deepEqual(r.gaps, [])
  })

  it('a denied listing is a gap', async () => {
    logs.on(DescribeLogGroupsCommand).rejects(awsError('AccessDeniedException', 400))
    const r = await logsLogGroupCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
    assert.match(r.gaps[0]!.message, /logs:DescribeLogGroups/)
  })
})
