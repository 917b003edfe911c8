import check from './cloudtrail-s3-read-data-events-logged.js'
import { testCheck } from '../../../test/check-tester.js'
import { accountRegion, trail } from '../../../test/factories/index.js'

const here = accountRegion()
const basic = (values: string[], readWriteType: 'All' | 'ReadOnly' | 'WriteOnly' = 'All') => trail({ eventSelectors: [{ readWriteType, includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values }] }] })
const advanced = (...extra: { field: string; equals?: string[]; startsWith?: string[]; notStartsWith?: string[] }[]) =>
  trail({ eventSelectors: [], advancedEventSelectors: [{ name: 's3', fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] }, ...extra] }] })

testCheck(check, {
  valid: [
    { name: 'basic selector arn:aws:s3', resource: here, related: { 'cloudtrail.trail': [basic(['arn:aws:s3'])] } },
    { name: 'basic selector arn:aws:s3::: (all buckets)', resource: here, related: { 'cloudtrail.trail': [basic(['arn:aws:s3:::'], 'ReadOnly')] } },
    { name: 'advanced selector for every bucket', resource: here, related: { 'cloudtrail.trail': [advanced()] } },
    { name: 'advanced selector excluding one noisy bucket', resource: here, related: { 'cloudtrail.trail': [advanced({ field: 'resources.ARN', notStartsWith: ['arn:aws:s3:::noisy-bucket/'] })] } },
    { name: 'multi-region trail homed elsewhere', resource: accountRegion({ region: 'eu-west-1' }), related: { 'cloudtrail.trail': [basic(['arn:aws:s3'])] } },
  ],
  invalid: [
    { name: 'no trail', resource: here, messageId: 'noTrail' },
    { name: 'management events only', resource: here, related: { 'cloudtrail.trail': [trail({ eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [] }] })] }, messageId: 'noTrail' },
    { name: 'one bucket only', resource: here, related: { 'cloudtrail.trail': [basic(['arn:aws:s3:::payroll/'])] }, messageId: 'partial' },
    { name: 'advanced selector for one bucket prefix', resource: here, related: { 'cloudtrail.trail': [advanced({ field: 'resources.ARN', startsWith: ['arn:aws:s3:::payroll/'] })] }, messageId: 'partial' },
    { name: 'wrong read/write type', resource: here, related: { 'cloudtrail.trail': [basic(['arn:aws:s3'], 'WriteOnly')] }, messageId: 'partial' },
    { name: 'the selecting trail is stopped', resource: here, related: { 'cloudtrail.trail': [trail({ ...basic(['arn:aws:s3']), isLogging: false })] }, messageId: 'trailStopped' },
    { name: 'single-region trail of another region', resource: here, related: { 'cloudtrail.trail': [trail({ ...basic(['arn:aws:s3']), isMultiRegion: false, region: 'eu-west-1', homeRegion: 'eu-west-1' })] }, messageId: 'noTrail' },
  ],
  unknown: [
    { name: 'trails could not be listed somewhere', resource: here, gaps: [{ resourceType: 'cloudtrail.trail', region: 'eu-west-1', code: 'AccessDenied', message: 'denied' }] },
    { name: 'selectors unreadable', resource: here, related: { 'cloudtrail.trail': [trail({ eventSelectors: [], unresolved: { eventSelectors: 'AccessDenied', advancedEventSelectors: 'AccessDenied' } })] } },
  ],
})
