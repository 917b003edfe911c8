import { defineCheck } from '../../core/check.js'
import { secureTransportEnforced } from '../../analysis/s3-secure-transport.js'

const GAPS: Record<string, string> = {
  principal: 'it does not apply to every principal ("Principal": "*")',
  actions: 'it does not cover every S3 action (s3:*)',
  bucket: 'it does not cover the bucket itself',
  objects: 'it does not cover the objects (bucket/*)',
  condition: 'another condition narrows it',
}

export default defineCheck({
  meta: {
    id: 's3-bucket-ssl-required',
    resourceType: 's3.bucket',
    title: 'S3 bucket policy refuses requests made without TLS',
    severity: 'medium',
    categories: ['encryption'],
    description:
      'Passes when the bucket policy has a Deny statement for every principal (`"Principal": "*"`) and every S3 action (`s3:*`), covering both the bucket ARN and its objects (`arn:aws:s3:::bucket/*`), under the single condition `"Bool": {"aws:SecureTransport": "false"}` (BoolIfExists too). An Allow statement that requires aws:SecureTransport is not enough: IAM identity policies still allow the same requests over plain HTTP. A s3:TlsVersion condition alone does not count either, since plain-HTTP requests carry no TLS version.',
    risk: 'S3 answers plain-HTTP requests. Credentials are never sent in the clear (requests are signed), but the data is: objects read or written over HTTP can be seen and altered by anyone on the network path, and presigned URLs used over HTTP leak their contents.',
    remediation: {
      text: 'Add a statement that denies every S3 action to everyone when aws:SecureTransport is false, on the bucket and on its objects.',
      cli: 'aws s3api get-bucket-policy --bucket <bucket> --query Policy --output text > policy.json\n# add to Statement: {"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::<bucket>","arn:aws:s3:::<bucket>/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}\naws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json',
      cloudformation:
        'Bucket:\n  Type: AWS::S3::Bucket\nBucketPolicy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Sid: DenyInsecureTransport\n          Effect: Deny\n          Principal: "*"\n          Action: s3:*\n          Resource: [!GetAtt Bucket.Arn, !Sub "${Bucket.Arn}/*"]\n          Condition:\n            Bool:\n              aws:SecureTransport: "false"',
      terraform:
        'data "aws_iam_policy_document" "tls_only" {\n  statement {\n    sid       = "DenyInsecureTransport"\n    effect    = "Deny"\n    actions   = ["s3:*"]\n    resources = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "Bool"\n      variable = "aws:SecureTransport"\n      values   = ["false"]\n    }\n  }\n}\n\nresource "aws_s3_bucket_policy" "this" {\n  bucket = aws_s3_bucket.this.id\n  policy = data.aws_iam_policy_document.tls_only.json\n}',
    },
    messages: {
      enforced: 'Statement {{statement}} of the policy of bucket {{name}} refuses every request made without TLS.',
      noPolicy: 'Bucket {{name}} has no bucket policy, so S3 accepts plain-HTTP requests to it.',
      missing: 'The policy of bucket {{name}} has no statement that refuses plain-HTTP requests.',
      partial: 'Statement {{statement}} of the policy of bucket {{name}} denies plain HTTP, but {{gap}}.',
    },
  },
  evaluate(bucket, { pass, fail }) {
    const arn = bucket.arn ?? `arn:aws:s3:::${bucket.name}`
    if (!bucket.policy) return fail('noPolicy', { data: { name: bucket.name }, at: 'policy' })
    const v = secureTransportEnforced(bucket.policy, arn)
    if (v.enforced) return pass('enforced', { name: bucket.name, statement: v.statement })
    if (v.partial) return fail('partial', { data: { name: bucket.name, statement: v.partial.statement, gap: GAPS[v.partial.gap] }, at: 'policy' })
    return fail('missing', { data: { name: bucket.name }, at: 'policy' })
  },
})
