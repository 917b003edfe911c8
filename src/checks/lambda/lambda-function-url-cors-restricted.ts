import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'lambda-function-url-cors-restricted',
    resourceType: 'lambda.function',
    title: 'Lambda function URL CORS allows only listed origins',
    severity: 'medium',
    categories: ['public-exposure'],
    description:
      'Fails when the CORS configuration of a function URL allows every origin (`*`), with a separate message when credentials are allowed as well and when every method is allowed. Explicit origins pass. Functions without a URL, or with a URL and no CORS configuration (browsers then refuse cross-origin reads), are skipped.',
    risk:
      'With AllowOrigins `*`, any web page a user opens can call the function URL from that user\'s browser and read the response, which turns the user\'s network position and session into an attack path (internal data, state-changing calls). Allowing credentials as well asks browsers to send cookies and authorization headers from every site; a literal `*` cannot be combined with credentials in the browser, so such a setting is either broken or relies on reflecting the caller\'s origin, which is worse. All methods add DELETE, PUT and PATCH to what foreign pages may send.',
    remediation: {
      text: 'List the exact origins of the web applications that call the function, allow only the methods and headers they use, and enable credentials only for those origins.',
      cli: 'aws lambda update-function-url-config --function-name <name> --cors \'{"AllowOrigins":["https://app.example.com"],"AllowMethods":["GET","POST"],"AllowCredentials":false}\'',
      cloudformation:
        'Type: AWS::Lambda::Url\nProperties:\n  TargetFunctionArn: !GetAtt Function.Arn\n  AuthType: AWS_IAM\n  Cors:\n    AllowOrigins: [https://app.example.com]\n    AllowMethods: [GET, POST]\n    AllowCredentials: false',
      terraform:
        'resource "aws_lambda_function_url" "this" {\n  function_name      = aws_lambda_function.this.function_name\n  authorization_type = "AWS_IAM"\n  cors {\n    allow_origins     = ["https://app.example.com"]\n    allow_methods     = ["GET", "POST"]\n    allow_credentials = false\n  }\n}',
    },
    messages: {
      restricted: 'The function URL of {{name}} allows CORS requests from {{count}} listed origin(s) only.',
      'wildcard-origin': 'The function URL of {{name}} allows CORS requests from any origin (*).',
      'wildcard-origin-all-methods': 'The function URL of {{name}} allows CORS requests from any origin (*) with every HTTP method.',
      'wildcard-origin-credentials': 'The function URL of {{name}} allows CORS requests from any origin (*) and allows credentials (cookies, authorization headers).',
    },
  },
  evaluate(fn, { pass, fail, skip }) {
    if (!fn.url) return skip('the function has no URL')
    const cors = fn.url.cors
    if (!cors) return skip('the function URL has no CORS configuration; browsers refuse cross-origin reads')
    const origins = cors.allowOrigins.map((o) => o.trim())
    if (!origins.includes('*')) return pass('restricted', { name: fn.name, count: origins.length })
    const at = 'url.cors.allowOrigins'
    if (cors.allowCredentials) return fail('wildcard-origin-credentials', { data: { name: fn.name }, at })
    if (cors.allowMethods.some((m) => m.trim() === '*')) return fail('wildcard-origin-all-methods', { data: { name: fn.name }, at })
    return fail('wildcard-origin', { data: { name: fn.name }, at })
  },
})
