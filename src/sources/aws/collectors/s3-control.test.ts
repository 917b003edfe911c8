import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { GetAccessPointCommand, GetPublicAccessBlockCommand, ListAccessPointsCommand, S3ControlClient } from '@aws-sdk/client-s3-control'
import { s3AccessPointCollector, s3AccountSettingsCollector } from './s3-control.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

// One mock for the file: a second mockClient on the same class would replace the first one's stubs.
const control = mockClient(S3ControlClient)
afterEach(() => control.reset())

describe('s3.account-settings collector (mocked SDK)', () => {

  it('reads the account-level Block Public Access', async () => {
    control.on(GetPublicAccessBlockCommand).resolves({ PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: false } })
    const r = await s3AccountSettingsCollector.collect(testContext(), TEST_REGION, {})
    const s = r.resources['s3.account-settings']![0]!
    assert.deepEqual(s.publicAccessBlock, { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: false })
    assert.equal(s.region, 'global')
    assert.equal(control.commandCalls(GetPublicAccessBlockCommand)[0]!.args[0].input.AccountId, TEST_ACCOUNT)
  })

  it('no configuration is null, a denial is unresolved', async () => {
    control.on(GetPublicAccessBlockCommand).rejectsOnce(awsError('NoSuchPublicAccessBlockConfiguration', 404)).rejectsOnce(awsError('AccessDenied', 403))
    const none = await s3AccountSettingsCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(none.resources['s3.account-settings']![0]!.publicAccessBlock, null)
    assert.equal(none.resources['s3.account-settings']![0]!.unresolved, undefined)
    const denied = await s3AccountSettingsCollector.collect(testContext(), TEST_REGION, {})
    assert.match(denied.resources['s3.account-settings']![0]!.unresolved!.publicAccessBlock!, /^AccessDenied/)
  })
})

describe('s3.access-point collector (mocked SDK)', () => {

  it('lists access points and reads their Block Public Access', async () => {
    control.on(ListAccessPointsCommand).resolves({ AccessPointList: [{ Name: 'ap1', Bucket: 'data', NetworkOrigin: 'Internet', AccessPointArn: `arn:aws:s3:${TEST_REGION}:${TEST_ACCOUNT}:accesspoint/ap1` }, { Name: 'ap2', Bucket: 'data', NetworkOrigin: 'VPC', VpcConfiguration: { VpcId: 'vpc-1' } }] })
    control.on(GetAccessPointCommand, { Name: 'ap1' }).resolves({ PublicAccessBlockConfiguration: { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false } })
    control.on(GetAccessPointCommand, { Name: 'ap2' }).rejects(awsError('AccessDenied', 403))
    const r = await s3AccessPointCollector.collect(testContext(), TEST_REGION, {})
    const [ap1, ap2] = r.resources['s3.access-point']!
    assert.equal(ap1!.publicAccessBlock?.blockPublicAcls, false)
    assert.equal(ap1!.networkOrigin, 'Internet')
    assert.equal(ap2!.networkOrigin, 'VPC')
    assert.match(ap2!.unresolved!.publicAccessBlock!, /^AccessDenied/)
  })

  it('a region without access points costs one call; a denied listing is a gap', async () => {
    control.on(ListAccessPointsCommand).resolvesOnce({ AccessPointList: [] }).rejectsOnce(awsError('AccessDenied', 403))
    const ctx = testContext()
    const empty = await s3AccessPointCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(empty.resources['s3.access-point'], [])
    assert.deepEqual(ctx.callCounts(), { 's3:ListAccessPoints': 1 })
    const denied = await s3AccessPointCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(denied.gaps[0]!.code, 'AccessDenied')
  })
})
