import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub'
import { GetMacieSessionCommand, Macie2Client } from '@aws-sdk/client-macie2'
import { securityHubHubCollector } from './securityhub-hub.js'
import { macieSessionCollector } from './macie-session.js'
import { awsError, TEST_REGION, testContext } from '../testing/fake-context.js'

describe('securityhub.hub collector (mocked SDK)', () => {
  const sh = mockClient(SecurityHubClient)
  afterEach(() => sh.reset())

  it('a subscribed region gives its hub', async () => {
    sh.on(DescribeHubCommand).resolves({ HubArn: 'arn:aws:securityhub:us-east-1:111122223333:hub/default', SubscribedAt: '2025-01-15T10:00:00.000Z', AutoEnableControls: true })
    const r = await securityHubHubCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.resources['securityhub.hub']![0]!.subscribedAt, '2025-01-15T10:00:00.000Z')
  })

  it('"not subscribed" (InvalidAccessException) is no hub, not a gap', async () => {
    sh.on(DescribeHubCommand).rejects(awsError('InvalidAccessException', 401, 'Account 111122223333 is not subscribed to AWS Security Hub'))
    const r = await securityHubHubCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['securityhub.hub'], [])
    assert.deepEqual(r.gaps, [])
  })

  it('an IAM denial is a gap', async () => {
    sh.on(DescribeHubCommand).rejects(awsError('AccessDeniedException', 403))
    const r = await securityHubHubCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
  })
})

describe('macie.session collector (mocked SDK)', () => {
  const macie = mockClient(Macie2Client)
  afterEach(() => macie.reset())

  it('an enabled session', async () => {
    macie.on(GetMacieSessionCommand).resolves({ status: 'PAUSED', createdAt: new Date('2025-01-15T10:00:00Z') })
    const r = await macieSessionCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.resources['macie.session']![0]!.status, 'PAUSED')
  })

  it('"Macie is not enabled" (an AccessDeniedException) is no session, not a gap', async () => {
    macie.on(GetMacieSessionCommand).rejects(awsError('AccessDeniedException', 403, 'Macie is not enabled.'))
    const r = await macieSessionCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['macie.session'], [])
    assert.deepEqual(r.gaps, [])
  })

  it('a real IAM denial is a gap', async () => {
    macie.on(GetMacieSessionCommand).rejects(awsError('AccessDeniedException', 403, 'User: arn:aws:iam::111122223333:user/x is not authorized to perform: macie2:GetMacieSession'))
    const r = await macieSessionCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
  })
})
