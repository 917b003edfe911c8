/**
 * The GuardDuty, Secrets Manager, SSM parameter and IAM user/group adapters of both IaC sources:
 * the AWS defaults they apply, the joins of separately declared resources, and unresolved values
 * that must reach the model as `unresolved` rather than as a guess.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { ResourceOf, ResourceType } from '../../src/model/resource-types.js'
import type { IacScan } from '../../src/sources/iac/load.js'
import { asTemplate, loadSnippet } from './snippets.js'
import { loadTerraform } from './terraform/snippets.js'

function only<T extends ResourceType>(scan: IacScan, type: T): ResourceOf<T> {
  const list = (scan.inventory.resources[type] ?? []) as ResourceOf<T>[]
  assert.equal(list.length, 1, `expected one ${type}, got ${list.length}`)
  return list[0]!
}
const statusOf = (d: ResourceOf<'guardduty.detector'>) => Object.fromEntries(d.features.map((f) => [f.name, f.status]))

describe('GuardDuty detector adapters', () => {
  it('CloudFormation: every plan but Runtime Monitoring on by default; DataSources and Features override', () => {
    const plain = only(loadSnippet(asTemplate('Type: AWS::GuardDuty::Detector\nProperties: { Enable: true }\n')), 'guardduty.detector')
    assert.equal(plain.enabled, true)
    assert.deepEqual(statusOf(plain), { S3_DATA_EVENTS: 'ENABLED', EKS_AUDIT_LOGS: 'ENABLED', EBS_MALWARE_PROTECTION: 'ENABLED', RDS_LOGIN_EVENTS: 'ENABLED', LAMBDA_NETWORK_LOGS: 'ENABLED', RUNTIME_MONITORING: 'DISABLED' })
    const tuned = only(
      loadSnippet(asTemplate('Type: AWS::GuardDuty::Detector\nProperties:\n  Enable: true\n  DataSources: { S3Logs: { Enable: false } }\n  Features: [{ Name: RUNTIME_MONITORING, Status: ENABLED }, { Name: RDS_LOGIN_EVENTS, Status: DISABLED }]\n')),
      'guardduty.detector',
    )
    assert.equal(statusOf(tuned).S3_DATA_EVENTS, 'DISABLED')
    assert.equal(statusOf(tuned).RUNTIME_MONITORING, 'ENABLED')
    assert.equal(statusOf(tuned).RDS_LOGIN_EVENTS, 'DISABLED')
  })

  it('Terraform: enable defaults to true; feature resources join their detector; unknown status is unresolved', () => {
    const d = only(loadTerraform('resource "aws_guardduty_detector" "d" {}\nresource "aws_guardduty_detector_feature" "f" {\n  detector_id = aws_guardduty_detector.d.id\n  name        = "LAMBDA_NETWORK_LOGS"\n  status      = "DISABLED"\n}\n'), 'guardduty.detector')
    assert.equal(d.enabled, true)
    assert.equal(statusOf(d).LAMBDA_NETWORK_LOGS, 'DISABLED')
    const u = only(loadTerraform('variable "s" {\n  type = string\n}\nresource "aws_guardduty_detector" "d" {}\nresource "aws_guardduty_detector_feature" "f" {\n  detector_id = aws_guardduty_detector.d.id\n  name        = "S3_DATA_EVENTS"\n  status      = var.s\n}\n'), 'guardduty.detector')
    assert.ok(u.unresolved?.features)
  })
})

describe('Secrets Manager secret adapters', () => {
  it('CloudFormation: rotation, policy and key come from the resources that name the secret', () => {
    const s = only(
      loadSnippet(
        'Resources:\n  S:\n    Type: AWS::SecretsManager::Secret\n    Properties: { Name: orders/db, KmsKeyId: alias/app }\n  R:\n    Type: AWS::SecretsManager::RotationSchedule\n    Properties: { SecretId: !Ref S, RotationLambdaARN: arn:aws:lambda:us-east-1:111122223333:function:rot, RotationRules: { AutomaticallyAfterDays: 30 } }\n',
      ),
      'secretsmanager.secret',
    )
    assert.equal(s.rotationEnabled, true)
    assert.deepEqual(s.rotationRules, { automaticallyAfterDays: 30 })
    assert.equal(s.kmsKeyId, 'alias/app')
    assert.equal(s.policy, null)
  })

  it('a rotation schedule naming its secret by an unresolved parameter leaves rotation unresolved', () => {
    const s = only(loadSnippet('Parameters:\n  Id: { Type: String }\nResources:\n  S:\n    Type: AWS::SecretsManager::Secret\n  R:\n    Type: AWS::SecretsManager::RotationSchedule\n    Properties: { SecretId: !Ref Id }\n'), 'secretsmanager.secret')
    assert.ok(s.unresolved?.rotationEnabled)
  })

  it('Terraform: no rotation resource means no rotation; a rotation resource joins by id', () => {
    assert.equal(only(loadTerraform('resource "aws_secretsmanager_secret" "s" {\n  name = "a"\n}\n'), 'secretsmanager.secret').rotationEnabled, false)
    const s = only(loadTerraform('resource "aws_secretsmanager_secret" "s" {\n  name = "a"\n}\nresource "aws_secretsmanager_secret_rotation" "r" {\n  secret_id = aws_secretsmanager_secret.s.id\n  rotation_rules {\n    schedule_expression = "rate(10 days)"\n  }\n}\n'), 'secretsmanager.secret')
    assert.equal(s.rotationEnabled, true)
    assert.equal(s.rotationRules?.scheduleExpression, 'rate(10 days)')
  })
})

describe('SSM parameter adapters', () => {
  it('CloudFormation parameters are String or StringList; Terraform keeps the declared type and key', () => {
    assert.equal(only(loadSnippet(asTemplate('Type: AWS::SSM::Parameter\nProperties: { Name: /a/b, Type: String, Value: x }\n')), 'ssm.parameter').type, 'String')
    const p = only(loadTerraform('resource "aws_ssm_parameter" "p" {\n  name   = "/a/token"\n  type   = "SecureString"\n  key_id = "alias/params"\n  value  = "x"\n}\n'), 'ssm.parameter')
    assert.equal(p.type, 'SecureString')
    assert.equal(p.keyId, 'alias/params')
    assert.equal(p.name, '/a/token')
  })
})

describe('IAM user and group adapters', () => {
  it('CloudFormation: group membership, stand-alone policies and managed policy attachments reach the principals', () => {
    const scan = loadSnippet(
      "Resources:\n  G:\n    Type: AWS::IAM::Group\n    Properties: { GroupName: devs }\n  U:\n    Type: AWS::IAM::User\n    Properties: { UserName: alice, Groups: [!Ref G] }\n  P:\n    Type: AWS::IAM::Policy\n    Properties: { PolicyName: p, Groups: [!Ref G], PolicyDocument: { Statement: [{ Effect: Allow, Action: 's3:GetObject', Resource: '*' }] } }\n  M:\n    Type: AWS::IAM::ManagedPolicy\n    Properties: { Users: [!Ref U], PolicyDocument: { Statement: [{ Effect: Allow, Action: 'sqs:*', Resource: '*' }] } }\n",
    )
    const u = only(scan, 'iam.user')
    const g = only(scan, 'iam.group')
    assert.deepEqual(u.groups, ['devs'])
    assert.equal(u.attachedPolicies.length, 1)
    assert.deepEqual(g.inlinePolicies.map((p) => p.name), ['p'])
  })

  it('Terraform: memberships and attachments join; an unknown user name marks every user', () => {
    const scan = loadTerraform(
      'resource "aws_iam_group" "g" {\n  name = "devs"\n}\nresource "aws_iam_user" "u" {\n  name = "alice"\n}\nresource "aws_iam_user_group_membership" "m" {\n  user   = aws_iam_user.u.name\n  groups = [aws_iam_group.g.name]\n}\nresource "aws_iam_user_policy_attachment" "a" {\n  user       = aws_iam_user.u.name\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"\n}\n',
    )
    const u = only(scan, 'iam.user')
    assert.deepEqual(u.groups, ['devs'])
    assert.deepEqual(u.attachedPolicies.map((p) => p.name), ['ReadOnlyAccess'])
    const unknown = only(loadTerraform('variable "who" {\n  type = string\n}\nresource "aws_iam_user" "u" {\n  name = "alice"\n}\nresource "aws_iam_user_policy" "p" {\n  user   = var.who\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })\n}\n'), 'iam.user')
    assert.ok(unknown.unresolved?.inlinePolicies)
  })
})
