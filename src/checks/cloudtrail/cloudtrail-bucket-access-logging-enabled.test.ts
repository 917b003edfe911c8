import check from './cloudtrail-bucket-access-logging-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { s3Bucket, trail } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'access logging on', resource: trail(), related: { 's3.bucket': [s3Bucket()] } }],
  invalid: [{ name: 'access logging off', resource: trail(), related: { 's3.bucket': [s3Bucket({ logging: null })] }, messageId: 'notLogged' }],
  unknown: [
    { name: 'logging configuration unreadable', resource: trail(), related: { 's3.bucket': [s3Bucket({ logging: null, unresolved: { logging: 'AccessDenied (s3:GetBucketLogging)' } })] } },
    { name: 'bucket lookups failed', resource: trail(), gaps: [{ resourceType: 's3.bucket', region: 'us-east-1', code: 'Throttled', message: 'throttled' }] },
  ],
  skip: [{ name: 'the bucket does not exist', resource: trail() }],
})
