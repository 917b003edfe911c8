import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty'
import { guardDutyDetectorCollector, mapGuardDutyDetector, missingDetector } from './guardduty-detector.js'
import { failed } from '../outcome.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const w = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }
const enabledDetector = {
  Status: 'ENABLED' as const,
  ServiceRole: 'arn:aws:iam::111122223333:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty',
  FindingPublishingFrequency: 'SIX_HOURS' as const,
  Features: [
    { Name: 'LAMBDA_NETWORK_LOGS' as const, Status: 'ENABLED' as const },
    { Name: 'RUNTIME_MONITORING' as const, Status: 'DISABLED' as const, AdditionalConfiguration: [{ Name: 'EKS_ADDON_MANAGEMENT' as const, Status: 'DISABLED' as const }] },
  ],
}

describe('mapGuardDutyDetector', () => {
  it('maps status, features and the detector ARN', () => {
    const d = mapGuardDutyDetector('abc123', { ok: true, value: enabledDetector }, w)
    assert.equal(d.id, `arn:aws:guardduty:${TEST_REGION}:${TEST_ACCOUNT}:detector/abc123`)
    assert.equal(d.detectorId, 'abc123')
    assert.equal(d.enabled, true)
    assert.equal(d.findingPublishingFrequency, 'SIX_HOURS')
    assert.deepEqual(d.features, [
      { name: 'LAMBDA_NETWORK_LOGS', status: 'ENABLED', additionalConfiguration: [] },
      { name: 'RUNTIME_MONITORING', status: 'DISABLED', additionalConfiguration: [{ name: 'EKS_ADDON_MANAGEMENT', status: 'DISABLED' }] },
    ])
    assert.equal(d.unresolved, undefined)
  })

  it('a suspended detector is not enabled', () => {
    assert.equal(mapGuardDutyDetector('abc123', { ok: true, value: { ...enabledDetector, Status: 'DISABLED' } }, w).enabled, false)
  })

  it('GetDetector denied leaves status and features unresolved', () => {
    const d = mapGuardDutyDetector('abc123', failed('AccessDenied (guardduty:GetDetector)'), w)
    assert.deepEqual(d.unresolved, { enabled: 'AccessDenied (guardduty:GetDetector)', features: 'AccessDenied (guardduty:GetDetector)' })
  })

  it('the placeholder of a region without a detector is a disabled resource without id', () => {
    const p = missingDetector(w)
    assert.equal(p.detectorId, null)
    assert.equal(p.enabled, false)
    assert.equal(p.region, TEST_REGION)
    assert.equal(p.arn, undefined)
  })
})

describe('guardduty.detector collector (mocked SDK)', () => {
  const gd = mockClient(GuardDutyClient)
  afterEach(() => gd.reset())

  it('lists detectors across pages and reads each one', async () => {
    gd.on(ListDetectorsCommand).resolvesOnce({ DetectorIds: ['d1'], NextToken: 'n' }).resolvesOnce({ DetectorIds: ['d2'] })
    gd.on(GetDetectorCommand).resolves(enabledDetector)
    const r = await guardDutyDetectorCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['guardduty.detector']!.map((d) => d.detectorId), ['d1', 'd2'])
    assert.equal(gd.commandCalls(ListDetectorsCommand)[1]!.args[0].input.NextToken, 'n')
    assert.deepEqual(gd.commandCalls(GetDetectorCommand).map((c) => c.args[0].input.DetectorId).sort(), ['d1', 'd2'])
  })

  it('a region without a detector yields the placeholder, not silence', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: [] })
    const r = await guardDutyDetectorCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.resources['guardduty.detector']!.length, 1)
    assert.equal(r.resources['guardduty.detector']![0]!.detectorId, null)
    assert.equal(gd.commandCalls(GetDetectorCommand).length, 0)
  })

  it('ListDetectors denied is a gap (unknown), not a placeholder (fail)', async () => {
    gd.on(ListDetectorsCommand).rejects(awsError('AccessDeniedException', 403))
    const r = await guardDutyDetectorCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
    assert.equal(r.gaps[0]!.resourceType, 'guardduty.detector')
  })

  it('GetDetector denied keeps the detector with unresolved fields', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] })
    gd.on(GetDetectorCommand).rejects(awsError('AccessDeniedException', 403))
    const r = await guardDutyDetectorCollector.collect(testContext(), TEST_REGION, {})
    assert.match(r.resources['guardduty.detector']![0]!.unresolved!.features!, /^AccessDenied \(guardduty:GetDetector\)/)
  })
})
