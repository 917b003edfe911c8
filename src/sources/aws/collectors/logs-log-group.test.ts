import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs'
import { customLogGroupNames, DEFAULT_MAX_LOG_GROUPS, logsLogGroupCollector, mapLogGroup, maxLogGroups } from './logs-log-group.js'
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

  const group = (name: string) => ({ logGroupName: name, arn: `${lgArn(name)}:*` })
  /** A region with the given groups, 2 per page, answering prefix listings too. */
  const region = (names: string[]) =>
    logs.on(DescribeLogGroupsCommand).callsFake((input: { logGroupNamePrefix?: string; nextToken?: string }) => {
      const matching = names.filter((n) => !input.logGroupNamePrefix || n.startsWith(input.logGroupNamePrefix))
      const start = Number(input.nextToken ?? 0)
      const next = start + 2 < matching.length ? String(start + 2) : undefined
      return { logGroups: matching.slice(start, start + 2).map(group), ...(next ? { nextToken: next } : {}) }
    })

  it('lists the whole region within the bound: every group, no prefix lookups', async () => {
    region(['/app/one', '/aws/lambda/a', '/aws/lambda/b', '/shared/app', '/shared/app-other'])
    const r = await logsLogGroupCollector.collect(testContext(), TEST_REGION, { 'lambda.function': [lambdaFunction({ logging: { logGroup: '/shared/app' } })] })
    assert.deepEqual(
      r.resources['logs.log-group']!.map((g) => g.name),
      ['/app/one', '/aws/lambda/a', '/aws/lambda/b', '/shared/app', '/shared/app-other'],
    )
    assert.equal(logs.commandCalls(DescribeLogGroupsCommand).length, 3)
    assert.ok(logs.commandCalls(DescribeLogGroupsCommand).every((c) => c.args[0].input.logGroupNamePrefix === undefined))
    assert.deepEqual(r.gaps, [])
    assert.equal(r.notes, undefined)
  })

  it('beyond CLEARSKY_MAX_LOG_GROUPS: stops, notes it, and still looks up Lambda log groups in full', async () => {
    process.env.CLEARSKY_MAX_LOG_GROUPS = '2'
    try {
      region(['/app/one', '/app/two', '/aws/lambda/a', '/aws/lambda/b', '/aws/lambda/c', '/shared/app', '/shared/app-other'])
      const r = await logsLogGroupCollector.collect(testContext(), TEST_REGION, { 'lambda.function': [lambdaFunction({ logging: { logGroup: '/shared/app' } })] })
      assert.deepEqual(
        r.resources['logs.log-group']!.map((g) => g.name).sort(),
        ['/app/one', '/app/two', '/aws/lambda/a', '/aws/lambda/b', '/aws/lambda/c', '/shared/app'],
      )
      assert.equal(r.notes?.length, 1)
      assert.match(r.notes![0]!, /CLEARSKY_MAX_LOG_GROUPS/)
      assert.deepEqual(r.gaps, [])
    } finally {
      delete process.env.CLEARSKY_MAX_LOG_GROUPS
    }
  })

  it('maxLogGroups reads a positive integer, else the default', () => {
    assert.equal(maxLogGroups({ CLEARSKY_MAX_LOG_GROUPS: '500' }), 500)
    assert.equal(maxLogGroups({ CLEARSKY_MAX_LOG_GROUPS: 'lots' }), DEFAULT_MAX_LOG_GROUPS)
    assert.equal(maxLogGroups({}), DEFAULT_MAX_LOG_GROUPS)
  })

  it('a denied listing is a gap', async () => {
    logs.on(DescribeLogGroupsCommand).rejects(awsError('AccessDeniedException', 400))
    const r = await logsLogGroupCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
    assert.match(r.gaps[0]!.message, /logs:DescribeLogGroups/)
  })
})
