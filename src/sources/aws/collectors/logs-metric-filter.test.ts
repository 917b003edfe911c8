import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { CloudWatchLogsClient, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs'
import { logsMetricFilterCollector, mapMetricFilter } from './logs-metric-filter.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

describe('mapMetricFilter', () => {
  it('keeps the pattern, log group and metrics; the id joins group ARN and filter name', () => {
    const f = mapMetricFilter(
      { filterName: 'root', logGroupName: 'trail', filterPattern: '{ $.userIdentity.type = "Root" }', metricTransformations: [{ metricName: 'RootUse', metricNamespace: 'CIS', metricValue: '1' }] },
      { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' },
    )
    assert.equal(f.id, `arn:aws:logs:${TEST_REGION}:${TEST_ACCOUNT}:log-group:trail#root`)
    assert.deepEqual(f.metrics, [{ metricName: 'RootUse', metricNamespace: 'CIS', metricValue: '1' }])
  })
})

describe('logs.metric-filter collector (mocked SDK)', () => {
  const logs = mockClient(CloudWatchLogsClient)
  afterEach(() => logs.reset())

  it('pages through every filter of the region', async () => {
    logs.on(DescribeMetricFiltersCommand).callsFake((input: { nextToken?: string }) =>
      input.nextToken === 'p2'
        ? { metricFilters: [{ filterName: 'b', logGroupName: 'g', filterPattern: '{ $.x = 1 }' }] }
        : { metricFilters: [{ filterName: 'a', logGroupName: 'g', filterPattern: '{ $.x = 1 }' }], nextToken: 'p2' },
    )
    const r = await logsMetricFilterCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['logs.metric-filter']!.map((f) => f.name), ['a', 'b'])
  })

  it('a denied listing is a gap', async () => {
    logs.on(DescribeMetricFiltersCommand).rejects(awsError('AccessDeniedException'))
    const r = await logsMetricFilterCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.resourceType, 'logs.metric-filter')
  })
})
