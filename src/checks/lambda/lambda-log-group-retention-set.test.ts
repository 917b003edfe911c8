import check from './lambda-log-group-retention-set.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction, logGroup } from '../../../test/factories/index.js'

const fn = lambdaFunction()
const logsGap = { resourceType: 'logs.log-group' as const, region: 'us-east-1', code: 'AccessDenied', message: 'logs:DescribeLogGroups denied' }

testCheck(check, {
  valid: [
    { name: 'default group with 90 days', resource: fn, related: { 'logs.log-group': [logGroup()] } },
    {
      name: 'custom shared log group',
      resource: lambdaFunction({ logging: { logGroup: '/shared/api', logFormat: 'JSON' } }),
      related: { 'logs.log-group': [logGroup(), logGroup({ name: '/shared/api', retentionInDays: 30 })] },
    },
    { name: 'meets the configured minimum', resource: fn, related: { 'logs.log-group': [logGroup({ retentionInDays: 365 })] }, options: { minRetentionDays: 365 } },
    { name: 'a live ARN ending in :* is matched by name', resource: fn, related: { 'logs.log-group': [logGroup({ id: 'arn:aws:logs:us-east-1:111122223333:log-group:/aws/lambda/orders:*' })] } },
  ],
  invalid: [
    { name: 'never expires', resource: fn, related: { 'logs.log-group': [logGroup({ retentionInDays: undefined })] }, messageId: 'neverExpires', at: 'logging.logGroup' },
    { name: 'shorter than the minimum', resource: fn, related: { 'logs.log-group': [logGroup({ retentionInDays: 7 })] }, options: { minRetentionDays: 90 }, messageId: 'tooShort' },
    { name: 'no log group', resource: fn, related: { 'logs.log-group': [logGroup({ name: '/aws/lambda/billing' })] }, messageId: 'missing', at: 'logging.logGroup' },
    { name: 'group of the same name in another region', resource: fn, related: { 'logs.log-group': [logGroup({ region: 'eu-west-1' })] }, messageId: 'missing' },
  ],
  unknown: [
    { name: 'log groups could not be listed', resource: fn, gaps: [logsGap] },
    { name: 'log groups could not be listed, though one is known', resource: fn, related: { 'logs.log-group': [logGroup({ retentionInDays: undefined })] }, gaps: [logsGap] },
    { name: 'retention unreadable', resource: fn, related: { 'logs.log-group': [logGroup({ unresolved: { retentionInDays: '!Ref Retention' } })] } },
    { name: 'log group name from a parameter', resource: lambdaFunction({ unresolved: { 'logging.logGroup': '!Ref LogGroup' } }), related: { 'logs.log-group': [logGroup()] } },
  ],
})
