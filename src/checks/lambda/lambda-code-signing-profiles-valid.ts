import { defineCheck, type Verdict } from '../../core/check.js'

/** arn:<partition>:signer:<region>:<account>:/signing-profiles/<name>[/<version>] */
const SIGNING_PROFILE_ARN = /^arn:aws[a-z-]*:signer:[a-z0-9-]*:(\d{12}):\/signing-profiles\/([A-Za-z0-9_]+)(?:\/[A-Za-z0-9]+)?$/

function trustedAccountsOption(value: unknown): Set<string> {
  return new Set(Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string').map((a) => a.trim()) : [])
}

export default defineCheck({
  meta: {
    id: 'lambda-code-signing-profiles-valid',
    resourceType: 'lambda.function',
    reads: ['lambda.code-signing-config'],
    title: 'Lambda code signing trusts only signing profiles of trusted accounts',
    severity: 'medium',
    categories: ['supply-chain'],
    description:
      'For a function with a code signing configuration, checks that the configuration allows at least one publisher (a signing profile version ARN) and that every allowed profile belongs to the function\'s own account or to an account in the option `trustedAccounts` (default: none). One finding per profile of another account. Functions without a configuration are left to lambda-code-signing-enforced; container images are skipped, since code signing does not apply to them.',
    risk: 'A code signing configuration trusts whoever controls the allowed signing profiles. A profile in an account you do not control lets that account sign code your function accepts, turning the control into a path for someone else\'s code; a configuration with no usable profile protects nothing and blocks legitimate deployments once enforced.',
    remediation: {
      text: 'Allow only signing profile versions of your own (or your build) account, and add that build account to trustedAccounts of this check. Revoke and replace profiles you no longer control.',
      cli: 'aws lambda update-code-signing-config --code-signing-config-arn <code-signing-config-arn> --allowed-publishers SigningProfileVersionArns=arn:aws:signer:<region>:<own-account-id>:/signing-profiles/<profile>/<version>',
      cloudformation:
        'Type: AWS::Lambda::CodeSigningConfig\nProperties:\n  AllowedPublishers:\n    SigningProfileVersionArns:\n      - !GetAtt SigningProfile.ProfileVersionArn   # AWS::Signer::SigningProfile of this account\n  CodeSigningPolicies:\n    UntrustedArtifactOnDeployment: Enforce',
      terraform:
        'resource "aws_lambda_code_signing_config" "this" {\n  allowed_publishers {\n    signing_profile_version_arns = [aws_signer_signing_profile.own.version_arn] # a profile of this account\n  }\n  policies {\n    untrusted_artifact_on_deployment = "Enforce"\n  }\n}',
    },
    messages: {
      trusted: 'Code signing configuration {{config}} of {{name}} allows {{count}} signing profile(s), all of trusted accounts.',
      noProfiles: 'Code signing configuration {{config}} of {{name}} allows no signing profile.',
      untrustedProfile: 'Code signing configuration {{config}} of {{name}} trusts signing profile {{profile}} of account {{account}}, which is neither the function\'s account nor in trustedAccounts.',
    },
    options: { trustedAccounts: [] },
  },
  evaluate(fn, { pass, fail, skip, unknown, inventory, options }) {
    if (fn.packageType === 'Image') return skip('container image: Lambda code signing applies to .zip packages only')
    const arn = fn.codeSigningConfigArn
    if (!arn) return skip('the function has no code signing configuration (lambda-code-signing-enforced reports it)')
    const config = inventory.get('lambda.code-signing-config', arn)
    if (!config) return unknown(`code signing configuration ${arn} is not in the inventory`, { at: 'codeSigningConfigArn' })
    const profiles = config.allowedPublisherProfileArns
    if (profiles.length === 0) return fail('noProfiles', { data: { name: fn.name, config: config.name }, at: 'codeSigningConfigArn' })
    const own = fn.accountId ?? config.accountId ?? inventory.accountId
    const trusted = trustedAccountsOption(options['trustedAccounts'])
    const verdicts: Verdict[] = []
    for (const profileArn of profiles) {
      const m = SIGNING_PROFILE_ARN.exec(profileArn)
      if (!m) {
        verdicts.push(unknown(`allowed publisher ${profileArn} is not a signing profile ARN`, { at: 'codeSigningConfigArn' }))
        continue
      }
      const account = m[1]!
      if (account === own || trusted.has(account)) continue
      if (own === undefined) {
        verdicts.push(unknown('the function\'s own account is not known', { at: 'codeSigningConfigArn' }))
        continue
      }
      verdicts.push(fail('untrustedProfile', { data: { name: fn.name, config: config.name, profile: m[2], account }, at: 'codeSigningConfigArn', subject: profileArn }))
    }
    return verdicts.length > 0 ? verdicts : pass('trusted', { name: fn.name, config: config.name, count: profiles.length })
  },
})
