import check from './lambda-code-signing-enforced.js'
import { testCheck } from '../../../test/check-tester.js'
import { REGION, codeSigningConfig, lambdaFunction } from '../../../test/factories/index.js'

// The factory function points at the factory code signing config (csc-1, Enforce).
const fn = lambdaFunction()
const cscGap = { resourceType: 'lambda.code-signing-config' as const, region: REGION, code: 'AccessDenied', message: 'lambda:GetCodeSigningConfig denied' }

testCheck(check, {
  valid: [{ name: 'config with policy Enforce', resource: fn, related: { 'lambda.code-signing-config': [codeSigningConfig()] } }],
  invalid: [
    { name: 'no code signing configuration', resource: lambdaFunction({ codeSigningConfigArn: null }), messageId: 'none', at: 'codeSigningConfigArn' },
    { name: 'config with policy Warn', resource: fn, related: { 'lambda.code-signing-config': [codeSigningConfig({ untrustedArtifactOnDeployment: 'Warn' })] }, messageId: 'warnOnly', at: 'codeSigningConfigArn' },
  ],
  unknown: [
    { name: 'the config could not be read', resource: fn, gaps: [cscGap] },
    { name: 'the config is not in the inventory', resource: fn },
    { name: 'the function\'s config could not be read', resource: lambdaFunction({ codeSigningConfigArn: null, unresolved: { codeSigningConfigArn: 'AccessDenied (lambda:GetFunctionCodeSigningConfig)' } }) },
    { name: 'policy from an unresolved parameter', resource: fn, related: { 'lambda.code-signing-config': [codeSigningConfig({ unresolved: { untrustedArtifactOnDeployment: '!Ref Policy' } })] } },
  ],
  skip: [{ name: 'container image', resource: lambdaFunction({ packageType: 'Image', runtime: undefined, handler: undefined, codeSigningConfigArn: null }) }],
  iac: {
    cloudformation: {
      good: [
        `
Signing:
  Type: AWS::Lambda::CodeSigningConfig
  Properties:
    AllowedPublishers: { SigningProfileVersionArns: [arn:aws:signer:us-east-1:123456789012:/signing-profiles/release/abcdef0123] }
    CodeSigningPolicies: { UntrustedArtifactOnDeployment: Enforce }
Fn:
  Type: AWS::Lambda::Function
  Properties:
    Runtime: python3.13
    Handler: index.handler
    Role: arn:aws:iam::123456789012:role/fn
    Code: { ZipFile: x }
    CodeSigningConfigArn: !Ref Signing
`,
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Signing:
    Type: AWS::Lambda::CodeSigningConfig
    Properties:
      AllowedPublishers: { SigningProfileVersionArns: [arn:aws:signer:us-east-1:123456789012:/signing-profiles/release/abcdef0123] }
      CodeSigningPolicies: { UntrustedArtifactOnDeployment: Enforce }
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/, CodeSigningConfigArn: !Ref Signing }
`,
      ],
      bad: [
        'Fn:\n  Type: AWS::Lambda::Function\n  Properties: { Runtime: python3.13, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x } }\n',
        // Warn is the default policy when CodeSigningPolicies is left out.
        `
Signing:
  Type: AWS::Lambda::CodeSigningConfig
  Properties:
    AllowedPublishers: { SigningProfileVersionArns: [arn:aws:signer:us-east-1:123456789012:/signing-profiles/release/abcdef0123] }
Fn:
  Type: AWS::Lambda::Function
  Properties:
    Runtime: python3.13
    Handler: index.handler
    Role: arn:aws:iam::123456789012:role/fn
    Code: { ZipFile: x }
    CodeSigningConfigArn: !GetAtt Signing.CodeSigningConfigArn
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_lambda_code_signing_config" "release" {
  allowed_publishers {
    signing_profile_version_arns = ["arn:aws:signer:us-east-1:123456789012:/signing-profiles/release/abcdef0123"]
  }
  policies {
    untrusted_artifact_on_deployment = "Enforce"
  }
}
resource "aws_lambda_function" "api" {
  function_name           = "api"
  role                    = "arn:aws:iam::123456789012:role/api"
  handler                 = "index.handler"
  runtime                 = "python3.13"
  code_signing_config_arn = aws_lambda_code_signing_config.release.arn
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
resource "aws_lambda_code_signing_config" "release" {
  allowed_publishers {
    signing_profile_version_arns = ["arn:aws:signer:us-east-1:123456789012:/signing-profiles/release/abcdef0123"]
  }
  policies {
    untrusted_artifact_on_deployment = "Warn"
  }
}
resource "aws_lambda_function" "api" {
  function_name           = "api"
  role                    = "arn:aws:iam::123456789012:role/api"
  handler                 = "index.handler"
  runtime                 = "python3.13"
  code_signing_config_arn = aws_lambda_code_signing_config.release.arn
}
`,
      ],
    },
  },
})
