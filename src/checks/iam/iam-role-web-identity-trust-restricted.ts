import { defineCheck } from '../../core/check.js'
import { analyzeWebIdentityTrust } from '../../analysis/identity/web-identity.js'

export default defineCheck({
  meta: {
    id: 'iam-role-web-identity-trust-restricted',
    resourceType: 'iam.role',
    title: 'Roles trusting GitHub Actions or other shared OIDC issuers are pinned to your repositories',
    severity: 'critical',
    categories: ['public-exposure', 'supply-chain'],
    description:
      'For roles whose trust policy names a multi-tenant web identity issuer from data/web-identity-providers.json — GitHub Actions (token.actions.githubusercontent.com), GitLab.com, HCP Terraform, Cognito identity pools — the IAM engine evaluates sts:AssumeRoleWithWebIdentity for tokens an outsider can get: from a repository, project or organization named clearsky-untrusted-probe, from a tenant name that fits any subject pattern whose owner part has a wildcard (`repo:*`, `repo:my-org*`), and with whatever audience the policy asks for (the workflow chooses it). The role fails when any such token is allowed. A condition on the subject with a literal owner (`repo:my-org/*`, `repo:my-org/app:ref:refs/heads/main`) passes; for Cognito, the `aud` claim must name your identity pool. Roles without such a trust are not evaluated.',
    risk: 'Every GitHub user can run a workflow that requests a token from the same issuer. If the role checks only the audience — or pins the organization with a wildcard that also matches other organizations — any repository in the world can assume it and act with its permissions, typically deployment rights.',
    remediation: {
      text: 'Add a condition on the subject claim that names your organization or repository literally (StringLike `token.actions.githubusercontent.com:sub` = `repo:<org>/<repo>:*`, or narrower: a branch or environment), keep the audience check, and never use a wildcard inside the owner part. For Cognito, require `cognito-identity.amazonaws.com:aud` = your identity pool id and the expected `amr`.',
      cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json',
      cloudformation: 'DeployRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal: { Federated: !Sub "arn:aws:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com" }\n          Action: sts:AssumeRoleWithWebIdentity\n          Condition:\n            StringEquals:\n              token.actions.githubusercontent.com:aud: sts.amazonaws.com\n            StringLike:\n              token.actions.githubusercontent.com:sub: "repo:my-org/my-repo:ref:refs/heads/main"',
      terraform: 'data "aws_iam_policy_document" "github_trust" {\n  statement {\n    actions = ["sts:AssumeRoleWithWebIdentity"]\n    principals {\n      type        = "Federated"\n      identifiers = [aws_iam_openid_connect_provider.github.arn]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "token.actions.githubusercontent.com:aud"\n      values   = ["sts.amazonaws.com"]\n    }\n    condition {\n      test     = "StringLike"\n      variable = "token.actions.githubusercontent.com:sub"\n      values   = ["repo:my-org/my-repo:ref:refs/heads/main"]\n    }\n  }\n}',
    },
    messages: {
      restricted: 'Only your own {{provider}} tenants can assume {{name}}.',
      open: '{{provider}} tokens from other tenants can assume {{name}} (for example {{example}}).',
    },
  },
  evaluate(role, { pass, fail, skip }) {
    const roleArn = role.arn ?? `arn:aws:iam::${role.accountId ?? '000000000000'}:role/${role.name}`
    const trusts = analyzeWebIdentityTrust(role.trustPolicy, roleArn)
    if (trusts.length === 0) return skip('the role trusts no shared web identity issuer')
    return trusts.map((t) =>
      t.openTo === undefined
        ? pass('restricted', { data: { name: role.name, provider: t.provider.name }, subject: t.principal })
        : fail('open', { data: { name: role.name, provider: t.provider.name, example: t.openTo }, at: 'trustPolicy', subject: t.principal }),
    )
  },
})
