import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail'
import { cloudTrailTrailCollector, mapTrail, trailsToCollect } from './cloudtrail-trail.js'
import { failed } from '../outcome.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const trailArn = `arn:aws:cloudtrail:${TEST_REGION}:${TEST_ACCOUNT}:trail/main`
const trail = { Name: 'main', TrailARN: trailArn, HomeRegion: TEST_REGION, IsMultiRegionTrail: true, IsOrganizationTrail: false, S3BucketName: 'b', KmsKeyId: 'k', LogFileValidationEnabled: true, IncludeGlobalServiceEvents: true }
const where = { region: TEST_REGION, accountId: TEST_ACCOUNT }

describe('mapTrail', () => {
  it('maps basic event selectors and status', () => {
    const t = mapTrail(trail, { status: { ok: true, value: { IsLogging: true } }, selectors: { ok: true, value: { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }] }] } } }, where)
    assert.equal(t.isLogging, true)
    assert.equal(t.isMultiRegion, true)
    assert.equal(t.logFileValidation, true)
    assert.equal(t.homeRegion, TEST_REGION)
    assert.deepEqual(t.eventSelectors, [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type: 'AWS::Lambda::Function', values: ['arn:aws:lambda'] }] }])
    assert.deepEqual(t.advancedEventSelectors, [])
  })

  it('maps advanced event selectors', () => {
    const t = mapTrail(trail, { status: { ok: true, value: { IsLogging: true } }, selectors: { ok: true, value: { AdvancedEventSelectors: [{ Name: 'lambda', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::Lambda::Function'] }] }] } } }, where)
    assert.deepEqual(t.advancedEventSelectors, [{ name: 'lambda', fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::Lambda::Function'] }] }])
  })

  it('failed status and selectors are unresolved', () => {
    const t = mapTrail(trail, { status: failed('AccessDenied (cloudtrail:GetTrailStatus)'), selectors: failed('Throttled (cloudtrail:GetEventSelectors)') }, where)
    assert.deepEqual(t.unresolved, {
      isLogging: 'AccessDenied (cloudtrail:GetTrailStatus)',
      latestCloudWatchLogsDeliveryTime: 'AccessDenied (cloudtrail:GetTrailStatus)',
      latestCloudWatchLogsDeliveryError: 'AccessDenied (cloudtrail:GetTrailStatus)',
      eventSelectors: 'Throttled (cloudtrail:GetEventSelectors)',
      advancedEventSelectors: 'Throttled (cloudtrail:GetEventSelectors)',
    })
  })

  it('maps CloudWatch Logs delivery state and excluded management event sources', () => {
    const t = mapTrail(
      trail,
      {
        status: { ok: true, value: { IsLogging: true, LatestCloudWatchLogsDeliveryTime: new Date('2026-11-26T10:00:00Z'), LatestCloudWatchLogsDeliveryError: 'AccessDenied' } },
        selectors: { ok: true, value: { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, ExcludeManagementEventSources: ['kms.amazonaws.com'] }] } },
      },
      where,
    )
    assert.equal(t.latestCloudWatchLogsDeliveryTime, '2026-11-26T10:00:00.000Z')
    assert.equal(t.latestCloudWatchLogsDeliveryError, 'AccessDenied')
    assert.deepEqual(t.eventSelectors[0]!.excludeManagementEventSources, ['kms.amazonaws.com'])
  })
})

describe('trailsToCollect', () => {
  const own = (name: string, home: string, extra: object = {}) => ({ Name: name, TrailARN: `arn:aws:cloudtrail:${home}:${TEST_ACCOUNT}:trail/${name}`, HomeRegion: home, ...extra })
  it('keeps trails homed here and other accounts\' organization trails, not own shadow trails', () => {
    const orgTrail = { Name: 'org', TrailARN: 'arn:aws:cloudtrail:eu-west-1:999988887777:trail/org', HomeRegion: 'eu-west-1', IsOrganizationTrail: true }
    const list = [own('here', TEST_REGION), own('multi-elsewhere', 'eu-west-1', { IsMultiRegionTrail: true }), own('own-org-elsewhere', 'eu-west-1', { IsOrganizationTrail: true }), orgTrail]
    assert.deepEqual(trailsToCollect(list, TEST_REGION, TEST_ACCOUNT).map((t) => t.Name), ['here', 'org'])
  })
})

describe('cloudtrail.trail collector (mocked SDK)', () => {
  const ct = mockClient(CloudTrailClient)
  afterEach(() => ct.reset())

  it('asks with shadow trails (to see organization trails) and reads status and selectors per kept trail', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [trail] })
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: false })
    ct.on(GetEventSelectorsCommand).resolves({ EventSelectors: [] })
    const r = await cloudTrailTrailCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(ct.commandCalls(DescribeTrailsCommand)[0]!.args[0].input.includeShadowTrails, true)
    assert.equal(r.resources['cloudtrail.trail']![0]!.isLogging, false)
    assert.equal(ct.commandCalls(GetTrailStatusCommand)[0]!.args[0].input.Name, trailArn)
  })

  it('DescribeTrails denied is a gap', async () => {
    ct.on(DescribeTrailsCommand).rejects(awsError('AccessDeniedException', 400))
    const r = await cloudTrailTrailCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
  })
})
