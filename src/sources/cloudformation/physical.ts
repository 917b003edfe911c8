/**
 * What `Ref` and `Fn::GetAtt` return for a resource of the template, before it exists.
 *
 * The value is a stable placeholder in the shape AWS would return: the explicit name when
 * the template gives one, otherwise `<stack>-<LogicalId>` (CloudFormation appends a random
 * suffix we cannot know), wrapped in the ARN format of the type. Two references to the same
 * resource therefore compare equal, and an ARN joins the model resource that carries it.
 */
import type { TemplateResource } from './template.js'
import { asString, isUnresolved, Unresolved } from './values.js'

export interface PhysicalContext {
  accountId: string
  region: string
  partition: string
  stackName: string
  urlSuffix: string
  /** Resolved value of one top-level property of a resource (cycle-safe). */
  prop(res: TemplateResource, key: string): unknown
}

type Name = string | Unresolved

/** The resource's name: its name property when set, else `<stack>-<LogicalId>`. */
export function physicalName(ctx: PhysicalContext, res: TemplateResource, nameProp: string | undefined, lower = false): Name {
  if (nameProp && res.properties[nameProp] !== undefined) {
    const v = ctx.prop(res, nameProp)
    if (isUnresolved(v)) return v
    const s = asString(v)
    if (s !== undefined) return s
  }
  const generated = `${ctx.stackName}-${res.logicalId}`
  return lower ? generated.toLowerCase() : generated
}

const NAME_PROPERTY: Record<string, string> = {
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::IAM::Role': 'RoleName',
  'AWS::IAM::ManagedPolicy': 'ManagedPolicyName',
  'AWS::IAM::User': 'UserName',
  'AWS::IAM::Group': 'GroupName',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::S3::Bucket': 'BucketName',
  'AWS::DynamoDB::Table': 'TableName',
  'AWS::DAX::Cluster': 'ClusterName',
  'AWS::Kinesis::Stream': 'Name',
  'AWS::Events::Rule': 'Name',
  'AWS::Events::EventBus': 'Name',
  'AWS::CloudTrail::Trail': 'TrailName',
  'AWS::CloudWatch::Alarm': 'AlarmName',
  'AWS::SecretsManager::Secret': 'Name',
  'AWS::SSM::Parameter': 'Name',
  'AWS::StepFunctions::StateMachine': 'StateMachineName',
  'AWS::Lambda::LayerVersion': 'LayerName',
  'AWS::KMS::Alias': 'AliasName',
  'AWS::Cognito::UserPool': 'UserPoolName',
  'AWS::Scheduler::Schedule': 'Name',
}

/** EC2 resources are referenced by generated ids; the prefix makes the placeholder look like one. */
const EC2_ID_PREFIX: Record<string, string> = {
  'AWS::EC2::SecurityGroup': 'sg',
  'AWS::EC2::Subnet': 'subnet',
  'AWS::EC2::VPC': 'vpc',
  'AWS::EC2::RouteTable': 'rtb',
  'AWS::EC2::NatGateway': 'nat',
  'AWS::EC2::InternetGateway': 'igw',
  'AWS::EC2::VPCEndpoint': 'vpce',
  'AWS::EC2::NetworkAcl': 'acl',
  'AWS::EC2::EIP': 'eipalloc',
  'AWS::EC2::EgressOnlyInternetGateway': 'eigw',
  'AWS::EC2::TransitGateway': 'tgw',
  'AWS::EC2::Instance': 'i',
}

/** Placeholder id of an EC2 resource: `sg-<stack>-<LogicalId>`. */
export function ec2Id(ctx: PhysicalContext, res: TemplateResource): string {
  return `${EC2_ID_PREFIX[res.type] ?? 'id'}-${ctx.stackName}-${res.logicalId}`
}

export function nameOf(ctx: PhysicalContext, res: TemplateResource): Name {
  if (res.type === 'AWS::S3::Bucket') return physicalName(ctx, res, 'BucketName', true)
  if (res.type === 'AWS::SQS::Queue') {
    const n = physicalName(ctx, res, 'QueueName')
    // FIFO queue names must end in .fifo; CloudFormation adds it to generated names.
    if (typeof n === 'string' && res.properties.QueueName === undefined && ctx.prop(res, 'FifoQueue') === true) return `${n}.fifo`
    return n
  }
  return physicalName(ctx, res, NAME_PROPERTY[res.type])
}

const map = (n: Name, f: (s: string) => string): Name => (isUnresolved(n) ? n : f(n))

function arn(ctx: PhysicalContext, service: string, resource: string, regional = true): string {
  return `arn:${ctx.partition}:${service}:${regional ? ctx.region : ''}:${service === 's3' ? '' : ctx.accountId}:${resource}`
}

function iamPath(ctx: PhysicalContext, res: TemplateResource): string | Unresolved {
  if (res.properties.Path === undefined) return '/'
  const p = ctx.prop(res, 'Path')
  return isUnresolved(p) ? p : (asString(p) ?? '/')
}

/** What `Ref` returns. */
export function refValue(ctx: PhysicalContext, res: TemplateResource): unknown {
  if (EC2_ID_PREFIX[res.type]) return ec2Id(ctx, res)
  const name = nameOf(ctx, res)
  switch (res.type) {
    case 'AWS::IAM::ManagedPolicy':
      return managedPolicyArn(ctx, res, name)
    case 'AWS::SQS::Queue':
      return map(name, (n) => `https://sqs.${ctx.region}.${ctx.urlSuffix}/${ctx.accountId}/${n}`)
    case 'AWS::SNS::Topic':
      return map(name, (n) => arn(ctx, 'sns', n))
    case 'AWS::KMS::Key':
      return `${ctx.stackName}-${res.logicalId}`
    case 'AWS::Lambda::LayerVersion':
      return map(name, (n) => arn(ctx, 'lambda', `layer:${n}:1`))
    case 'AWS::Lambda::Alias':
    case 'AWS::Lambda::Version':
      return qualifiedFunctionArn(ctx, res)
    case 'AWS::SecretsManager::Secret':
      return map(name, (n) => arn(ctx, 'secretsmanager', `secret:${n}`))
    case 'AWS::StepFunctions::StateMachine':
      return map(name, (n) => arn(ctx, 'states', `stateMachine:${n}`))
    case 'AWS::CodeSigningConfig':
    case 'AWS::Lambda::CodeSigningConfig':
      return arn(ctx, 'lambda', `code-signing-config:csc-${ctx.stackName}-${res.logicalId}`)
    case 'AWS::ApiGateway::RestApi':
    case 'AWS::ApiGatewayV2::Api':
    case 'AWS::Serverless::Api':
    case 'AWS::Serverless::HttpApi':
    case 'AWS::Cognito::UserPool':
      return `${ctx.stackName}-${res.logicalId}`
    default:
      return name
  }
}

function managedPolicyArn(ctx: PhysicalContext, res: TemplateResource, name: Name): Name {
  const path = iamPath(ctx, res)
  if (isUnresolved(path)) return path
  return map(name, (n) => `arn:${ctx.partition}:iam::${ctx.accountId}:policy${path}${n}`)
}

function qualifiedFunctionArn(ctx: PhysicalContext, res: TemplateResource): unknown {
  const fn = ctx.prop(res, 'FunctionName')
  if (isUnresolved(fn)) return fn
  const f = asString(fn)
  if (f === undefined) return new Unresolved(`${res.logicalId}.FunctionName`)
  const base = f.startsWith('arn:') ? f : arn(ctx, 'lambda', `function:${f}`)
  if (res.type === 'AWS::Lambda::Version') return `${base}:1`
  const alias = ctx.prop(res, 'Name')
  return isUnresolved(alias) ? alias : `${base}:${asString(alias) ?? res.logicalId}`
}

/** What `Fn::GetAtt` returns for a known attribute, else a placeholder naming it. */
export function getAttValue(ctx: PhysicalContext, res: TemplateResource, attr: string): unknown {
  // Nested stack outputs and custom resource attributes are computed at deploy time.
  if (res.type === 'AWS::CloudFormation::Stack' || res.type === 'AWS::Serverless::Application') return new Unresolved(`!GetAtt ${res.logicalId}.${attr} (an output of a nested stack)`)
  if (res.type.startsWith('Custom::') || res.type === 'AWS::CloudFormation::CustomResource') return new Unresolved(`!GetAtt ${res.logicalId}.${attr} (returned by a custom resource at deploy time)`)
  const name = nameOf(ctx, res)
  const known = knownAttribute(ctx, res, attr, name)
  if (known !== undefined) return known
  if (attr === 'Arn') {
    const service = res.type.split('::')[1]?.toLowerCase() ?? 'unknown'
    return map(name, (n) => arn(ctx, service, n))
  }
  return `${ctx.stackName}-${res.logicalId}.${attr}`
}

function knownAttribute(ctx: PhysicalContext, res: TemplateResource, attr: string, name: Name): unknown {
  switch (res.type) {
    case 'AWS::Lambda::Function':
      if (attr === 'Arn') return map(name, (n) => arn(ctx, 'lambda', `function:${n}`))
      break
    case 'AWS::IAM::Role': {
      if (attr === 'Arn') {
        const path = iamPath(ctx, res)
        if (isUnresolved(path)) return path
        return map(name, (n) => `arn:${ctx.partition}:iam::${ctx.accountId}:role${path}${n}`)
      }
      if (attr === 'RoleId') return `AROA${ctx.stackName}${res.logicalId}`.toUpperCase().slice(0, 21)
      break
    }
    case 'AWS::IAM::ManagedPolicy':
      if (attr === 'PolicyArn') return managedPolicyArn(ctx, res, name)
      break
    case 'AWS::SQS::Queue':
      if (attr === 'Arn') return map(name, (n) => arn(ctx, 'sqs', n))
      if (attr === 'QueueName') return name
      if (attr === 'QueueUrl') return refValue(ctx, res)
      break
    case 'AWS::SNS::Topic':
      if (attr === 'TopicArn') return refValue(ctx, res)
      if (attr === 'TopicName') return name
      break
    case 'AWS::KMS::Key':
      if (attr === 'Arn') return arn(ctx, 'kms', `key/${refValue(ctx, res) as string}`)
      if (attr === 'KeyId') return refValue(ctx, res)
      break
    case 'AWS::Logs::LogGroup':
      if (attr === 'Arn') return map(name, (n) => arn(ctx, 'logs', `log-group:${n}:*`))
      break
    case 'AWS::S3::Bucket':
      if (attr === 'Arn') return map(name, (n) => `arn:${ctx.partition}:s3:::${n}`)
      if (attr === 'DomainName') return map(name, (n) => `${n}.s3.${ctx.urlSuffix}`)
      break
    case 'AWS::DynamoDB::Table':
      if (attr === 'Arn') return map(name, (n) => arn(ctx, 'dynamodb', `table/${n}`))
      if (attr === 'StreamArn') return map(name, (n) => arn(ctx, 'dynamodb', `table/${n}/stream/${ctx.stackName}`))
      break
    case 'AWS::DAX::Cluster':
      if (attr === 'Arn') return map(name, (n) => arn(ctx, 'dax', `cache/${n}`))
      break
    case 'AWS::Kinesis::Stream':
      if (attr === 'Arn') return map(name, (n) => arn(ctx, 'kinesis', `stream/${n}`))
      break
    case 'AWS::Events::Rule':
      if (attr === 'Arn') return map(name, (n) => arn(ctx, 'events', `rule/${n}`))
      break
    case 'AWS::Events::EventBus':
      if (attr === 'Arn') return map(name, (n) => arn(ctx, 'events', `event-bus/${n}`))
      break
    case 'AWS::CloudTrail::Trail':
      if (attr === 'Arn') return map(name, (n) => arn(ctx, 'cloudtrail', `trail/${n}`))
      break
    case 'AWS::CloudWatch::Alarm':
      if (attr === 'Arn') return map(name, (n) => arn(ctx, 'cloudwatch', `alarm:${n}`))
      break
    case 'AWS::StepFunctions::StateMachine':
      if (attr === 'Arn') return refValue(ctx, res)
      break
    case 'AWS::Lambda::CodeSigningConfig':
      // GetAtt CodeSigningConfigArn is the same ARN as Ref.
      if (attr === 'CodeSigningConfigArn') return refValue(ctx, res)
      break
    case 'AWS::Cognito::UserPool':
      if (attr === 'Arn') return arn(ctx, 'cognito-idp', `userpool/${refValue(ctx, res) as string}`)
      break
    case 'AWS::Lambda::Url':
      if (attr === 'FunctionUrl') return `https://${ctx.stackName}-${res.logicalId}.lambda-url.${ctx.region}.on.aws/`.toLowerCase()
      if (attr === 'FunctionArn') return ctx.prop(res, 'TargetFunctionArn')
      break
    case 'AWS::EC2::SecurityGroup':
      if (attr === 'GroupId') return ec2Id(ctx, res)
      if (attr === 'VpcId') return ctx.prop(res, 'VpcId')
      break
    case 'AWS::EC2::Subnet':
      if (attr === 'SubnetId') return ec2Id(ctx, res)
      if (attr === 'VpcId') return ctx.prop(res, 'VpcId')
      if (attr === 'AvailabilityZone') return ctx.prop(res, 'AvailabilityZone')
      break
    case 'AWS::EC2::VPC':
      if (attr === 'VpcId') return ec2Id(ctx, res)
      if (attr === 'CidrBlock') return ctx.prop(res, 'CidrBlock')
      if (attr === 'DefaultSecurityGroup') return `sg-${ctx.stackName}-${res.logicalId}-default`
      break
    case 'AWS::ApiGateway::RestApi':
    case 'AWS::Serverless::Api':
      if (attr === 'RootResourceId') return `${ctx.stackName}-${res.logicalId}-root`
      break
  }
  return undefined
}
