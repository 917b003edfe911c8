import check from './lambda-code-signing-profiles-valid.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, REGION, codeSigningConfig, lambdaFunction } from '../../../test/factories/index.js'

const fn = lambdaFunction()
const profile = (account: string, name = 'prod') => `arn:aws:signer:${REGION}:${account}:/signing-profiles/${name}/abc123`
const withProfiles = (...arns: string[]) => ({ 'lambda.code-signing-config': [codeSigningConfig({ allowedPublisherProfileArns: arns })] })
const cscGap = { resourceType: 'lambda.code-signing-config' as const, region: REGION, code: 'AccessDenied', message: 'lambda:GetCodeSigningConfig denied' }

testCheck(check, {
  valid: [
    { name: 'own account profile', resource: fn, related: withProfiles(profile(ACCOUNT)) },
    { name: 'own profile and one of a trusted build account', resource: fn, related: withProfiles(profile(ACCOUNT), profile('444455556666', 'build')), options: { trustedAccounts: ['444455556666'] } },
    { name: 'a profile ARN without version', resource: fn, related: withProfiles(`arn:aws:signer:${REGION}:${ACCOUNT}:/signing-profiles/prod`) },
  ],
  invalid: [
    { name: 'no allowed publisher', resource: fn, related: withProfiles(), messageId: 'noProfiles', at: 'codeSigningConfigArn' },
    { name: 'a profile of another account', resource: fn, related: withProfiles(profile(ACCOUNT), profile('999988887777', 'vendor')), messageId: 'untrustedProfile', count: 1 },
    { name: 'trusting a different account does not help', resource: fn, related: withProfiles(profile('999988887777')), options: { trustedAccounts: ['444455556666'] }, messageId: 'untrustedProfile' },
  ],
  unknown: [
    { name: 'the config could not be read', resource: fn, gaps: [cscGap] },
    { name: 'the config is not in the inventory', resource: fn },
    { name: 'profiles from an unresolved parameter', resource: fn, related: { 'lambda.code-signing-config': [codeSigningConfig({ unresolved: { allowedPublisherProfileArns: '!Ref Profiles' } })] } },
    { name: 'a publisher that is not a signing profile ARN', resource: fn, related: withProfiles('arn:aws:iam::111122223333:role/signer') },
  ],
  skip: [
    { name: 'no code signing configuration', resource: lambdaFunction({ codeSigningConfigArn: null }) },
    { name: 'container image', resource: lambdaFunction({ packageType: 'Image', runtime: undefined, handler: undefined }) },
  ],
  iac: {
    cloudformation: {
      good: [
        `
Signing:
  Type: AWS::Lambda::CodeSigningConfig
  Properties:
    AllowedPublishers: { SigningProfileVersionArns: [!Sub 'arn:aws:signer:\${AWS::Region}:\${AWS::AccountId}:/signing-profiles/release/abcdef0123'] }
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
        // A function without code signing is left to lambda-code-signing-enforced.
        'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/ }\n',
      ],
      bad: [
        // The configuration trusts a signing profile of an unknown account.
        `
Transform: AWS::Serverless-2016-10-31
Resources:
  Signing:
    Type: AWS::Lambda::CodeSigningConfig
    Properties:
      AllowedPublishers: { SigningProfileVersionArns: [arn:aws:signer:us-east-1:444455556666:/signing-profiles/vendor/abcdef0123] }
      CodeSigningPolicies: { UntrustedArtifactOnDeployment: Enforce }
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/, CodeSigningConfigArn: !GetAtt Signing.CodeSigningConfigArn }
`,
      ],
    },
    terraform: {
      good: [
        `
data "aws_caller_identity" "current" {}
resource "aws_lambda_code_signing_config" "release" {
  allowed_publishers {
    signing_profile_version_arns = ["arn:aws:signer:us-east-1:\${data.aws_caller_identity.current.account_id}:/signing-profiles/release/abcdef0123"]
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
resource "aws_lambda_code_signing_config" "vendor" {
  allowed_publishers {
    signing_profile_version_arns = ["arn:aws:signer:us-east-1:444455556666:/signing-profiles/vendor/abcdef0123"]
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
  code_signing_config_arn = aws_lambda_code_signing_config.vendor.arn
}
`,
      ],
    },
  },
})
