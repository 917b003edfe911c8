import { defineCheck } from '../../core/check.js'
import { accountOfArn, analyzeExternalAccess } from '../../analysis/iam/index.js'

export default defineCheck({
  meta: {
    id: 'lambda-resource-policy-service-source-scoped',
    resourceType: 'lambda.function',
    title: 'Lambda permissions for AWS services are scoped to a source',
    severity: 'high',
    categories: ['public-exposure', 'least-privilege'],
    description:
      'Checks every statement of the function\'s resource-based policy that grants access to an AWS service principal (s3.amazonaws.com, sns.amazonaws.com, events.amazonaws.com, apigateway.amazonaws.com …). Each must carry a condition that ties the service to a source: aws:SourceArn, aws:SourceAccount, aws:SourceOwner, aws:SourceOrgID / aws:SourceOrgPaths, or lambda:EventSourceToken for Alexa — with an operator that really restricts (not StringNotEquals, not …IfExists), in the statement itself or through a Deny for everyone. One verdict per service grant.',
    risk:
      'A service principal acts for every AWS customer. Without a source condition, anyone can point their own bucket notification, SNS subscription, EventBridge rule or API at your function and have the service invoke it for them (the confused-deputy problem), with whatever payload they choose.',
    remediation: {
      text: 'Re-create the permission with the ARN of the resource that should invoke the function (--source-arn) and, for services whose resource ARNs carry no account (S3), the owning account too (--source-account).',
      cli: 'aws lambda remove-permission --function-name <name> --statement-id <sid>\naws lambda add-permission --function-name <name> --statement-id <sid> --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::<bucket> --source-account <account-id>',
      cloudformation:
        'Permission:\n  Type: AWS::Lambda::Permission\n  Properties:\n    FunctionName: !Ref Function\n    Action: lambda:InvokeFunction\n    Principal: s3.amazonaws.com\n    SourceArn: !GetAtt Bucket.Arn\n    SourceAccount: !Ref AWS::AccountId',
      terraform:
        'resource "aws_lambda_permission" "from_bucket" {\n  function_name  = aws_lambda_function.this.function_name\n  action         = "lambda:InvokeFunction"\n  principal      = "s3.amazonaws.com"\n  source_arn     = aws_s3_bucket.uploads.arn\n  source_account = data.aws_caller_identity.current.account_id\n}',
    },
    messages: {
      scoped: 'Statement {{statement}} of the resource-based policy of {{name}} lets {{service}} in only for a given source ({{scopedBy}}).',
      unscoped: 'Statement {{statement}} of the resource-based policy of {{name}} lets {{service}} call it on behalf of any source: no aws:SourceArn or aws:SourceAccount condition restricts it.',
    },
  },
  evaluate(fn, { pass, fail, skip, inventory }) {
    const policy = fn.policy
    if (policy === null) return skip('the function has no resource-based policy')
    const owner = fn.accountId ?? inventory.accountId ?? accountOfArn(fn.arn ?? fn.id) ?? 'unknown-account'
    const grants = analyzeExternalAccess(policy, { ownerAccount: owner, ...(fn.arn ? { resourceArn: fn.arn } : {}) }).servicePrincipals
    if (grants.length === 0) return skip('no statement grants access to an AWS service principal')
    return grants.map((g) => {
      const data = { name: fn.name, statement: g.label, service: g.service }
      const subject = `statement ${g.label} / ${g.service}`
      return g.scoped ? pass('scoped', { data: { ...data, scopedBy: g.scopedBy.join(', ') }, subject }) : fail('unscoped', { data, at: 'policy', subject })
    })
  },
})
