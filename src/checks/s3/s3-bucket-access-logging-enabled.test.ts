import check from './s3-bucket-access-logging-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { bucket } from '../../../test/factories/index.js'

const logBucket = bucket({ name: 'access-logs-111122223333', logging: null })

testCheck(check, {
  valid: [{ name: 'logs to the access-log bucket', resource: bucket() }],
  invalid: [
    { name: 'logging off', resource: bucket({ logging: null }), messageId: 'notLogged', at: 'logging' },
    { name: 'logging off, and no other bucket logs into it', resource: bucket({ logging: null }), related: { 's3.bucket': [bucket({ name: 'other', logging: { targetBucket: 'access-logs-111122223333', targetPrefix: 'other/' } })] }, messageId: 'notLogged' },
  ],
  unknown: [
    { name: 'logging configuration unreadable', resource: bucket({ logging: null, unresolved: { logging: 'AccessDenied (s3:GetBucketLogging)' } }) },
    { name: 'logging off, another bucket\'s logging unreadable', resource: bucket({ logging: null }), related: { 's3.bucket': [bucket({ name: 'other', logging: null, unresolved: { logging: 'AccessDenied' } })] } },
  ],
  skip: [{ name: 'the log bucket itself', resource: logBucket, related: { 's3.bucket': [bucket({ name: 'orders-data' })] } }],
  iac: {
    cloudformation: {
      good: ['Logs:\n  Type: AWS::S3::Bucket\nData:\n  Type: AWS::S3::Bucket\n  Properties:\n    LoggingConfiguration: { DestinationBucketName: !Ref Logs, LogFilePrefix: data/ }\n'],
      bad: ['Data:\n  Type: AWS::S3::Bucket\n  Properties: { BucketName: unlogged }\n'],
    },
    terraform: {
      good: ['resource "aws_s3_bucket" "logs" {\n  bucket = "access-logs"\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n\nresource "aws_s3_bucket_logging" "data" {\n  bucket        = aws_s3_bucket.data.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "data/"\n}\n'],
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "orders-data"\n}\n'],
    },
  },
})
