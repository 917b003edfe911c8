/**
 * The data model of a fake AWS account, as plain JSON: what the loopback server answers from.
 *
 * Field names are camelCase and close to the AWS API members; the service handlers turn them
 * into each service's real wire shapes (Lambda's FunctionConfiguration, EC2's `vpcSet`, IAM's
 * URL-encoded policy documents …). Anything optional has AWS's default when absent.
 */
import type { PolicyDocument } from '../../src/model/common.js'
import type { FixtureAccountGovernance, FixtureRegionGovernance } from './fixture-governance.js'

export type { PolicyDocument }

/** Denies one IAM action (optionally on one resource or in one region) with the service's real AccessDenied shape. */
export interface DenyRule {
  /** `service:Operation`, e.g. `lambda:GetPolicy`; `lambda:*` denies every Lambda call. */
  action: string
  /** Function, queue, topic, key … name or ARN the denial applies to; `*` wildcards allowed. Absent = every resource. */
  resource?: string
  region?: string
}

export interface FixtureAccount extends FixtureAccountGovernance {
  accountId: string
  /** Identity STS GetCallerIdentity reports. Default: an IAM user `scanner`. */
  caller?: { arn: string; userId: string }
  /** Enabled regions that hold resources. */
  regions: Record<string, FixtureRegion>
  /** Enabled regions without resources (listed by DescribeRegions). */
  emptyRegions?: string[]
  /** Opt-in regions the account has not enabled: DescribeRegions lists them only with AllRegions, and calls there fail. */
  notOptedInRegions?: string[]
  iam: FixtureIam
  /** Operations this account's principal is not allowed to call. */
  denied?: DenyRule[]
  /**
   * Largest page the server returns, per `service:Operation` (e.g. `lambda:ListFunctions: 2`), below
   * AWS's own maximum. Small pages make collectors really page.
   */
  pageSizes?: Record<string, number>
}

export interface FixtureRegion extends FixtureRegionGovernance {
  functions?: FixtureFunction[]
  layers?: FixtureLayer[]
  codeSigningConfigs?: FixtureCodeSigningConfig[]
  eventSourceMappings?: FixtureEventSourceMapping[]
  vpcs?: FixtureVpc[]
  subnets?: FixtureSubnet[]
  routeTables?: FixtureRouteTable[]
  securityGroups?: FixtureSecurityGroup[]
  natGateways?: FixtureNatGateway[]
  keys?: FixtureKmsKey[]
  trails?: FixtureTrail[]
  alarms?: FixtureAlarm[]
  logGroups?: FixtureLogGroup[]
  queues?: FixtureQueue[]
  topics?: FixtureTopic[]
  /** API Gateway REST APIs (v1). */
  restApis?: FixtureRestApi[]
  /** API Gateway HTTP and WebSocket APIs (v2). */
  httpApis?: FixtureHttpApi[]
  /** IAM Access Analyzer analyzers of the region (ListAnalyzers). */
  accessAnalyzers?: FixtureAccessAnalyzer[]
}

export interface FixtureFunction {
  name: string
  /** Absent for container-image functions. */
  runtime?: string
  packageType?: 'Zip' | 'Image'
  handler?: string
  /** Execution role ARN. */
  role: string
  architectures?: string[]
  memorySize?: number
  timeout?: number
  environment?: Record<string, string>
  /** Customer managed key for environment variables; absent = the AWS managed key. */
  kmsKeyArn?: string
  /** Empty lists reproduce AWS's answer for a function taken out of its VPC (`VpcId: ""`). */
  vpc?: { subnetIds: string[]; securityGroupIds: string[]; ipv6AllowedForDualStack?: boolean }
  deadLetterTargetArn?: string
  tracing?: 'Active' | 'PassThrough'
  /** Layer version ARNs, possibly of other accounts. */
  layers?: string[]
  logGroup?: string
  logFormat?: 'Text' | 'JSON'
  tags?: Record<string, string>
  reservedConcurrency?: number
  /** Resource-based policy; absent = GetPolicy answers ResourceNotFoundException, as AWS does. */
  policy?: PolicyDocument
  url?: FixtureFunctionUrl
  codeSigningConfigArn?: string
  eventInvokeConfig?: { onFailure?: string; onSuccess?: string; maximumRetryAttempts?: number; maximumEventAgeInSeconds?: number }
  lastModified?: string
  codeSha256?: string
  codeSize?: number
  imageUri?: string
  /** The deployment package (zip, base64); GetFunction then links to it (code-downloads.ts). */
  codeZipBase64?: string
}

export interface FixtureFunctionUrl {
  authType: 'AWS_IAM' | 'NONE'
  invokeMode?: 'BUFFERED' | 'RESPONSE_STREAM'
  cors?: { allowOrigins?: string[]; allowMethods?: string[]; allowHeaders?: string[]; exposeHeaders?: string[]; allowCredentials?: boolean; maxAge?: number }
}

export interface FixtureLayer {
  name: string
  /** `contentZipBase64`: the layer archive (zip, base64); GetLayerVersion then links to it (code-downloads.ts). */
  versions: { version: number; description?: string; createdDate?: string; compatibleRuntimes?: string[]; compatibleArchitectures?: string[]; policy?: PolicyDocument; contentZipBase64?: string }[]
}

export interface FixtureCodeSigningConfig {
  /** `csc-…` */
  id: string
  description?: string
  allowedPublishers: string[]
  untrustedArtifactOnDeployment: 'Warn' | 'Enforce'
}

export interface FixtureEventSourceMapping {
  uuid: string
  functionName: string
  eventSourceArn: string
  state?: string
  batchSize?: number
  onFailure?: string
}

export interface FixtureVpc {
  vpcId: string
  cidrBlock: string
  isDefault?: boolean
  tags?: Record<string, string>
}

export interface FixtureSubnet {
  subnetId: string
  vpcId: string
  availabilityZone: string
  cidrBlock: string
  mapPublicIpOnLaunch?: boolean
  tags?: Record<string, string>
}

export interface FixtureRoute {
  destination: string
  gatewayId?: string
  natGatewayId?: string
  transitGatewayId?: string
  vpcPeeringConnectionId?: string
  vpcEndpointId?: string
  networkInterfaceId?: string
  instanceId?: string
  egressOnlyInternetGatewayId?: string
}

export interface FixtureRouteTable {
  routeTableId: string
  vpcId: string
  /** The VPC's main table: subnets without an explicit association use it. */
  main?: boolean
  subnetIds?: string[]
  routes: FixtureRoute[]
  tags?: Record<string, string>
}

export interface FixtureSecurityGroupRule {
  /** `-1` for all protocols. */
  protocol: string
  fromPort?: number
  toPort?: number
  cidrs?: string[]
  ipv6Cidrs?: string[]
  groupIds?: string[]
  prefixListIds?: string[]
}

export interface FixtureSecurityGroup {
  groupId: string
  groupName: string
  vpcId: string
  description?: string
  ingress?: FixtureSecurityGroupRule[]
  egress?: FixtureSecurityGroupRule[]
  tags?: Record<string, string>
}

export interface FixtureNatGateway {
  natGatewayId: string
  vpcId: string
  subnetId: string
  state?: string
}

export interface FixtureKmsKey {
  keyId: string
  manager?: 'CUSTOMER' | 'AWS'
  keySpec?: string
  keyUsage?: string
  keyState?: string
  origin?: string
  description?: string
  /** Ignored (GetKeyRotationStatus is refused) for asymmetric, HMAC and imported keys, as in AWS. */
  rotationEnabled?: boolean
  policy?: PolicyDocument
}

export interface FixtureEventSelector {
  readWriteType?: 'ReadOnly' | 'WriteOnly' | 'All'
  includeManagementEvents?: boolean
  dataResources?: { type: string; values: string[] }[]
}

export interface FixtureAdvancedEventSelector {
  name?: string
  fieldSelectors: { field: string; equals?: string[]; notEquals?: string[]; startsWith?: string[]; notStartsWith?: string[]; endsWith?: string[]; notEndsWith?: string[] }[]
}

export interface FixtureTrail {
  name: string
  /** Multi-region trails also appear (as shadow trails) in every other region's DescribeTrails. */
  isMultiRegion?: boolean
  isOrganizationTrail?: boolean
  isLogging?: boolean
  s3BucketName: string
  kmsKeyId?: string
  logFileValidation?: boolean
  cloudWatchLogsLogGroupArn?: string
  /** GetTrailStatus LatestCloudWatchLogsDeliveryError (deliveries to the log group fail). */
  cloudWatchLogsDeliveryError?: string
  includeGlobalServiceEvents?: boolean
  /** Classic selectors; AWS's default (all management events, no data events) when both lists are absent. */
  eventSelectors?: FixtureEventSelector[]
  advancedEventSelectors?: FixtureAdvancedEventSelector[]
}

export interface FixtureAlarm {
  name: string
  namespace?: string
  metricName?: string
  dimensions?: { name: string; value: string }[]
  /** Metric-math alarms. */
  metrics?: { id: string; namespace?: string; metricName?: string; dimensions?: { name: string; value: string }[]; expression?: string; returnData?: boolean }[]
  statistic?: string
  threshold?: number
  comparisonOperator?: string
  period?: number
  evaluationPeriods?: number
  actionsEnabled?: boolean
  alarmActions?: string[]
  stateValue?: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA'
}

export interface FixtureLogGroup {
  name: string
  retentionInDays?: number
  kmsKeyId?: string
  storedBytes?: number
}

export interface FixtureQueue {
  name: string
  policy?: PolicyDocument
  kmsMasterKeyId?: string
  sqsManagedSse?: boolean
}

export interface FixtureTopic {
  name: string
  /** ListSubscriptionsByTopic; absent = `subscriptionsConfirmed` confirmed e-mail subscriptions. */
  subscriptions?: { protocol: string; confirmed: boolean }[]
  policy?: PolicyDocument
  kmsMasterKeyId?: string
  subscriptionsConfirmed?: number
}

export interface FixtureRestMethod {
  httpMethod: string
  /** NONE, AWS_IAM, CUSTOM, COGNITO_USER_POOLS. */
  authorizationType: string
  authorizerId?: string
  apiKeyRequired?: boolean
  /** `uri` of a Lambda integration: `arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function-arn>/invocations`. */
  integration?: { type: 'AWS_PROXY' | 'AWS' | 'HTTP' | 'HTTP_PROXY' | 'MOCK'; uri?: string }
}

export interface FixtureRestApi {
  id: string
  name: string
  endpointType?: 'EDGE' | 'REGIONAL' | 'PRIVATE'
  disableExecuteApiEndpoint?: boolean
  resources: { id: string; path: string; methods?: FixtureRestMethod[] }[]
}

export interface FixtureHttpApi {
  id: string
  name: string
  protocolType?: 'HTTP' | 'WEBSOCKET'
  disableExecuteApiEndpoint?: boolean
  /** `integrationId` names one of `integrations` (the route's target is `integrations/<id>`). */
  routes: { id: string; routeKey: string; authorizationType?: 'NONE' | 'AWS_IAM' | 'CUSTOM' | 'JWT'; authorizerId?: string; apiKeyRequired?: boolean; integrationId?: string }[]
  /** `uri`: the function ARN for AWS_PROXY integrations. */
  integrations: { id: string; type: 'AWS_PROXY' | 'HTTP_PROXY' | 'MOCK' | 'AWS'; uri?: string }[]
}

export interface FixtureAccessAnalyzer {
  name: string
  /** ACCOUNT, ORGANIZATION, ACCOUNT_UNUSED_ACCESS … */
  type: string
  /** Default ACTIVE. */
  status?: string
  /** ACTIVE findings (ListFindingsV2): the shared resources. */
  activeFindings?: { resource: string; resourceType: string }[]
}

export interface FixtureInlinePolicy {
  name: string
  document: PolicyDocument
}

export interface FixtureIam {
  roles: FixtureRole[]
  users?: FixtureUser[]
  groups?: FixtureGroup[]
  /** Managed policies, customer and AWS managed (those attached somewhere). */
  policies?: FixtureManagedPolicy[]
  /**
   * Credential report rows by user name (`<root_account>` for the root user). Every fixture user
   * and the root user get a row; one not listed here has no password, no MFA and no keys.
   */
  credentialReport?: Record<string, FixtureCredentialRow>
  /** The custom password policy; absent = GetAccountPasswordPolicy answers NoSuchEntity. */
  passwordPolicy?: FixturePasswordPolicy
  /** Assigned virtual MFA devices (ListVirtualMFADevices). `user` is a user name or `<root_account>`. */
  virtualMfaDevices?: { serialName: string; user: string }[]
  serverCertificates?: { name: string; path?: string; expiration: string; uploadDate?: string }[]
  samlProviders?: { name: string; validUntil?: string }[]
  /** OpenID Connect providers; `url` without the scheme (`token.actions.githubusercontent.com`). */
  oidcProviders?: { url: string; clientIds?: string[]; thumbprints?: string[] }[]
}

/** One credential report row; dates are ISO 8601, absent = never / not applicable. */
export interface FixtureCredentialRow {
  created?: string
  /** Absent or false = no console password. */
  passwordEnabled?: boolean
  passwordLastUsed?: string
  passwordLastChanged?: string
  mfaActive?: boolean
  /** Up to two access keys, in slot order. */
  accessKeys?: { active: boolean; lastRotated: string; lastUsedDate?: string; lastUsedService?: string; lastUsedRegion?: string }[]
}

/** GetAccountPasswordPolicy members, camelCase. */
export interface FixturePasswordPolicy {
  minimumPasswordLength?: number
  requireSymbols?: boolean
  requireNumbers?: boolean
  requireUppercaseCharacters?: boolean
  requireLowercaseCharacters?: boolean
  allowUsersToChangePassword?: boolean
  maxPasswordAge?: number
  passwordReusePrevention?: number
  hardExpiry?: boolean
}

export interface FixtureRole {
  name: string
  path?: string
  roleId?: string
  trustPolicy: PolicyDocument
  inlinePolicies?: FixtureInlinePolicy[]
  /** Managed policy ARNs. */
  attachedPolicies?: string[]
  permissionsBoundary?: string
  tags?: Record<string, string>
  createDate?: string
  lastUsedDate?: string
  /**
   * Service-last-accessed data (GetServiceLastAccessedDetails), by service namespace: the last
   * authentication date, or `null` for never. Services the role's policies allow that are not
   * listed were used three days before the call.
   */
  serviceLastAccessed?: Record<string, string | null>
}

export interface FixtureUser {
  name: string
  path?: string
  inlinePolicies?: FixtureInlinePolicy[]
  attachedPolicies?: string[]
  groups?: string[]
}

export interface FixtureGroup {
  name: string
  path?: string
  inlinePolicies?: FixtureInlinePolicy[]
  attachedPolicies?: string[]
}

export interface FixtureManagedPolicy {
  name: string
  /** AWS managed policies live under `arn:aws:iam::aws:policy/`. */
  awsManaged?: boolean
  path?: string
  document: PolicyDocument
  description?: string
}

/** ARN helpers shared by the handlers, the generators and the fixtures. */
export const arns = {
  function: (region: string, account: string, name: string) => `arn:aws:lambda:${region}:${account}:function:${name}`,
  layer: (region: string, account: string, name: string) => `arn:aws:lambda:${region}:${account}:layer:${name}`,
  layerVersion: (region: string, account: string, name: string, version: number) => `arn:aws:lambda:${region}:${account}:layer:${name}:${version}`,
  codeSigningConfig: (region: string, account: string, id: string) => `arn:aws:lambda:${region}:${account}:code-signing-config:${id}`,
  role: (account: string, name: string, path = '/') => `arn:aws:iam::${account}:role${path}${name}`,
  user: (account: string, name: string, path = '/') => `arn:aws:iam::${account}:user${path}${name}`,
  group: (account: string, name: string, path = '/') => `arn:aws:iam::${account}:group${path}${name}`,
  policy: (account: string, name: string, path = '/', awsManaged = false) => `arn:aws:iam::${awsManaged ? 'aws' : account}:policy${path}${name}`,
  key: (region: string, account: string, keyId: string) => `arn:aws:kms:${region}:${account}:key/${keyId}`,
  trail: (region: string, account: string, name: string) => `arn:aws:cloudtrail:${region}:${account}:trail/${name}`,
  alarm: (region: string, account: string, name: string) => `arn:aws:cloudwatch:${region}:${account}:alarm:${name}`,
  logGroup: (region: string, account: string, name: string) => `arn:aws:logs:${region}:${account}:log-group:${name}`,
  queue: (region: string, account: string, name: string) => `arn:aws:sqs:${region}:${account}:${name}`,
  topic: (region: string, account: string, name: string) => `arn:aws:sns:${region}:${account}:${name}`,
}
