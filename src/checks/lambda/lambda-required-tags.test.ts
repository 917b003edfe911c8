import check from './lambda-required-tags.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'

const required = { requiredKeys: ['owner', 'cost-center'] }

testCheck(check, {
  valid: [
    { name: 'every required key present', resource: lambdaFunction({ tags: { owner: 'team-a', 'cost-center': '4711', extra: 'x' } }), options: required },
    { name: 'an empty value counts as present', resource: lambdaFunction({ tags: { owner: 'team-a', 'cost-center': '' } }), options: required },
  ],
  invalid: [
    { name: 'one key missing', resource: lambdaFunction({ tags: { owner: 'team-a' } }), options: required, messageId: 'missing', at: 'tags' },
    { name: 'keys differ only in case', resource: lambdaFunction({ tags: { Owner: 'team-a', 'Cost-Center': '4711' } }), options: required, messageId: 'missing' },
    { name: 'no tags at all', resource: lambdaFunction({ tags: undefined }), options: required, messageId: 'missing' },
  ],
  unknown: [
    { name: 'tags could not be read (ListTags denied)', resource: lambdaFunction({ tags: undefined, unresolved: { tags: 'AccessDeniedException (lambda:ListTags)' } }), options: required },
    { name: 'functions could not be listed', resource: lambdaFunction(), options: required, gaps: [{ resourceType: 'lambda.function', region: 'us-east-1', code: 'AccessDenied', message: 'lambda:ListFunctions denied' }] },
  ],
  skip: [
    { name: 'no required keys configured', resource: lambdaFunction({ tags: {} }) },
    { name: 'only blank keys configured', resource: lambdaFunction({ tags: {} }), options: { requiredKeys: [' ', ''] } },
  ],
  iac: {
    options: { requiredKeys: ['owner', 'cost-center'] },
    cloudformation: {
      good: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties:
    Runtime: python3.13
    Handler: index.handler
    Role: arn:aws:iam::123456789012:role/fn
    Code: { ZipFile: x }
    Tags: [{ Key: owner, Value: team-orders }, { Key: cost-center, Value: '4711' }]
`,
        // SAM takes tags as a map.
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      Tags: { owner: team-orders, cost-center: '4711' }
`,
      ],
      bad: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties:
    Runtime: python3.13
    Handler: index.handler
    Role: arn:aws:iam::123456789012:role/fn
    Code: { ZipFile: x }
    Tags: [{ Key: owner, Value: team-orders }]
`,
        // Keys are case-sensitive: Owner is not owner.
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: index.handler
      CodeUri: src/
      Tags: { Owner: team-orders, cost-center: '4711' }
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "python3.13"
  tags          = { owner = "team-orders", cost-center = "4711" }
}
`,
        // Provider default tags reach every resource.
        `
provider "aws" {
  default_tags {
    tags = { owner = "team-orders" }
  }
}
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "python3.13"
  tags          = { cost-center = "4711" }
}
`,
      ],
      bad: [
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "python3.13"
}
`,
        `
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "python3.13"
  tags          = { owner = "team-orders" }
}
`,
      ],
    },
  },
})
