import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'apigateway-stage-waf-associated',
    resourceType: 'apigateway.stage',
    title: 'API Gateway REST stage is protected by an AWS WAF web ACL',
    severity: 'medium',
    categories: ['network'],
    description: 'Checks that a regional AWS WAF web ACL is associated with each REST API stage. HTTP and WebSocket APIs cannot be associated with WAF directly (put CloudFront with a web ACL in front of them) and are skipped; so are stages of private APIs, which only VPC endpoints reach.',
    risk: 'Without a web ACL every request reaches the integration: injection payloads, bots, credential stuffing and floods from a single IP are neither filtered nor rate limited before they cost Lambda invocations or hit the backend.',
    remediation: {
      text: 'Create a regional web ACL (AWS managed rule groups such as the core rule set and known bad inputs, plus a rate-based rule) and associate it with the stage.',
      cli: 'aws wafv2 associate-web-acl --web-acl-arn <web-acl-arn> --resource-arn arn:aws:apigateway:<region>::/restapis/<api-id>/stages/<stage>',
      cloudformation: 'ApiWafAssociation:\n  Type: AWS::WAFv2::WebACLAssociation\n  Properties:\n    ResourceArn: !Sub arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${Api}/stages/prod\n    WebACLArn: !GetAtt ApiWebAcl.Arn',
      terraform: 'resource "aws_wafv2_web_acl_association" "api" {\n  resource_arn = aws_api_gateway_stage.prod.arn\n  web_acl_arn  = aws_wafv2_web_acl.api.arn\n}',
    },
    messages: {
      associated: 'Stage {{stage}} of {{api}} is protected by web ACL {{webAcl}}.',
      none: 'Stage {{stage}} of {{api}} has no AWS WAF web ACL.',
    },
  },
  evaluate(stage, { pass, fail, skip }) {
    if (stage.apiType !== 'REST') return skip(`${stage.apiType} APIs cannot be associated with a WAF web ACL`)
    const data = { stage: stage.stageName, api: stage.apiName ?? stage.apiId }
    if (stage.webAclArn) return pass('associated', { ...data, webAcl: stage.webAclArn.split('/').slice(-2, -1)[0] ?? stage.webAclArn })
    return fail('none', { data, at: 'webAclArn' })
  },
})
