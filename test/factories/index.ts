/**
 * Secure-by-default resource builders: every factory returns a resource that passes every
 * check, so a test case states only what differs.
 */
import type { LambdaFunction, LambdaLayer, LambdaCodeSigningConfig } from '../../src/model/lambda.js'
import type { IamRole, IamManagedPolicy, IamUser, IamGroup } from '../../src/model/iam.js'
import type { RouteTable, SecurityGroup, Subnet, Vpc, NatGateway } from '../../src/model/ec2.js'
import type { CloudTrailTrail, KmsKey, LogGroup, MetricAlarm, SnsTopic, SqsQueue } from '../../src/model/monitoring.js'
import type { PolicyDocument } from '../../src/model/common.js'
import type { ApiGatewayRoute } from '../../src/model/apigateway.js'
import type { VpcEndpoint } from '../../src/model/ec2.js'
import type { AccountRegion } from '../../src/model/account.js'
import type { GuardDutyDetector } from '../../src/model/guardduty.js'
import type { SecretsManagerSecret } from '../../src/model/secretsmanager.js'
import type { SsmParameter } from '../../src/model/ssm.js'

export const ACCOUNT = '111122223333'
export const REGION = 'us-east-1'

type Partial2<T> = { [K in keyof T]?: T[K] }

export const fnArn = (name: string) => `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${name}`
export const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`
export const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`

export const LAMBDA_TRUST: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
}

export function lambdaFunction(over: Partial2<LambdaFunction> = {}): LambdaFunction {
  const name = over.name ?? 'orders'
  return {
    id: fnArn(name),
    arn: fnArn(name),
    name,
    accountId: ACCOUNT,
    region: REGION,
    tags: { owner: 'team-a' },
    runtime: 'nodejs22.x',
    packageType: 'Zip',
    handler: 'index.handler',
    role: roleArn(`${name}-role`),
    architectures: ['arm64'],
    memorySize: 256,
    timeout: 10,
    environment: { TABLE_NAME: 'orders' },
    kmsKeyArn: keyArn('1234abcd-12ab-34cd-56ef-1234567890ab'),
    vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-1'] },
    deadLetterTargetArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}-dlq`,
    tracingMode: 'Active',
    layers: [],
    logging: { logGroup: `/aws/lambda/${name}`, logFormat: 'JSON' },
    codeSha256: 'abc=',
    policy: null,
    url: null,
    codeSigningConfigArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:code-signing-config:csc-1`,
    reservedConcurrency: 10,
    eventInvokeConfig: null,
    eventSourceMappings: [],
    ...over,
  }
}

export function iamRole(over: Partial2<IamRole> = {}): IamRole {
  const name = over.name ?? 'orders-role'
  return {
    id: roleArn(name),
    arn: roleArn(name),
    name,
    accountId: ACCOUNT,
    region: 'global',
    path: '/',
    trustPolicy: LAMBDA_TRUST,
    inlinePolicies: [
      {
        name: 'logs',
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/orders:*` }],
        },
      },
    ],
    attachedPolicies: [],
    ...over,
  }
}

export function managedPolicy(over: Partial2<IamManagedPolicy> & { name: string }): IamManagedPolicy {
  const arn = over.arn ?? `arn:aws:iam::${ACCOUNT}:policy/${over.name}`
  return { id: arn, arn, accountId: ACCOUNT, region: 'global', awsManaged: false, document: { Version: '2012-10-17', Statement: [] }, ...over }
}

export function iamUser(over: Partial2<IamUser> = {}): IamUser {
  const name = over.name ?? 'alice'
  const arn = `arn:aws:iam::${ACCOUNT}:user/${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: 'global', path: '/', inlinePolicies: [], attachedPolicies: [], groups: [], ...over }
}

export function iamGroup(over: Partial2<IamGroup> = {}): IamGroup {
  const name = over.name ?? 'devs'
  const arn = `arn:aws:iam::${ACCOUNT}:group/${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: 'global', path: '/', inlinePolicies: [], attachedPolicies: [], ...over }
}

export function lambdaLayer(over: Partial2<LambdaLayer> = {}): LambdaLayer {
  const name = over.name ?? 'shared'
  const arn = `arn:aws:lambda:${REGION}:${ACCOUNT}:layer:${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, versions: [{ version: 1, arn: `${arn}:1`, compatibleRuntimes: ['nodejs22.x'], policy: null }], ...over }
}

export function codeSigningConfig(over: Partial2<LambdaCodeSigningConfig> = {}): LambdaCodeSigningConfig {
  const arn = `arn:aws:lambda:${REGION}:${ACCOUNT}:code-signing-config:csc-1`
  return { id: arn, arn, name: 'csc-1', accountId: ACCOUNT, region: REGION, untrustedArtifactOnDeployment: 'Enforce', allowedPublisherProfileArns: [`arn:aws:signer:${REGION}:${ACCOUNT}:/signing-profiles/prod/abc`], ...over }
}

export function vpc(over: Partial2<Vpc> = {}): Vpc {
  const id = over.id ?? 'vpc-1'
  return { id, name: id, accountId: ACCOUNT, region: REGION, isDefault: false, cidrBlock: '10.0.0.0/16', ...over }
}

export function subnet(over: Partial2<Subnet> = {}): Subnet {
  const id = over.id ?? 'subnet-a'
  return { id, name: id, accountId: ACCOUNT, region: REGION, vpcId: 'vpc-1', availabilityZone: 'us-east-1a', mapPublicIpOnLaunch: false, ...over }
}

export function routeTable(over: Partial2<RouteTable> = {}): RouteTable {
  const id = over.id ?? 'rtb-private'
  return {
    id, name: id, accountId: ACCOUNT, region: REGION, vpcId: 'vpc-1', main: false, subnetIds: ['subnet-a', 'subnet-b'],
    routes: [{ destination: '10.0.0.0/16', gatewayId: 'local' }, { destination: '0.0.0.0/0', natGatewayId: 'nat-1' }],
    ...over,
  }
}

export function securityGroup(over: Partial2<SecurityGroup> = {}): SecurityGroup {
  const id = over.id ?? 'sg-1'
  return {
    id, name: id, groupId: id, accountId: ACCOUNT, region: REGION, vpcId: 'vpc-1',
    ingress: [],
    egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: ['10.0.0.0/16'], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [] }],
    ...over,
  }
}

export function natGateway(over: Partial2<NatGateway> = {}): NatGateway {
  const id = over.id ?? 'nat-1'
  return { id, name: id, accountId: ACCOUNT, region: REGION, vpcId: 'vpc-1', subnetId: 'subnet-public', state: 'available', ...over }
}

export function kmsKey(over: Partial2<KmsKey> = {}): KmsKey {
  const keyId = over.keyId ?? '1234abcd-12ab-34cd-56ef-1234567890ab'
  return { id: keyArn(keyId), arn: keyArn(keyId), name: keyId, keyId, accountId: ACCOUNT, region: REGION, manager: 'CUSTOMER', keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT', keyState: 'Enabled', rotationEnabled: true, ...over }
}

export function trail(over: Partial2<CloudTrailTrail> = {}): CloudTrailTrail {
  const name = over.name ?? 'org-trail'
  const arn = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/${name}`
  return {
    id: arn, arn, name, accountId: ACCOUNT, region: REGION, homeRegion: REGION, isMultiRegion: true, isOrganizationTrail: false, isLogging: true,
    s3BucketName: 'trail-bucket', kmsKeyId: keyArn('trail-key'), logFileValidation: true, includeGlobalServiceEvents: true,
    eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type: 'AWS::Lambda::Function', values: ['arn:aws:lambda'] }] }],
    advancedEventSelectors: [],
    ...over,
  }
}

export function metricAlarm(over: Partial2<MetricAlarm> = {}): MetricAlarm {
  const name = over.name ?? 'orders-errors'
  const arn = `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:${name}`
  return {
    id: arn, arn, name, accountId: ACCOUNT, region: REGION, namespace: 'AWS/Lambda', metricName: 'Errors',
    dimensions: [{ name: 'FunctionName', value: 'orders' }], metrics: [], actionsEnabled: true,
    alarmActions: [`arn:aws:sns:${REGION}:${ACCOUNT}:alerts`], stateValue: 'OK',
    ...over,
  }
}

export function logGroup(over: Partial2<LogGroup> = {}): LogGroup {
  const name = over.name ?? '/aws/lambda/orders'
  const arn = `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, retentionInDays: 90, kmsKeyId: keyArn('logs-key'), ...over }
}

export function sqsQueue(over: Partial2<SqsQueue> = {}): SqsQueue {
  const name = over.name ?? 'orders-dlq'
  const arn = `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, policy: null, sqsManagedSse: true, ...over }
}

export function snsTopic(over: Partial2<SnsTopic> = {}): SnsTopic {
  const name = over.name ?? 'alerts'
  const arn = `arn:aws:sns:${REGION}:${ACCOUNT}:${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, policy: null, ...over }
}

export function vpcEndpoint(over: Partial2<VpcEndpoint> = {}): VpcEndpoint {
  const id = over.id ?? 'vpce-1'
  return {
    id, name: id, arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:vpc-endpoint/${id}`, accountId: ACCOUNT, region: REGION, vpcId: 'vpc-1',
    serviceName: `com.amazonaws.${REGION}.sqs`, endpointType: 'Interface', state: 'available', subnetIds: ['subnet-a', 'subnet-b'], routeTableIds: [], privateDnsEnabled: true,
    ...over,
  }
}

/** The scanned account in one region (account-level checks report on it). */
export function accountRegion(over: Partial2<AccountRegion> = {}): AccountRegion {
  const region = over.region ?? REGION
  return { id: `${ACCOUNT}/${region}`, name: `account ${ACCOUNT} in ${region}`, accountId: ACCOUNT, region, ...over }
}

/** An enabled detector with Lambda Protection (network activity monitoring) on. */
export function guardDutyDetector(over: Partial2<GuardDutyDetector> = {}): GuardDutyDetector {
  const id = over.detectorId ?? '12abc34d567e8fa901bc2d34e56789f0'
  const arn = `arn:aws:guardduty:${REGION}:${ACCOUNT}:detector/${id}`
  return {
    id: arn, arn, name: id, accountId: ACCOUNT, region: REGION, detectorId: id, enabled: true, findingPublishingFrequency: 'SIX_HOURS',
    features: [
      { name: 'CLOUD_TRAIL', status: 'ENABLED', additionalConfiguration: [] },
      { name: 'LAMBDA_NETWORK_LOGS', status: 'ENABLED', additionalConfiguration: [] },
    ],
    ...over,
  }
}

/** A secret rotated every 30 days, last a week before the test scan time (2026-11-27), read yesterday, under a customer managed key, without a resource policy. */
export function secret(over: Partial2<SecretsManagerSecret> = {}): SecretsManagerSecret {
  const name = over.name ?? 'orders/db'
  const arn = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}-AbCdEf`
  return {
    id: arn, arn, name, accountId: ACCOUNT, region: REGION, rotationEnabled: true,
    rotationLambdaArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:rotate-orders-db`, rotationRules: { automaticallyAfterDays: 30 },
    createdDate: '2025-06-01T00:00:00.000Z', lastRotatedDate: '2026-11-20T04:00:00.000Z', lastChangedDate: '2026-11-20T04:00:00.000Z',
    lastAccessedDate: '2026-11-26T00:00:00.000Z', kmsKeyId: keyArn('secrets-key'), policy: null,
    ...over,
  }
}

export function ssmParameter(over: Partial2<SsmParameter> = {}): SsmParameter {
  const name = over.name ?? '/orders/db/password'
  const arn = `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/${name.replace(/^\//, '')}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, type: 'SecureString', keyId: 'alias/aws/ssm', tier: 'Standard', ...over }
}

// Account-level IAM resources (credential report, password policy, providers, Access Analyzer).
export * from './iam-account.js'

// Logging, monitoring and governance resources (Config, Security Hub, Macie, S3, Organizations, the account).
export * from './governance.js'

export function apiGatewayRoute(over: Partial2<ApiGatewayRoute> = {}): ApiGatewayRoute {
  const arn = `arn:aws:apigateway:${REGION}::/restapis/a1b2c3/resources/r1/methods/${over.method ?? 'GET'}`
  return {
    id: arn, arn, name: `orders-api ${over.method ?? 'GET'} /orders`, accountId: ACCOUNT, region: REGION, apiId: 'a1b2c3', apiName: 'orders-api', apiType: 'REST',
    path: '/orders', method: 'GET', authorizationType: 'AWS_IAM', apiKeyRequired: false, integrationType: 'AWS_PROXY', functionArn: fnArn('orders'), endpointType: 'REGIONAL',
    ...over,
  }
}

export * from './s3.js'
export * from './ec2-resources.js'
export * from './ec2-vpn.js'
export * from './ec2-launch.js'

// RDS, DynamoDB, EFS, ElastiCache, OpenSearch and AWS Backup resources.
export * from './data-stores.js'

// API Gateway stages and domains, load balancers, CloudFront, ACM, WAF, ECR, ECS, EKS and SSM documents and nodes.
export * from './edge.js'
export * from './fsbp-newer.js'
