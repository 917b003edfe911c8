import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeAccountAttributesCommand, DescribeEventSubscriptionsCommand, RDSClient } from '@aws-sdk/client-rds'
import { mapEventSubscription, rdsEventSubscriptionCollector } from './rds-event-subscription.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const where = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }

describe('mapEventSubscription', () => {
  it('keeps the source type, lower-cases categories and reads Enabled and Status', () => {
    const s = mapEventSubscription({ CustSubscriptionId: 'oncall', EventSubscriptionArn: `arn:aws:rds:${TEST_REGION}:${TEST_ACCOUNT}:es:oncall`, SourceType: 'db-cluster', EventCategoriesList: ['Failure', 'maintenance'], SourceIdsList: ['ledger'], Enabled: true, SnsTopicArn: 'arn:aws:sns:us-east-1:111122223333:t', Status: 'topic-not-exist' }, where)
    assert.equal(s.name, 'oncall')
    assert.equal(s.sourceType, 'db-cluster')
    assert.deepEqual(s.eventCategories, ['failure', 'maintenance'])
    assert.deepEqual(s.sourceIds, ['ledger'])
    assert.equal(s.enabled, true)
    assert.equal(s.status, 'topic-not-exist')
  })

  it('no source type and no categories stay absent and empty', () => {
    const s = mapEventSubscription({ CustSubscriptionId: 'all', Enabled: false }, where)
    assert.equal('sourceType' in s, false)
    assert.deepEqual(s.eventCategories, [])
    assert.equal(s.enabled, false)
    assert.equal(s.id, `arn:aws:rds:${TEST_REGION}:${TEST_ACCOUNT}:es:all`)
  })
})

describe('RDS event subscription collector (mocked SDK)', () => {
  const rds = mockClient(RDSClient)
  afterEach(() => rds.reset())
  const usage = (n: number) => ({ AccountQuotas: [{ AccountQuotaName: 'DBInstances', Used: 0, Max: 40 }, { AccountQuotaName: 'EventSubscriptions', Used: n, Max: 20 }] })

  it('a region where RDS counts no event subscription costs only the shared usage probe', async () => {
    rds.on(DescribeAccountAttributesCommand).resolves(usage(0))
    const r = await rdsEventSubscriptionCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r, { resources: { 'rds.event-subscription': [] }, gaps: [] })
    assert.equal(rds.commandCalls(DescribeEventSubscriptionsCommand).length, 0)
  })

  it('subscriptions are listed even where there is no database: they are judged wherever they exist', async () => {
    rds.on(DescribeAccountAttributesCommand).resolves(usage(2))
    rds.on(DescribeEventSubscriptionsCommand).resolvesOnce({ EventSubscriptionsList: [{ CustSubscriptionId: 'a', Enabled: true }], Marker: 'm1' }).resolvesOnce({ EventSubscriptionsList: [{ CustSubscriptionId: 'b', Enabled: true, SourceType: 'db-instance' }] })
    const r = await rdsEventSubscriptionCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['rds.event-subscription']!.map((s) => s.name), ['a', 'b'])
    assert.equal(rds.commandCalls(DescribeEventSubscriptionsCommand)[1]!.args[0].input.Marker, 'm1')
  })

  it('a failed probe never skips: the listing decides', async () => {
    rds.on(DescribeAccountAttributesCommand).rejects(awsError('AccessDenied', 403))
    rds.on(DescribeEventSubscriptionsCommand).resolves({ EventSubscriptionsList: [{ CustSubscriptionId: 'a', Enabled: true }] })
    const r = await rdsEventSubscriptionCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.resources['rds.event-subscription']!.length, 1)
  })

  it('a denied listing is a gap of the type in the region', async () => {
    rds.on(DescribeAccountAttributesCommand).resolves(usage(1))
    rds.on(DescribeEventSubscriptionsCommand).rejects(awsError('AccessDenied', 403))
    const r = await rdsEventSubscriptionCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps.length, 1)
    assert.equal(r.gaps[0]!.resourceType, 'rds.event-subscription')
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
  })

  it('declares the actions it calls', () => {
    assert.deepEqual(rdsEventSubscriptionCollector.actions, ['rds:DescribeAccountAttributes', 'rds:DescribeEventSubscriptions'])
  })
})
