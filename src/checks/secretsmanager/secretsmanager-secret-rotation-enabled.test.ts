import check from './secretsmanager-secret-rotation-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { REGION, secret } from '../../../test/factories/index.js'

// The factory secret rotates every 30 days.
testCheck(check, {
  valid: [
    { name: 'rotates every 30 days', resource: secret() },
    { name: 'long overdue still has rotation enabled (the succeeding check judges that)', resource: secret({ lastRotatedDate: '2025-01-01T00:00:00.000Z' }) },
    { name: 'rate(30 days) within a 30-day limit', resource: secret({ rotationRules: { scheduleExpression: 'rate(30 days)' } }), options: { maximumAllowedRotationFrequency: 30 } },
    { name: 'weekly cron within a 30-day limit', resource: secret({ rotationRules: { scheduleExpression: 'cron(0 8 ? * MON *)' } }), options: { maximumAllowedRotationFrequency: 30 } },
    { name: 'an unbounded cron needs no bound without a limit', resource: secret({ rotationRules: { scheduleExpression: 'cron(0 8 1 JAN-MAR ? *)' } }) },
    { name: 'declared in a template with a schedule', resource: secret({ lastRotatedDate: undefined, createdDate: undefined, location: { file: 'template.yaml', startLine: 3, address: 'Secret' } }) },
  ],
  invalid: [
    { name: 'rotation disabled', resource: secret({ rotationEnabled: false, rotationRules: undefined, rotationLambdaArn: undefined }), messageId: 'disabled', at: 'rotationEnabled' },
    { name: '90-day schedule over a 30-day limit', resource: secret({ rotationRules: { automaticallyAfterDays: 90 } }), options: { maximumAllowedRotationFrequency: 30 }, messageId: 'tooInfrequent', at: 'rotationRules' },
    { name: 'rotation disabled, with a limit', resource: secret({ rotationEnabled: false, rotationRules: undefined }), options: { maximumAllowedRotationFrequency: 30 }, messageId: 'disabled' },
  ],
  unknown: [
    { name: 'secrets could not be listed', resource: secret(), gaps: [{ resourceType: 'secretsmanager.secret', region: REGION, code: 'AccessDenied', message: 'secretsmanager:ListSecrets denied' }] },
    { name: 'a cron schedule with a month range against a limit', resource: secret({ rotationRules: { scheduleExpression: 'cron(0 8 1 JAN-MAR ? *)' } }), options: { maximumAllowedRotationFrequency: 30 } },
    { name: 'the rotation link in a template is unresolved', resource: secret({ rotationEnabled: false, unresolved: { rotationEnabled: 'Rotation names its secret by !ImportValue' } }) },
  ],
  iac: {
    cloudformation: {
      good: [
        `Secret:
  Type: AWS::SecretsManager::Secret
  Properties:
    Name: orders/db
    GenerateSecretString: { SecretStringTemplate: '{"username":"app"}', GenerateStringKey: password }
Rotation:
  Type: AWS::SecretsManager::RotationSchedule
  Properties:
    SecretId: !Ref Secret
    RotationLambdaARN: arn:aws:lambda:us-east-1:111122223333:function:rotate-orders-db
    RotationRules: { ScheduleExpression: rate(30 days) }
`,
        `Secret:
  Type: AWS::SecretsManager::Secret
  Properties: { Name: orders/api }
Rotation:
  Type: AWS::SecretsManager::RotationSchedule
  Properties:
    SecretId: orders/api
    RotationLambdaARN: arn:aws:lambda:us-east-1:111122223333:function:rotate-api
    RotationRules: { AutomaticallyAfterDays: 60 }
`,
      ],
      bad: [
        'Secret:\n  Type: AWS::SecretsManager::Secret\n  Properties: { Name: orders/db }\n',
        `Secret:
  Type: AWS::SecretsManager::Secret
  Properties: { Name: orders/db }
Other:
  Type: AWS::SecretsManager::Secret
  Properties: { Name: orders/other }
Rotation:
  Type: AWS::SecretsManager::RotationSchedule
  Properties:
    SecretId: !Ref Other
    RotationLambdaARN: arn:aws:lambda:us-east-1:111122223333:function:rotate
    RotationRules: { AutomaticallyAfterDays: 30 }
`,
      ],
    },
    terraform: {
      good: [
        `
resource "aws_secretsmanager_secret" "db" {
  name = "orders/db"
}
resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:rotate-orders-db"
  rotation_rules {
    automatically_after_days = 30
  }
}
`,
      ],
      bad: [
        `
resource "aws_secretsmanager_secret" "db" {
  name = "orders/db"
}
`,
      ],
    },
  },
})
