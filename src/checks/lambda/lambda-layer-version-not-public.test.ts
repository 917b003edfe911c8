import check from './lambda-layer-version-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, REGION, lambdaLayer } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const layerArn = `arn:aws:lambda:${REGION}:${ACCOUNT}:layer:shared`
const grant = (over: Partial<PolicyStatement> = {}): PolicyStatement => ({ Sid: 'share', Effect: 'Allow', Principal: '*', Action: 'lambda:GetLayerVersion', Resource: `${layerArn}:1`, ...over })
const withPolicy = (...statements: PolicyStatement[]) => lambdaLayer({ versions: [{ version: 1, arn: `${layerArn}:1`, compatibleRuntimes: [], policy: { Version: '2012-10-17', Statement: statements } }] })

testCheck(check, {
  valid: [
    { name: 'no layer version policy', resource: lambdaLayer() },
    { name: 'shared with one account', resource: withPolicy(grant({ Principal: { AWS: 'arn:aws:iam::444455556666:root' } })) },
    { name: 'shared with the organisation (aws:PrincipalOrgID)', resource: withPolicy(grant({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } })) },
  ],
  invalid: [
    { name: 'lambda:GetLayerVersion for "*"', resource: withPolicy(grant()), messageId: 'public', at: 'versions.0.policy' },
    { name: 'a wildcard action for "*"', resource: withPolicy(grant({ Action: 'lambda:*' })), messageId: 'public' },
    {
      name: 'only the older of two versions is public',
      resource: lambdaLayer({
        versions: [
          { version: 1, arn: `${layerArn}:1`, compatibleRuntimes: [], policy: { Version: '2012-10-17', Statement: [grant()] } },
          { version: 2, arn: `${layerArn}:2`, compatibleRuntimes: [], policy: null },
        ],
      }),
      messageId: 'public',
      at: 'versions.0.policy',
      count: 1,
    },
  ],
  unknown: [
    { name: 'a version policy could not be read', resource: lambdaLayer({ unresolved: { 'versions.0.policy': 'AccessDenied (lambda:GetLayerVersionPolicy)' } }) },
    { name: 'layers could not be listed', resource: lambdaLayer(), gaps: [{ resourceType: 'lambda.layer', region: REGION, code: 'AccessDenied', message: 'lambda:ListLayers denied' }] },
  ],
  iac: {
    terraform: {
      good: [
        // No permission: only the own account can use the layer.
        `
resource "aws_lambda_layer_version" "shared" {
  layer_name = "shared"
  filename   = "shared.zip"
}
`,
        `
resource "aws_lambda_layer_version" "shared" {
  layer_name = "shared"
  filename   = "shared.zip"
}
resource "aws_lambda_layer_version_permission" "share" {
  layer_name     = aws_lambda_layer_version.shared.layer_arn
  version_number = aws_lambda_layer_version.shared.version
  statement_id   = "share"
  action         = "lambda:GetLayerVersion"
  principal       = "*"
  organization_id = "o-abc123def4"
}
`,
      ],
      bad: [
        // Any AWS account can use the layer.
        `
resource "aws_lambda_layer_version" "shared" {
  layer_name = "shared"
  filename   = "shared.zip"
}
resource "aws_lambda_layer_version_permission" "share" {
  layer_name     = aws_lambda_layer_version.shared.layer_arn
  version_number = aws_lambda_layer_version.shared.version
  statement_id   = "share"
  action         = "lambda:GetLayerVersion"
  principal      = "*"
}
`,
      ],
    },
    cloudformation: {
      good: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { Runtime: nodejs22.x, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, Layers: [!Ref Layer] }
Layer:
  Type: AWS::Lambda::LayerVersion
  Properties: { LayerName: shared, Content: { S3Bucket: b, S3Key: k } }
Share:
  Type: AWS::Lambda::LayerVersionPermission
  Properties: { LayerVersionArn: !Ref Layer, Action: lambda:GetLayerVersion, Principal: '*', OrganizationId: o-abc123def4 }
`,
      ],
      bad: [
        `
Fn:
  Type: AWS::Lambda::Function
  Properties: { Runtime: nodejs22.x, Handler: index.handler, Role: arn:aws:iam::123456789012:role/fn, Code: { ZipFile: x }, Layers: [!Ref Layer] }
Layer:
  Type: AWS::Lambda::LayerVersion
  Properties: { LayerName: shared, Content: { S3Bucket: b, S3Key: k } }
Share:
  Type: AWS::Lambda::LayerVersionPermission
  Properties: { LayerVersionArn: !Ref Layer, Action: lambda:GetLayerVersion, Principal: '*' }
`,
      ],
    },
  },
})
