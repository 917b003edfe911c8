import { defineCheck } from '../../core/check.js'
import { analyzeExternalAccess, isAccountId } from '../../analysis/iam/index.js'

export default defineCheck({
  meta: {
    id: 's3-bucket-policy-cross-account-trusted',
    resourceType: 's3.bucket',
    title: 'S3 bucket policy grants other accounts access only when they are trusted',
    severity: 'high',
    categories: ['least-privilege'],
    description:
      'Reads the bucket policy with the condition-aware IAM engine and fails for every other AWS account (named as a principal, or through aws:PrincipalAccount / aws:SourceAccount conditions on a wildcard principal) and every other organization it grants access to, unless the account is in the `trustedAccounts` option (or the organization in `trustedOrganizations`). Public statements are left to s3-bucket-no-public-read and s3-bucket-no-public-write; AWS service principals and CloudFront origin access identities are not reported.',
    risk: 'An account named in a bucket policy reads or writes the data with its own credentials, under its own security controls, and its access survives the end of the integration it was granted for. A typo in an account id gives that power to a stranger.',
    remediation: {
      text: 'Remove the statements or principals for accounts that should not have access. If the access is intended, list the account in the check\'s `trustedAccounts` option (clearsky config) so that it is no longer reported, and limit the statement to the actions and prefixes it needs.',
      cli: 'aws s3api get-bucket-policy --bucket <bucket> --query Policy --output text > policy.json\n# remove the unknown account, then:\naws s3api put-bucket-policy --bucket <bucket> --policy file://policy.json',
      cloudformation: 'Type: AWS::S3::BucketPolicy\nProperties:\n  Bucket: !Ref Bucket\n  PolicyDocument:\n    Version: "2012-10-17"\n    Statement:\n      - Sid: PartnerReadsExports\n        Effect: Allow\n        Principal: { AWS: arn:aws:iam::444455556666:role/exports-reader }  # a reviewed, trusted account\n        Action: s3:GetObject\n        Resource: !Sub ${Bucket.Arn}/exports/*',
      terraform: 'data "aws_iam_policy_document" "bucket" {\n  statement {\n    actions   = ["s3:GetObject"]\n    resources = ["${aws_s3_bucket.this.arn}/exports/*"]\n    principals {\n      type        = "AWS"\n      identifiers = [var.trusted_partner_role_arn] # a reviewed, trusted account\n    }\n  }\n}\n\nresource "aws_s3_bucket_policy" "this" {\n  bucket = aws_s3_bucket.this.id\n  policy = data.aws_iam_policy_document.bucket.json\n}',
    },
    messages: {
      ownAccountOnly: 'The policy of bucket {{name}} grants no account outside {{owner}} except trusted ones.',
      untrustedAccount: 'Statement {{statement}} of the policy of bucket {{name}} lets account {{account}}, which is not in trustedAccounts, perform {{actions}}.',
      untrustedOrganization: 'Statement {{statement}} of the policy of bucket {{name}} lets organization {{organization}}, which is not in trustedOrganizations, perform {{actions}}.',
    },
    options: { trustedAccounts: [], trustedOrganizations: [] },
  },
  evaluate(bucket, { pass, fail, skip, inventory, options }) {
    if (!bucket.policy) return skip('the bucket has no policy')
    const owner = bucket.accountId ?? inventory.accountId ?? 'unknown-account'
    const trusted = new Set(Array.isArray(options.trustedAccounts) ? options.trustedAccounts.map(String) : [])
    const trustedOrgs = Array.isArray(options.trustedOrganizations) ? options.trustedOrganizations.map(String) : []
    const analysis = analyzeExternalAccess(bucket.policy, { ownerAccount: owner, ...(bucket.arn ? { resourceArn: bucket.arn } : {}), trustedOrganizations: trustedOrgs })
    const verdicts = []
    for (const s of analysis.statements) {
      if (s.cancelled || s.public) continue
      const actions = (s.notAction ? 'every action except ' : '') + s.actions.join(', ')
      // CloudFront origin access identities are written as arn:aws:iam::cloudfront:user/…: AWS's, not an account.
      const accounts = new Set(s.reach.filter((r) => r.kind === 'accounts').flatMap((r) => r.accounts).filter(isAccountId))
      for (const account of [...accounts].sort()) {
        if (account === owner || trusted.has(account)) continue
        verdicts.push(fail('untrustedAccount', { data: { name: bucket.name, statement: s.label, account, actions }, at: 'policy', subject: `account ${account}` }))
      }
      for (const r of s.reach) {
        if (r.kind !== 'organization' || !r.external) continue
        for (const organization of r.organizations ?? []) {
          if (organization === '(owner organization)' || trustedOrgs.includes(organization)) continue
          verdicts.push(fail('untrustedOrganization', { data: { name: bucket.name, statement: s.label, organization, actions }, at: 'policy', subject: `organization ${organization}` }))
        }
      }
    }
    return verdicts.length ? verdicts : pass('ownAccountOnly', { name: bucket.name, owner })
  },
})
