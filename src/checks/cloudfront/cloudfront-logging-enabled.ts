import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-logging-enabled',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront distribution writes standard access logs',
    severity: 'medium',
    categories: ['logging'],
    description: 'Checks that the distribution writes standard access logs, either the legacy way (Logging to an S3 bucket) or through standard logging v2 (a CloudWatch Logs delivery source for the distribution, delivering to CloudWatch Logs, S3 or Firehose).',
    risk: 'Without access logs there is no record of which viewers requested what from the edge: scraping, credential stuffing, cache-poisoning attempts and data exfiltration through the CDN go unseen.',
    remediation: {
      text: 'Turn on standard logging: configure standard logging v2 (a delivery source for the distribution and a delivery to CloudWatch Logs, S3 or Firehose), or legacy logging to an S3 bucket with ACLs enabled for the log delivery.',
      cli: 'aws logs put-delivery-source --region us-east-1 --name cf-<id> --resource-arn arn:aws:cloudfront::<account>:distribution/<id> --log-type ACCESS_LOGS\naws logs put-delivery-destination --region us-east-1 --name cf-logs --delivery-destination-configuration destinationResourceArn=<bucket-or-log-group-arn>\naws logs create-delivery --region us-east-1 --delivery-source-name cf-<id> --delivery-destination-arn <destination-arn>',
      cloudformation: 'Distribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Logging:\n        Bucket: cf-logs-111122223333.s3.amazonaws.com\n        Prefix: site/',
      terraform: 'resource "aws_cloudfront_distribution" "site" {\n  # ...\n  logging_config {\n    bucket = aws_s3_bucket.cf_logs.bucket_domain_name\n    prefix = "site/"\n  }\n}',
    },
    messages: {
      legacy: 'Distribution {{name}} writes standard access logs to {{bucket}}.',
      v2: 'Distribution {{name}} delivers standard access logs through CloudWatch Logs delivery (standard logging v2).',
      disabled: 'Distribution {{name}} writes no standard access logs.',
    },
  },
  evaluate(d, { pass, fail }) {
    if (d.logging.enabled) return pass('legacy', { name: d.name, bucket: d.logging.bucket ?? 'S3' })
    if (d.loggingV2) return pass('v2', { name: d.name })
    return fail('disabled', { data: { name: d.name }, at: 'logging' })
  },
})
