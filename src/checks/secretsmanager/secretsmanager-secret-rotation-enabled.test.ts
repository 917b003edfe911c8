import check from './secretsmanager-secret-rotation-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { REGION, secret } from '../../../test/factories/index.js'

// Scan time 2026-11-27 (TEST_NOW); the factory secret rotates every 30 days, last on 2026-11-20.
const lastRotated = (iso: string) => ({ lastRotatedDate: iso })

testCheck(check, {
  valid: [
    { name: 'rotated a week ago, every 30 days', resource: secret() },
    { name: 'due today, inside the grace period', resource: secret(lastRotated('2026-10-27T00:00:00.000Z')) },
    { name: 'two days late: the default grace', resource: secret(lastRotated('2026-10-26T00:00:00.000Z')) },
    { name: 'weekly cron, rotated five days ago', resource: secret({ rotationRules: { scheduleExpression: 'cron(0 8 ? * MON *)' }, ...lastRotated('2026-11-22T08:00:00.000Z') }) },
    { name: 'new secret whose first rotation is not due', resource: secret({ lastRotatedDate: undefined, createdDate: '2026-11-10T00:00:00.000Z' }) },
    { name: 'declared in a template with a schedule (no history yet)', resource: secret({ lastRotatedDate: undefined, createdDate: undefined, location: { file: 'template.yaml', startLine: 3, address: 'Secret' } }) },
  ],
  invalid: [
    { name: 'rotation disabled', resource: secret({ rotationEnabled: false, rotationRules: undefined, rotationLambdaArn: undefined }), messageId: 'disabled', at: 'rotationEnabled' },
    { name: 'three days past the 30-day interval', resource: secret(lastRotated('2026-10-25T00:00:00.000Z')), messageId: 'overdue', at: 'lastRotatedDate' },
    { name: 'no grace when graceDays is 0', resource: secret(lastRotated('2026-10-26T00:00:00.000Z')), options: { graceDays: 0 }, messageId: 'overdue' },
    { name: 'rate(7 days) last rotated a month ago', resource: secret({ rotationRules: { scheduleExpression: 'rate(7 days)' }, ...lastRotated('2026-10-27T00:00:00.000Z') }), messageId: 'overdue' },
    { name: 'enabled a year ago, never rotated', resource: secret({ lastRotatedDate: undefined, createdDate: '2025-11-01T00:00:00.000Z' }), messageId: 'neverRotated' },
  ],
  unknown: [
    { name: 'secrets could not be listed', resource: secret(), gaps: [{ resourceType: 'secretsmanager.secret', region: REGION, code: 'AccessDenied', message: 'secretsmanager:ListSecrets denied' }] },
    { name: 'a cron schedule with a month range', resource: secret({ rotationRules: { scheduleExpression: 'cron(0 8 1 JAN-MAR ? *)' } }) },
    { name: 'never rotated, creation date unknown', resource: secret({ lastRotatedDate: undefined, createdDate: undefined }) },
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
