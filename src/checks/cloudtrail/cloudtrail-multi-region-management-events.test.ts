import check from './cloudtrail-multi-region-management-events.js'
import { testCheck } from '../../../test/check-tester.js'
import { accountRegion, trail } from '../../../test/factories/index.js'

const here = accountRegion()
const elsewhere = (over: Parameters<typeof trail>[0] = {}) => trail({ region: 'eu-west-1', homeRegion: 'eu-west-1', ...over })
const mgmtOnly = { eventSelectors: [], advancedEventSelectors: [{ name: 'Management events', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }] }
const trailGap = { resourceType: 'cloudtrail.trail' as const, region: 'ap-southeast-2', code: 'AccessDenied', message: 'cloudtrail:DescribeTrails denied' }

testCheck(check, {
  valid: [
    { name: 'multi-region trail homed here, basic selectors', resource: here, related: { 'cloudtrail.trail': [trail()] } },
    { name: 'multi-region trail homed in another region', resource: here, related: { 'cloudtrail.trail': [elsewhere()] } },
    { name: 'advanced selectors for management events, KMS excluded', resource: here, related: { 'cloudtrail.trail': [trail({ ...mgmtOnly, advancedEventSelectors: [{ fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'eventSource', notEquals: ['kms.amazonaws.com'] }] }] })] } },
    { name: 'read and write in two basic selectors', resource: here, related: { 'cloudtrail.trail': [trail({ eventSelectors: [{ readWriteType: 'ReadOnly', dataResources: [] }, { readWriteType: 'WriteOnly', dataResources: [] }] })] } },
    { name: 'organization trail of the management account', resource: here, related: { 'cloudtrail.trail': [trail({ accountId: '999988887777', isOrganizationTrail: true })] } },
    {
      name: 'a good trail beside one whose status could not be read',
      resource: here,
      related: { 'cloudtrail.trail': [trail({ name: 'unreadable', isLogging: false, unresolved: { isLogging: 'AccessDenied (cloudtrail:GetTrailStatus)' } }), trail({ name: 'good' })] },
    },
  ],
  invalid: [
    { name: 'no trail at all', resource: here, messageId: 'noTrail' },
    { name: 'only a single-region trail in another region', resource: here, related: { 'cloudtrail.trail': [elsewhere({ isMultiRegion: false })] }, messageId: 'noMultiRegion' },
    { name: 'another account\'s multi-region trail', resource: here, related: { 'cloudtrail.trail': [trail({ accountId: '999988887777' })] }, messageId: 'noMultiRegion' },
    { name: 'logging stopped', resource: here, related: { 'cloudtrail.trail': [trail({ isLogging: false })] }, messageId: 'notLogging' },
    { name: 'write events only', resource: here, related: { 'cloudtrail.trail': [trail({ eventSelectors: [{ readWriteType: 'WriteOnly', includeManagementEvents: true, dataResources: [] }] })] }, messageId: 'onlySome' },
    { name: 'advanced selectors with a readOnly filter', resource: here, related: { 'cloudtrail.trail': [trail({ ...mgmtOnly, advancedEventSelectors: [{ fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }, { field: 'readOnly', equals: ['false'] }] }] })] }, messageId: 'onlySome' },
    { name: 'data events only', resource: here, related: { 'cloudtrail.trail': [trail({ eventSelectors: [{ readWriteType: 'All', includeManagementEvents: false, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }] })] }, messageId: 'noManagement' },
  ],
  unknown: [
    { name: 'trails of some region could not be listed', resource: here, gaps: [trailGap] },
    { name: 'the only trail\'s status could not be read', resource: here, related: { 'cloudtrail.trail': [trail({ isLogging: false, unresolved: { isLogging: 'AccessDenied (cloudtrail:GetTrailStatus)' } })] } },
    { name: 'the only trail\'s selectors could not be read', resource: here, related: { 'cloudtrail.trail': [trail({ eventSelectors: [], unresolved: { eventSelectors: 'AccessDenied', advancedEventSelectors: 'AccessDenied' } })] } },
  ],
})
