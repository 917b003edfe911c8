import check from './cloudtrail-lambda-data-events-logged.js'
import { testCheck } from '../../../test/check-tester.js'
import { fnArn, lambdaFunction, trail } from '../../../test/factories/index.js'
import type { AdvancedFieldSelector } from '../../model/monitoring.js'

const fn = lambdaFunction()
const mgmtOnly = [{ readWriteType: 'All' as const, includeManagementEvents: true, dataResources: [] }]
const lambdaData: AdvancedFieldSelector[] = [
  { field: 'eventCategory', equals: ['Data'] },
  { field: 'resources.type', equals: ['AWS::Lambda::Function'] },
]
const advanced = (...extra: AdvancedFieldSelector[]) =>
  trail({ eventSelectors: [], advancedEventSelectors: [{ name: 'mgmt', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] }, { name: 'lambda', fieldSelectors: [...lambdaData, ...extra] }] })
const basic = (values: string[], readWriteType: 'All' | 'ReadOnly' | 'WriteOnly' = 'All') =>
  trail({ eventSelectors: [{ readWriteType, includeManagementEvents: true, dataResources: [{ type: 'AWS::Lambda::Function', values }] }] })
const trailGap = { resourceType: 'cloudtrail.trail' as const, region: 'eu-west-1', code: 'AccessDenied', message: 'cloudtrail:DescribeTrails denied' }

testCheck(check, {
  valid: [
    { name: 'basic selector for every function', resource: fn, related: { 'cloudtrail.trail': [trail()] } },
    { name: 'basic selector with the exact ARN', resource: fn, related: { 'cloudtrail.trail': [basic([fnArn('other'), fn.arn!])] } },
    { name: 'basic selector, write-only (Invoke is a write event)', resource: fn, related: { 'cloudtrail.trail': [basic(['arn:aws:lambda'], 'WriteOnly')] } },
    { name: 'advanced selector for all functions', resource: fn, related: { 'cloudtrail.trail': [advanced()] } },
    { name: 'advanced selector, ARN starts with the account prefix', resource: fn, related: { 'cloudtrail.trail': [advanced({ field: 'resources.ARN', startsWith: ['arn:aws:lambda:us-east-1:111122223333:function:ord'] })] } },
    { name: 'advanced selector, excluding another function', resource: fn, related: { 'cloudtrail.trail': [advanced({ field: 'resources.ARN', notEquals: [fnArn('noisy')] })] } },
    { name: 'advanced selector, eventName Invoke, readOnly false', resource: fn, related: { 'cloudtrail.trail': [advanced({ field: 'eventName', equals: ['Invoke'] }, { field: 'readOnly', equals: ['false'] })] } },
    { name: 'advanced selector excluding a noisy caller', resource: fn, related: { 'cloudtrail.trail': [advanced({ field: 'userIdentity.arn', notStartsWith: ['arn:aws:sts::111122223333:assumed-role/poller'] })] } },
    { name: 'single-region trail in the function region', resource: fn, related: { 'cloudtrail.trail': [trail({ isMultiRegion: false })] } },
    {
      name: 'multi-region trail homed in another region',
      resource: fn,
      related: { 'cloudtrail.trail': [trail({ name: 'eu', region: 'eu-west-1', homeRegion: 'eu-west-1', arn: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/eu', id: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/eu' })] },
    },
    { name: 'a stopped trail beside a logging one', resource: fn, related: { 'cloudtrail.trail': [trail({ name: 'old', isLogging: false }), trail({ name: 'new', id: 'new', arn: 'new' })] } },
  ],
  invalid: [
    { name: 'no trail at all', resource: fn, messageId: 'noTrail' },
    { name: 'management events only', resource: fn, related: { 'cloudtrail.trail': [trail({ eventSelectors: mgmtOnly })] }, messageId: 'notSelected' },
    { name: 'basic selector, read-only', resource: fn, related: { 'cloudtrail.trail': [basic(['arn:aws:lambda'], 'ReadOnly')] }, messageId: 'notSelected' },
    { name: 'basic selector, another function only', resource: fn, related: { 'cloudtrail.trail': [basic([fnArn('billing')])] }, messageId: 'notSelected' },
    { name: 'basic selector, a name prefix is not a match for Lambda', resource: fn, related: { 'cloudtrail.trail': [basic(['arn:aws:lambda:us-east-1:111122223333:function:ord'])] }, messageId: 'notSelected' },
    { name: 'basic selector for S3 only', resource: fn, related: { 'cloudtrail.trail': [trail({ eventSelectors: [{ readWriteType: 'All', dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }] })] }, messageId: 'notSelected' },
    { name: 'advanced selector excluding this function', resource: fn, related: { 'cloudtrail.trail': [advanced({ field: 'resources.ARN', notEquals: [fn.arn!] })] }, messageId: 'notSelected' },
    { name: 'advanced selector, other ARN suffix', resource: fn, related: { 'cloudtrail.trail': [advanced({ field: 'resources.ARN', endsWith: [':billing'] })] }, messageId: 'notSelected' },
    { name: 'advanced selector, NotStartsWith this function', resource: fn, related: { 'cloudtrail.trail': [advanced({ field: 'resources.ARN', notStartsWith: ['arn:aws:lambda:us-east-1:111122223333:function:orders'] })] }, messageId: 'notSelected' },
    { name: 'advanced selector, read-only events only', resource: fn, related: { 'cloudtrail.trail': [advanced({ field: 'readOnly', equals: ['true'] })] }, messageId: 'notSelected' },
    { name: 'advanced selector, eventName other than Invoke', resource: fn, related: { 'cloudtrail.trail': [advanced({ field: 'eventName', notEquals: ['Invoke'] })] }, messageId: 'notSelected' },
    { name: 'advanced selector for DynamoDB only', resource: fn, related: { 'cloudtrail.trail': [trail({ eventSelectors: [], advancedEventSelectors: [{ fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::DynamoDB::Table'] }] }] })] }, messageId: 'notSelected' },
    { name: 'advanced selector for one caller only', resource: fn, related: { 'cloudtrail.trail': [advanced({ field: 'userIdentity.arn', equals: ['arn:aws:iam::111122223333:user/alice'] })] }, messageId: 'partial' },
    { name: 'the selecting trail is stopped', resource: fn, related: { 'cloudtrail.trail': [trail({ isLogging: false })] }, messageId: 'trailStopped' },
    {
      name: 'single-region trail in another region',
      resource: fn,
      related: { 'cloudtrail.trail': [trail({ isMultiRegion: false, region: 'eu-west-1', homeRegion: 'eu-west-1' })] },
      messageId: 'notSelected',
    },
    { name: 'trail of another account that is not an organization trail', resource: fn, related: { 'cloudtrail.trail': [trail({ accountId: '999988887777' })] }, messageId: 'notSelected' },
  ],
  unknown: [
    { name: 'trails could not be listed in some region', resource: fn, gaps: [trailGap] },
    { name: 'trails could not be listed, though a stopped trail is known', resource: fn, related: { 'cloudtrail.trail': [trail({ isLogging: false })] }, gaps: [trailGap] },
    { name: 'event selectors unreadable', resource: fn, related: { 'cloudtrail.trail': [trail({ eventSelectors: [], unresolved: { eventSelectors: 'AccessDenied' } })] } },
    { name: 'trail status unreadable', resource: fn, related: { 'cloudtrail.trail': [trail({ unresolved: { isLogging: 'AccessDenied' } })] } },
  ],
})
