import { defineCheck } from '../../core/check.js'
import { accountOfArn, analyzeExternalAccess } from '../../analysis/iam/index.js'

export default defineCheck({
  meta: {
    id: 'iam-role-trust-not-public',
    resourceType: 'iam.role',
    title: 'IAM role trust policies do not let anyone assume the role',
    severity: 'critical',
    categories: ['public-exposure', 'least-privilege'],
    description:
      'Analyzes the role\'s trust policy with the condition-aware IAM engine. The role fails when an Allow statement (not cancelled by a Deny) reaches any AWS principal in any account: `"Principal": "*"` or `{"AWS": "*"}`, a wildcard account in a principal ARN, or an Allow with NotPrincipal — unless a condition narrows it to specific accounts, the organization (aws:PrincipalOrgID / OrgPaths), a network path or a source resource. An sts:ExternalId condition alone does not narrow it: anyone who learns the value can use it. Web-identity and SAML trusts are covered by iam-role-web-identity-trust-restricted.',
    risk: 'Anyone with an AWS account can call sts:AssumeRole on the role and act with all its permissions; role ARNs are easy to guess or find in code and logs.',
    remediation: {
      text: 'Name the accounts or roles that may assume the role in Principal, or keep the wildcard principal only with a condition that limits callers to your organization (aws:PrincipalOrgID) or to named accounts (aws:PrincipalAccount).',
      cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json',
      cloudformation: 'CrossAccountRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal: { AWS: "*" }\n          Action: sts:AssumeRole\n          Condition:\n            StringEquals:\n              aws:PrincipalOrgID: o-exampleorgid',
      terraform: 'data "aws_iam_policy_document" "trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::444455556666:role/deployer"]\n    }\n  }\n}\n\nresource "aws_iam_role" "cross_account" {\n  name               = "cross-account"\n  assume_role_policy = data.aws_iam_policy_document.trust.json\n}',
    },
    messages: {
      restricted: 'The trust policy of {{name}} does not let arbitrary principals assume it.',
      public: 'Any AWS principal can assume {{name}} (trust policy statement {{statements}}).',
    },
  },
  evaluate(role, { pass, fail, inventory }) {
    const owner = role.accountId ?? inventory.accountId ?? accountOfArn(role.arn ?? role.id) ?? 'unknown-account'
    const analysis = analyzeExternalAccess(role.trustPolicy, { ownerAccount: owner, ...(role.arn ? { resourceArn: role.arn } : {}) })
    if (!analysis.isPublic) return pass('restricted', { name: role.name })
    return fail('public', { data: { name: role.name, statements: analysis.publicStatements.map((s) => s.label).join(', ') }, at: 'trustPolicy' })
  },
})
