import { readFileSync } from 'node:fs'
import { defineCheck, type AnyCheck } from '../../src/core/check.js'
import type { ScanReport } from '../../src/core/finding.js'

/**
 * The fixed report every reporter test renders: pass/fail/unknown/skip/error, a muted failure,
 * IaC and live locations, a global resource, an inventory gap, compliance references and
 * results, and hostile strings (HTML, `</script>`, spreadsheet formulas, Markdown, @mentions,
 * control characters). Timestamps are fixed, so every output is deterministic.
 */
export function fixtureReport(): ScanReport {
  return JSON.parse(readFileSync(new URL('../fixtures/report.json', import.meta.url), 'utf8')) as ScanReport
}

const never = () => {
  throw new Error('fixture check: not evaluated in reporter tests')
}

/**
 * Catalogue entries for the fixture's checks, so the snapshots do not change when the real
 * checks' wording does. `logs-log-group-retention-set` is deliberately missing: reporters must
 * cope with a report that names a check the catalogue does not hold.
 */
export const FIXTURE_CHECKS: readonly AnyCheck[] = [
  defineCheck({
    meta: {
      id: 'lambda-function-public-policy',
      resourceType: 'lambda.function',
      title: 'Lambda function policy does not allow public invocation',
      severity: 'critical',
      categories: ['public-exposure'],
      description: 'A resource-based policy statement with Principal "*" and no restricting condition lets any AWS account invoke the function.',
      risk: 'Anyone can run the function with its role: data exposure, abuse of downstream services, and cost.',
      remediation: {
        text: 'Remove the public statement, or add a condition on aws:SourceArn/aws:SourceAccount that names the caller.',
        cli: 'aws lambda remove-permission --function-name <name> --statement-id <sid>',
        cloudformation: 'Type: AWS::Lambda::Permission\nProperties:\n  Principal: s3.amazonaws.com\n  SourceAccount: !Ref AWS::AccountId',
        terraform: 'resource "aws_lambda_permission" "s3" {\n  principal      = "s3.amazonaws.com"\n  source_account = data.aws_caller_identity.current.account_id\n}',
      },
      messages: { public: 'The policy of {{name}} lets anyone invoke it.' },
    },
    evaluate: never,
  }),
  defineCheck({
    meta: {
      id: 'lambda-function-url-auth-required',
      resourceType: 'lambda.function',
      title: 'Lambda function URL requires IAM authentication',
      severity: 'high',
      categories: ['public-exposure'],
      description: 'A function URL with auth type NONE is a public HTTPS endpoint.',
      risk: 'Anyone who finds the URL can invoke the function.',
      remediation: {
        text: 'Set the URL auth type to AWS_IAM.',
        cli: 'aws lambda update-function-url-config --function-name <name> --auth-type AWS_IAM',
        cloudformation: 'Type: AWS::Lambda::Url\nProperties:\n  AuthType: AWS_IAM',
        terraform: 'resource "aws_lambda_function_url" "this" {\n  authorization_type = "AWS_IAM"\n}',
      },
      messages: { iam: 'The function URL of {{name}} requires AWS_IAM authentication.', none: 'The function URL of {{name}} is open to anyone.' },
    },
    evaluate: never,
  }),
  defineCheck({
    meta: {
      id: 'iam-role-no-admin-access',
      resourceType: 'iam.role',
      title: 'IAM role does not grant full administrator access',
      severity: 'medium',
      categories: ['least-privilege'],
      description: 'A role whose policies allow every action on every resource.',
      risk: 'Whoever can assume the role controls the account.',
      remediation: { text: 'Replace the policy with one scoped to what the role needs.', cli: 'aws iam detach-role-policy --role-name <name> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess' },
      messages: { admin: 'Role {{name}} has administrator access.' },
    },
    evaluate: never,
  }),
  defineCheck({
    meta: {
      id: 'kms-key-rotation-enabled',
      resourceType: 'kms.key',
      title: 'KMS key rotates its key material',
      severity: 'low',
      categories: ['encryption'],
      description: 'Automatic rotation of a customer managed key.',
      risk: 'A key that never rotates keeps protecting data with the same material for ever.',
      remediation: { text: 'Enable automatic key rotation.', cli: 'aws kms enable-key-rotation --key-id <key-id>', terraform: 'enable_key_rotation = true' },
      messages: { on: 'Key {{name}} rotates its key material.', off: 'Key {{name}} does not rotate its key material.' },
    },
    evaluate: never,
  }),
]
