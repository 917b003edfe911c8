import { defineCheck, type Verdict } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'cloudfront-lambda-url-origin-oac',
    resourceType: 'cloudfront.distribution',
    title: 'CloudFront Lambda function URL origins are reached through origin access control',
    severity: 'medium',
    categories: ['public-exposure'],
    description: 'Checks every Lambda function URL origin (…lambda-url.<region>.on.aws) for an origin access control, which signs CloudFront\'s requests so that the function URL can require AWS_IAM auth and accept only this distribution.',
    risk: 'Without OAC the function URL behind the distribution must use auth type NONE: anyone who finds the URL can invoke the function directly, skipping the distribution\'s WAF, caching, geo restriction and logging.',
    remediation: {
      text: 'Create an origin access control of type lambda, attach it to the origin, switch the function URL to AWS_IAM auth and grant lambda:InvokeFunctionUrl to cloudfront.amazonaws.com with AWS:SourceArn = the distribution ARN.',
      cli: 'aws cloudfront create-origin-access-control --origin-access-control-config Name=api,SigningProtocol=sigv4,SigningBehavior=always,OriginAccessControlOriginType=lambda\naws lambda update-function-url-config --function-name <fn> --auth-type AWS_IAM\naws lambda add-permission --function-name <fn> --statement-id cloudfront --action lambda:InvokeFunctionUrl --principal cloudfront.amazonaws.com --source-arn arn:aws:cloudfront::<account>:distribution/<id> --function-url-auth-type AWS_IAM',
      cloudformation: 'ApiOac:\n  Type: AWS::CloudFront::OriginAccessControl\n  Properties:\n    OriginAccessControlConfig: { Name: api, SigningProtocol: sigv4, SigningBehavior: always, OriginAccessControlOriginType: lambda }\nDistribution:\n  Type: AWS::CloudFront::Distribution\n  Properties:\n    DistributionConfig:\n      Enabled: true\n      Origins:\n        - Id: api\n          DomainName: abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws\n          OriginAccessControlId: !GetAtt ApiOac.Id\n          CustomOriginConfig: { OriginProtocolPolicy: https-only, OriginSSLProtocols: [TLSv1.2] }\n      DefaultCacheBehavior: { TargetOriginId: api, ViewerProtocolPolicy: https-only, CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad }',
      terraform: 'resource "aws_cloudfront_origin_access_control" "api" {\n  name                              = "api"\n  origin_access_control_origin_type = "lambda"\n  signing_behavior                  = "always"\n  signing_protocol                  = "sigv4"\n}\n\nresource "aws_cloudfront_distribution" "api" {\n  # ...\n  origin {\n    origin_id                = "api"\n    domain_name              = replace(replace(aws_lambda_function_url.api.function_url, "https://", ""), "/", "")\n    origin_access_control_id = aws_cloudfront_origin_access_control.api.id\n    custom_origin_config {\n      http_port              = 80\n      https_port             = 443\n      origin_protocol_policy = "https-only"\n      origin_ssl_protocols   = ["TLSv1.2"]\n    }\n  }\n}',
    },
    messages: {
      oac: 'Every Lambda function URL origin of distribution {{name}} uses origin access control.',
      none: 'Lambda function URL origin {{origin}} of distribution {{name}} has no origin access control: the function URL must be open to anyone.',
    },
  },
  evaluate(d, { pass, fail, skip }) {
    const urls = d.origins.filter((o) => o.kind === 'lambda-url')
    if (!urls.length) return skip('the distribution has no Lambda function URL origin')
    const verdicts: Verdict[] = urls.filter((o) => !o.originAccessControlId).map((o) => fail('none', { data: { name: d.name, origin: o.id }, at: 'origins', subject: `origin ${o.id}` }))
    return verdicts.length ? verdicts : pass('oac', { name: d.name })
  },
})
