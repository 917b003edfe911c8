import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'lambda-code-signing-enforced',
    resourceType: 'lambda.function',
    reads: ['lambda.code-signing-config'],
    title: 'Lambda function rejects unsigned or untrusted code',
    severity: 'medium',
    categories: ['supply-chain'],
    description:
      'Checks that the function has a code signing configuration and that the configuration\'s UntrustedArtifactOnDeployment policy is Enforce. With Warn (Lambda\'s default for a new configuration) a package that fails the signature check is still deployed, with only a CloudWatch metric and a log entry. Container-image functions are skipped: Lambda code signing applies to .zip packages and layers only. Which publishers a configuration trusts is lambda-code-signing-profiles-valid\'s question.',
    risk: 'Without enforced code signing, anyone who can call UpdateFunctionCode (a leaked CI credential, an over-broad role, a compromised pipeline) can replace the function\'s code with their own, and it runs with the function\'s role and data. An enforced signature limits deployable code to packages signed by your own signing profiles.',
    remediation: {
      text: 'Create an AWS Signer signing profile, sign deployment packages with it in your pipeline, create a code signing configuration that allows that profile with policy Enforce, and attach it to the function. Roll out with Warn first if existing packages are unsigned, then switch to Enforce.',
      cli: 'aws lambda create-code-signing-config --allowed-publishers SigningProfileVersionArns=<signing-profile-version-arn> --code-signing-policies UntrustedArtifactOnDeployment=Enforce\naws lambda put-function-code-signing-config --function-name <name> --code-signing-config-arn <code-signing-config-arn>',
      cloudformation:
        'SigningConfig:\n  Type: AWS::Lambda::CodeSigningConfig\n  Properties:\n    AllowedPublishers:\n      SigningProfileVersionArns:\n        - !GetAtt SigningProfile.ProfileVersionArn\n    CodeSigningPolicies:\n      UntrustedArtifactOnDeployment: Enforce\nFunction:\n  Type: AWS::Lambda::Function\n  Properties:\n    CodeSigningConfigArn: !Ref SigningConfig',
      terraform:
        'resource "aws_lambda_code_signing_config" "this" {\n  allowed_publishers {\n    signing_profile_version_arns = [aws_signer_signing_profile.this.version_arn]\n  }\n  policies {\n    untrusted_artifact_on_deployment = "Enforce"\n  }\n}\n\nresource "aws_lambda_function" "this" {\n  # ...\n  code_signing_config_arn = aws_lambda_code_signing_config.this.arn\n}',
    },
    messages: {
      enforced: 'Function {{name}} only accepts code signed by the publishers of {{config}} (policy Enforce).',
      none: 'Function {{name}} has no code signing configuration: any package can be deployed to it.',
      warnOnly: 'Code signing configuration {{config}} of function {{name}} only warns: packages that fail the signature check are still deployed.',
    },
  },
  evaluate(fn, { pass, fail, skip, unknown, inventory }) {
    if (fn.packageType === 'Image') return skip('container image: Lambda code signing applies to .zip packages only')
    const arn = fn.codeSigningConfigArn
    if (!arn) return fail('none', { data: { name: fn.name }, at: 'codeSigningConfigArn' })
    // A config the collector could not read is a gap (engine → unknown); one that is simply not in
    // the inventory (declared in another stack, deleted) cannot be judged.
    const config = inventory.get('lambda.code-signing-config', arn)
    if (!config) return unknown(`code signing configuration ${arn} is not in the inventory`, { at: 'codeSigningConfigArn' })
    const data = { name: fn.name, config: config.name }
    return config.untrustedArtifactOnDeployment === 'Enforce' ? pass('enforced', data) : fail('warnOnly', { data, at: 'codeSigningConfigArn' })
  },
})
