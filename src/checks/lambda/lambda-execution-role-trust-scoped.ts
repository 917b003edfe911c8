import { defineCheck } from '../../core/check.js'
import { describeReach, trustReach } from '../../analysis/iam/trust.js'
import { executionRoleOf, functionScope, listForMessage } from '../../analysis/lambda/execution-role.js'

export default defineCheck({
  meta: {
    id: 'lambda-execution-role-trust-scoped',
    resourceType: 'lambda.function',
    reads: ['iam.role'],
    title: 'Lambda execution role can be assumed only by the Lambda service',
    severity: 'high',
    categories: ['least-privilege'],
    description:
      'Reads the trust policy of the function\'s execution role with the condition-aware engine and fails when any Allow statement for sts:AssumeRole, AssumeRoleWithWebIdentity or AssumeRoleWithSAML reaches a principal other than the Lambda service: another AWS service, an account (its own included — any of its principals with sts:AssumeRole could then take the role), a user or role, a federated identity provider, or `*`. Statements whose conditions exclude every caller, or that a Deny cancels, do not count. lambda.amazonaws.com and edgelambda.amazonaws.com (needed for Lambda@Edge replicas) are allowed by default; the option `allowedServices` changes the list.',
    risk:
      'Anyone else who can assume the execution role gets every permission the function has, without going through the function — and a role shared with other services or people cannot be narrowed to what the function needs.',
    remediation: {
      text: 'Give the function its own role whose trust policy names only lambda.amazonaws.com (add aws:SourceAccount / aws:SourceArn if you like); move other principals to roles of their own.',
      cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}\'',
      cloudformation:
        'FunctionRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal: { Service: lambda.amazonaws.com }\n          Action: sts:AssumeRole',
      terraform:
        'data "aws_iam_policy_document" "lambda_trust" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "Service"\n      identifiers = ["lambda.amazonaws.com"]\n    }\n  }\n}',
    },
    options: { allowedServices: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'] },
    messages: {
      'lambda-only': 'The execution role {{role}} of {{name}} can be assumed only by the Lambda service.',
      'other-principals': 'The trust policy of the execution role {{role}} of {{name}} also lets {{principals}} assume it.',
    },
  },
  evaluate(fn, { pass, fail, unknown, inventory, options }) {
    const r = executionRoleOf(fn, inventory)
    if (!r.ok) return unknown(r.reason, { at: 'role' })
    const { role, names } = r.value
    const owner = functionScope(fn, inventory).account
    const allowed = new Set((Array.isArray(options.allowedServices) ? (options.allowedServices as string[]) : []).map((s) => s.toLowerCase()))
    const others: string[] = []
    for (const reach of trustReach(role.trustPolicy, owner, role.arn)) {
      if (reach.kind === 'service' && allowed.has(reach.service ?? '')) continue
      others.push(describeReach(reach, owner))
    }
    const unique = [...new Set(others)]
    if (unique.length > 0) return fail('other-principals', { data: { ...names, principals: listForMessage(unique) }, at: 'role' })
    return pass('lambda-only', names)
  },
})
