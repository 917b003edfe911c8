import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { advancedSelectorCoverage, basicValueCovers, fieldAdmits, fieldSelectorCoverage, lambdaInvokeEvent, managementEventCoverage, trailAppliesTo, trailCoverage } from './cloudtrail.js'
import { trail } from '../../test/factories/index.js'

const arn = 'arn:aws:lambda:us-east-1:111122223333:function:orders'
const invoke = lambdaInvokeEvent(arn)

describe('basic selector values', () => {
  it('matches the service-wide value and exact Lambda ARNs only', () => {
    assert.ok(basicValueCovers('AWS::Lambda::Function', 'arn:aws:lambda', arn))
    assert.ok(basicValueCovers('AWS::Lambda::Function', 'arn:aws:lambda:', arn))
    assert.ok(basicValueCovers('AWS::Lambda::Function', arn, arn))
    assert.ok(!basicValueCovers('AWS::Lambda::Function', `${arn}-v2`, arn))
    assert.ok(!basicValueCovers('AWS::Lambda::Function', 'arn:aws:lambda:us-east-1:111122223333:function:ord', arn))
    assert.ok(!basicValueCovers('AWS::Lambda::Function', 'arn:aws-cn:lambda', arn))
  })
  it('treats S3 object values as prefixes', () => {
    assert.ok(basicValueCovers('AWS::S3::Object', 'arn:aws:s3:::bucket/', 'arn:aws:s3:::bucket/a/b.txt'))
    assert.ok(!basicValueCovers('AWS::S3::Object', 'arn:aws:s3:::bucket/x', 'arn:aws:s3:::bucket/a/b.txt'))
  })
})

describe('advanced selectors', () => {
  it('evaluates every operator against the event', () => {
    assert.equal(fieldSelectorCoverage({ field: 'resources.ARN', endsWith: [':orders'] }, invoke), 'all')
    assert.equal(fieldSelectorCoverage({ field: 'resources.ARN', notEndsWith: [':orders'] }, invoke), 'none')
    assert.equal(fieldSelectorCoverage({ field: 'eventSource', equals: ['lambda.amazonaws.com'] }, invoke), 'all')
    assert.equal(fieldSelectorCoverage({ field: 'eventType', equals: ['AwsApiCall'] }, invoke), 'all')
    assert.equal(fieldSelectorCoverage({ field: 'readOnly', equals: ['true'] }, invoke), 'none')
  })
  it('a positive filter on a caller field covers only some events; a negative one covers all', () => {
    assert.equal(fieldSelectorCoverage({ field: 'userIdentity.arn', startsWith: ['arn:aws:iam::1:'] }, invoke), 'some')
    assert.equal(fieldSelectorCoverage({ field: 'errorCode', notEquals: ['AccessDenied'] }, invoke), 'all')
  })
  it('ANDs field selectors and lets none win', () => {
    const sel = { fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'userIdentity.arn', equals: ['x'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] }] }
    assert.equal(advancedSelectorCoverage(sel, invoke), 'none')
    assert.equal(advancedSelectorCoverage({ fieldSelectors: sel.fieldSelectors.slice(0, 2) }, invoke), 'some')
  })
  it('ignores basic selectors when advanced ones are configured', () => {
    const t = trail({ advancedEventSelectors: [{ fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }] })
    assert.equal(trailCoverage(t, invoke), 'none')
    assert.equal(trailCoverage(trail(), invoke), 'all')
  })
})

describe('trail scope', () => {
  it('covers its home region unless multi-region, and its own account unless an organization trail', () => {
    assert.ok(trailAppliesTo(trail(), 'eu-west-1', '111122223333'))
    assert.ok(!trailAppliesTo(trail({ isMultiRegion: false }), 'eu-west-1', '111122223333'))
    assert.ok(!trailAppliesTo(trail({ accountId: '999988887777' }), 'us-east-1', '111122223333'))
    assert.ok(trailAppliesTo(trail({ accountId: '999988887777', isOrganizationTrail: true }), 'us-east-1', '111122223333'))
  })
})

describe('managementEventCoverage', () => {
  const mgmt = { field: 'eventCategory', equals: ['Management'] }
  const adv = (...fieldSelectors: { field: string; equals?: string[]; notEquals?: string[]; startsWith?: string[] }[]) => trail({ eventSelectors: [], advancedEventSelectors: [{ fieldSelectors }] })
  it('basic selectors: All with management events, or ReadOnly plus WriteOnly together', () => {
    assert.equal(managementEventCoverage(trail()), 'all')
    assert.equal(managementEventCoverage(trail({ eventSelectors: [{ dataResources: [] }] })), 'all')
    assert.equal(managementEventCoverage(trail({ eventSelectors: [{ readWriteType: 'WriteOnly', includeManagementEvents: true, dataResources: [] }] })), 'write')
    assert.equal(managementEventCoverage(trail({ eventSelectors: [{ readWriteType: 'ReadOnly', dataResources: [] }, { readWriteType: 'WriteOnly', dataResources: [] }] })), 'all')
    assert.equal(managementEventCoverage(trail({ eventSelectors: [{ readWriteType: 'All', includeManagementEvents: false, dataResources: [] }] })), 'none')
    assert.equal(managementEventCoverage(trail({ eventSelectors: [] })), 'none')
  })
  it('advanced selectors: eventCategory Management, narrowed by readOnly or a positive filter', () => {
    assert.equal(managementEventCoverage(adv(mgmt)), 'all')
    assert.equal(managementEventCoverage(adv(mgmt, { field: 'readOnly', equals: ['true'] })), 'read')
    assert.equal(managementEventCoverage(adv(mgmt, { field: 'readOnly', equals: ['false'] })), 'write')
    assert.equal(managementEventCoverage(adv(mgmt, { field: 'eventSource', notEquals: ['kms.amazonaws.com', 'rdsdata.amazonaws.com'] })), 'all')
    assert.equal(managementEventCoverage(adv(mgmt, { field: 'eventSource', equals: ['iam.amazonaws.com'] })), 'partial')
    assert.equal(managementEventCoverage(adv({ field: 'eventCategory', equals: ['Data'] })), 'none')
    assert.equal(managementEventCoverage(adv({ field: 'eventCategory', notEquals: ['Data'] })), 'all')
  })
  it('fieldAdmits applies every operator', () => {
    assert.ok(fieldAdmits({ field: 'x', equals: ['a'], notEquals: ['b'] }, 'a'))
    assert.ok(!fieldAdmits({ field: 'x', startsWith: ['arn:'], notStartsWith: ['arn:aws:iam'] }, 'arn:aws:iam::1:role/x'))
  })
})
