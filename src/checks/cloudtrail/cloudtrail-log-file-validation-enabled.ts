import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudtrail-log-file-validation-enabled',
    resourceType: 'cloudtrail.trail',
    title: 'CloudTrail trail writes digest files for log file integrity validation',
    severity: 'medium',
    categories: ['logging'],
    description:
      'Checks that log file validation is enabled on the trail: CloudTrail then writes an hourly digest file, signed with SHA-256 and RSA, that lists the hash of every log file it delivered, so that `aws cloudtrail validate-logs` can prove whether a log file was changed, deleted or forged after delivery.',
    risk: 'Without digests nobody can tell whether the audit log in the bucket is the one CloudTrail wrote. An intruder with write access to the bucket can delete or edit the records of what they did, and the change cannot be detected or proven afterwards.',
    remediation: {
      text: 'Enable log file validation on the trail. Validation starts with the next delivery; earlier files stay unvalidated.',
      cli: 'aws cloudtrail update-trail --name <trail> --enable-log-file-validation',
      cloudformation: 'Type: AWS::CloudTrail::Trail\nProperties:\n  IsLogging: true\n  S3BucketName: !Ref TrailBucket\n  EnableLogFileValidation: true',
      terraform: 'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = aws_s3_bucket.trail.id\n  enable_log_file_validation = true\n}',
    },
    messages: {
      enabled: 'Trail {{name}} writes digest files: its log files can be validated.',
      disabled: 'Trail {{name}} does not write digest files: changes to its log files cannot be detected.',
    },
  },
  evaluate(trail, { pass, fail }) {
    return trail.logFileValidation ? pass('enabled', { name: trail.name }) : fail('disabled', { data: { name: trail.name }, at: 'logFileValidation' })
  },
})
