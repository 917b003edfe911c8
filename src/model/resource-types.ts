import type { IamGroup, IamManagedPolicy, IamRole, IamUser } from './iam.js'
import type { LambdaCodeSigningConfig, LambdaFunction, LambdaLayer } from './lambda.js'
import type { NatGateway, RouteTable, SecurityGroup, Subnet, Vpc } from './ec2.js'
import type { CloudTrailTrail, KmsKey, LogGroup, MetricAlarm, SnsTopic, SqsQueue } from './monitoring.js'

/** Every normalized resource type, by its id. The id is the key checks and collectors use. */
export interface ResourceTypeMap {
  'lambda.function': LambdaFunction
  'lambda.layer': LambdaLayer
  'lambda.code-signing-config': LambdaCodeSigningConfig
  'iam.role': IamRole
  'iam.user': IamUser
  'iam.group': IamGroup
  'iam.policy': IamManagedPolicy
  'ec2.vpc': Vpc
  'ec2.subnet': Subnet
  'ec2.route-table': RouteTable
  'ec2.security-group': SecurityGroup
  'ec2.nat-gateway': NatGateway
  'kms.key': KmsKey
  'cloudtrail.trail': CloudTrailTrail
  'cloudwatch.alarm': MetricAlarm
  'logs.log-group': LogGroup
  'sqs.queue': SqsQueue
  'sns.topic': SnsTopic
}

export type ResourceType = keyof ResourceTypeMap
export type ResourceOf<T extends ResourceType> = ResourceTypeMap[T]
export type AnyResource = ResourceTypeMap[ResourceType]

export interface ResourceTypeInfo {
  /** `global` resources are collected once per scan, not once per region. */
  scope: 'regional' | 'global'
  cloudformation?: string
  terraform?: string
  /** Resource type name in AWS Security Finding Format. */
  asff: string
}

/** How each normalized type maps onto CloudFormation, Terraform and ASFF. */
export const RESOURCE_TYPES: Record<ResourceType, ResourceTypeInfo> = {
  'lambda.function': { scope: 'regional', cloudformation: 'AWS::Lambda::Function', terraform: 'aws_lambda_function', asff: 'AwsLambdaFunction' },
  'lambda.layer': { scope: 'regional', cloudformation: 'AWS::Lambda::LayerVersion', terraform: 'aws_lambda_layer_version', asff: 'AwsLambdaLayerVersion' },
  'lambda.code-signing-config': { scope: 'regional', cloudformation: 'AWS::Lambda::CodeSigningConfig', terraform: 'aws_lambda_code_signing_config', asff: 'Other' },
  'iam.role': { scope: 'global', cloudformation: 'AWS::IAM::Role', terraform: 'aws_iam_role', asff: 'AwsIamRole' },
  'iam.user': { scope: 'global', cloudformation: 'AWS::IAM::User', terraform: 'aws_iam_user', asff: 'AwsIamUser' },
  'iam.group': { scope: 'global', cloudformation: 'AWS::IAM::Group', terraform: 'aws_iam_group', asff: 'AwsIamGroup' },
  'iam.policy': { scope: 'global', cloudformation: 'AWS::IAM::ManagedPolicy', terraform: 'aws_iam_policy', asff: 'AwsIamPolicy' },
  'ec2.vpc': { scope: 'regional', cloudformation: 'AWS::EC2::VPC', terraform: 'aws_vpc', asff: 'AwsEc2Vpc' },
  'ec2.subnet': { scope: 'regional', cloudformation: 'AWS::EC2::Subnet', terraform: 'aws_subnet', asff: 'AwsEc2Subnet' },
  'ec2.route-table': { scope: 'regional', cloudformation: 'AWS::EC2::RouteTable', terraform: 'aws_route_table', asff: 'AwsEc2RouteTable' },
  'ec2.security-group': { scope: 'regional', cloudformation: 'AWS::EC2::SecurityGroup', terraform: 'aws_security_group', asff: 'AwsEc2SecurityGroup' },
  'ec2.nat-gateway': { scope: 'regional', cloudformation: 'AWS::EC2::NatGateway', terraform: 'aws_nat_gateway', asff: 'Other' },
  'kms.key': { scope: 'regional', cloudformation: 'AWS::KMS::Key', terraform: 'aws_kms_key', asff: 'AwsKmsKey' },
  'cloudtrail.trail': { scope: 'regional', cloudformation: 'AWS::CloudTrail::Trail', terraform: 'aws_cloudtrail', asff: 'AwsCloudTrailTrail' },
  'cloudwatch.alarm': { scope: 'regional', cloudformation: 'AWS::CloudWatch::Alarm', terraform: 'aws_cloudwatch_metric_alarm', asff: 'AwsCloudWatchAlarm' },
  'logs.log-group': { scope: 'regional', cloudformation: 'AWS::Logs::LogGroup', terraform: 'aws_cloudwatch_log_group', asff: 'Other' },
  'sqs.queue': { scope: 'regional', cloudformation: 'AWS::SQS::Queue', terraform: 'aws_sqs_queue', asff: 'AwsSqsQueue' },
  'sns.topic': { scope: 'regional', cloudformation: 'AWS::SNS::Topic', terraform: 'aws_sns_topic', asff: 'AwsSnsTopic' },
}

export const RESOURCE_TYPE_IDS = Object.keys(RESOURCE_TYPES) as ResourceType[]

export function isResourceType(value: string): value is ResourceType {
  return Object.hasOwn(RESOURCE_TYPES, value)
}
