import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'lambda-function-url-auth-required',
    resourceType: 'lambda.function',
    title: 'Lambda function URL requires IAM authentication',
    severity: 'high',
    categories: ['public-exposure'],
    description: 'A function URL with auth type NONE gives the function its own public HTTPS endpoint that anyone can call without signing the request.',
    risk: 'Anyone who learns or guesses the URL can invoke the function: data exposure through its responses, abuse of whatever its role can reach, and invocation costs billed to you.',
    remediation: {
      text: 'Set the URL auth type to AWS_IAM and grant lambda:InvokeFunctionUrl only to the callers that need it, or delete the URL and put the function behind an authenticated API.',
      cli: 'aws lambda update-function-url-config --function-name <name> --auth-type AWS_IAM',
      cloudformation: 'Type: AWS::Lambda::Url\nProperties:\n  TargetFunctionArn: !GetAtt Function.Arn\n  AuthType: AWS_IAM',
      terraform: 'resource "aws_lambda_function_url" "this" {\n  function_name      = aws_lambda_function.this.function_name\n  authorization_type = "AWS_IAM"\n}',
    },
    messages: {
      iam: 'The function URL of {{name}} requires AWS_IAM authentication.',
      none: 'The function URL of {{name}} is open to anyone: its auth type is NONE.',
    },
  },
  evaluate(fn, { pass, fail, skip }) {
    if (!fn.url) return skip('the function has no URL')
    return fn.url.authType === 'AWS_IAM' ? pass('iam', { name: fn.name }) : fail('none', { data: { name: fn.name }, at: 'url.authType' })
  },
})
