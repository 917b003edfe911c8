/**
 * The account the end-to-end test scans through the loopback AWS server: 111122223333 with
 * functions in us-east-1 and eu-west-1 (ap-east-1 exists but is not opted in).
 *
 * Every function starts from a secure baseline (supported runtime, own least-privilege role, CMK
 * for its environment, two private subnets in two AZs, restricted egress, an on-failure
 * destination that exists, X-Ray, reserved concurrency, a log group with retention, an Errors
 * alarm that notifies, Invoke data events logged) and then breaks exactly what its name says.
 * Each designed resource states the verdicts it should get where they differ from the
 * baseline's: the e2e test's expected findings are derived from these statements, never from
 * the scanner's output.
 */
import type { FixtureAccount, FixtureFunction, FixtureKmsKey, PolicyDocument } from '../aws-server/fixture.js'
import { arns } from '../aws-server/fixture.js'
import { ANALYZERS, IAM_COVERED_CHECKS, iamDesign, iamExpectedFindings, withRecentUse } from './fixture-iam.js'
import { applyGovernanceDesign, GOVERNANCE_COVERED_CHECKS, governanceExpectedFindings } from './fixture-governance.js'
import { applyDataStoreDesign, DATA_STORE_COVERED_CHECKS, dataStoreExpectedFindings } from './fixture-data-stores.js'
import { applyFsbpRdsDesign, FSBP_RDS_COVERED_CHECKS, fsbpRdsExpectedFindings } from './fixture-fsbp-rds.js'
import { applyFsbpVpnDesign, FSBP_VPN_COVERED_CHECKS, fsbpVpnExpectedFindings } from './fixture-fsbp-vpn.js'
import { applyFsbpEc2LaunchDesign, FSBP_EC2_LAUNCH_COVERED_CHECKS, fsbpEc2LaunchExpectedFindings } from './fixture-fsbp-ec2-launch.js'
import { applyFsbpS3Design, FSBP_S3_COVERED_CHECKS, fsbpS3ExpectedFindings } from './fixture-fsbp-s3.js'
import { applyFsbpDynamoDbDesign, FSBP_DYNAMODB_COVERED_CHECKS, fsbpDynamoDbExpectedFindings } from './fixture-fsbp-dynamodb.js'
import { applyS3Ec2Design, S3_EC2_COVERED_CHECKS, s3Ec2ExpectedFindings } from './fixture-s3-ec2.js'
import { addEdgeFixture, EDGE_COVERED_CHECKS, edgeExpectedFindings } from './fixture-edge.js'
import { applyFsbpSsmDesign, FSBP_SSM_COVERED_CHECKS, fsbpSsmExpectedFindings } from './fixture-fsbp-ssm.js'
import { applyFsbpComputeDesign, FSBP_COMPUTE_COVERED_CHECKS, fsbpComputeExpectedFindings } from './fixture-fsbp-compute.js'
import { applyEc2HygieneDesign, EC2_HYGIENE_COVERED_CHECKS, ec2HygieneExpectedFindings } from './fixture-fsbp-ec2-hygiene.js'
import { applyFsbpNewerDesign, FSBP_NEWER_COVERED_CHECKS, fsbpNewerExpectedFindings } from './fixture-fsbp-newer.js'
import { LAMBDA_DEPTH_BASELINE, LAMBDA_DEPTH_COVERED_CHECKS, LAMBDA_DEPTH_EXCEPTIONS, lambdaDepthExpectedFindings } from './fixture-lambda-depth.js'

export const ACCOUNT_ID = '111122223333'
export const US = 'us-east-1'
export const EU = 'eu-west-1'
export const NOT_OPTED_IN = 'ap-east-1'
/** Another account that publishes a layer nobody vetted. */
const THIRD_PARTY_ACCOUNT = '999988887777'

/**
 * A realistic-looking but fake AWS secret access key (40 characters, not AWS's documented
 * example, which detectors rightly allow). The snapshot must never contain it in full unless
 * the user passes --include-secrets.
 */
export const FAKE_SECRET_ACCESS_KEY = 'Zq7Vn2Kd9Xw4Lp6Tr1Hy8Mb3Gc5Fs0Ja2Ue7Qo9W'

export type Status = 'pass' | 'fail' | 'unknown' | 'skip'

/** What each check says about a secure baseline function (one entry per verdict). */
export const BASELINE: Record<string, Status[]> = {
  'lambda-runtime-supported': ['pass'],
  'lambda-function-url-auth-required': ['skip'], // no URL
  'lambda-function-url-cors-restricted': ['skip'], // no URL
  'lambda-resource-policy-not-public': ['pass'], // no policy at all
  'lambda-resource-policy-service-source-scoped': ['skip'], // no policy
  'lambda-execution-role-unique': ['pass'],
  'lambda-execution-role-not-admin': ['pass'],
  'lambda-env-no-plaintext-secrets': ['pass'],
  'lambda-env-encrypted-with-cmk': ['pass'],
  'lambda-vpc-multi-az': ['pass'],
  'lambda-vpc-egress-restricted': ['pass'],
  'lambda-vpc-not-in-public-subnet': ['pass'],
  'lambda-async-failure-destination': ['pass'],
  'lambda-tracing-active': ['pass'],
  'lambda-reserved-concurrency-set': ['pass'],
  'lambda-layers-from-trusted-accounts': ['skip'], // no layers
  'cloudtrail-lambda-data-events-logged': ['pass'],
  'lambda-log-group-retention-set': ['pass'],
  'lambda-errors-alarm-configured': ['pass'],
  // Execution-role checks (IAM engine): the baseline role has an inline logs/failure-queue policy
  // and AWS's basic and VPC execution policies (listed actions, no secrets, no escalation).
  'lambda-execution-role-no-service-wildcards': ['pass'],
  'lambda-execution-role-no-wildcard-resources': ['pass'],
  'lambda-execution-role-no-privilege-escalation': ['pass'],
  'lambda-execution-role-trust-scoped': ['pass'],
  'lambda-execution-role-secrets-scoped': ['pass'],
  'lambda-execution-role-can-write-logs': ['pass'],
  'lambda-execution-role-unused-permissions': ['pass'], // every granted service used in the last days
  'lambda-resource-policy-invoke-only': ['skip'], // no policy
  'lambda-resource-policy-cross-account-trusted': ['skip'], // no policy
  // alice-admin (fixture-iam.ts: AdministratorAccess through the admins group, long-term keys) may
  // change every function without MFA; only a function whose own policy denies changes without
  // MFA (secure-api) passes.
  'lambda-deployers-restricted': ['fail'],
  'lambda-no-code-injection-escalation': ['pass'], // its role is not privileged: nothing to gain
  'lambda-event-sources-not-public': ['skip'], // nothing triggers it
}

/** Checks over KMS keys (one verdict per key). */
export const KEY_CHECK = 'kms-key-rotation-enabled'

interface DesignedFunction {
  region: string
  fn: FixtureFunction
  /** Verdicts that differ from BASELINE, by check id. */
  expect: Partial<Record<string, Status[]>>
  /** Leave out of the baseline log group / Errors alarm. */
  noLogGroupRetention?: boolean
  noErrorsAlarm?: boolean
}

interface DesignedKey {
  region: string
  key: FixtureKmsKey
  expect: Status
}

// ---- Network: one VPC per region; private subnets route through a NAT, one public subnet ----
const VPC = { [US]: 'vpc-0a1b2c3d4e5f60001', [EU]: 'vpc-0e1f2a3b4c5d60002' }
const SUBNET = {
  usPrivateA: 'subnet-0aa0000000000a001',
  usPrivateB: 'subnet-0bb0000000000b002',
  usPublicA: 'subnet-0cc0000000000c003',
  usPrivateA2: 'subnet-0dd0000000000d004',
  euPrivateA: 'subnet-0ee0000000000e005',
  euPrivateB: 'subnet-0ff0000000000f006',
}
const SG = { usRestricted: 'sg-0a00000000000a001', usOpenEgress: 'sg-0b00000000000b002', euRestricted: 'sg-0c00000000000c003' }

// ---- KMS keys ----
const KEY = {
  usEnv: '7c1f3a52-4e0b-4d6a-9b8e-2f5d1c0a9e31',
  usNoRotation: '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
  usAwsManaged: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  usAsymmetric: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
  euEnv: '3b2a1908-7f6e-4d5c-9b4a-39281706f5e4',
}
const keyArn = (region: string, id: string) => arns.key(region, ACCOUNT_ID, id)

// ---- Async failure targets ----
const US_FAILURE_QUEUE = arns.queue(US, ACCOUNT_ID, 'lambda-async-failures')
const EU_FAILURE_TOPIC = arns.topic(EU, ACCOUNT_ID, 'eu-async-failures')
const ALERTS_TOPIC = (region: string) => arns.topic(region, ACCOUNT_ID, 'ops-alerts')

const roleArn = (name: string) => arns.role(ACCOUNT_ID, name)
const fnArn = (region: string, name: string) => arns.function(region, ACCOUNT_ID, name)

/** The secure baseline of a function in a region; `over` states what the design changes. */
function secure(region: string, name: string, over: Partial<FixtureFunction> = {}): FixtureFunction {
  const us = region === US
  return {
    name,
    runtime: 'python3.13',
    handler: 'app.handler',
    role: roleArn(`${name}-role`),
    architectures: ['arm64'],
    memorySize: 256,
    timeout: 15,
    environment: { LOG_LEVEL: 'info', TABLE_NAME: 'orders' },
    kmsKeyArn: keyArn(region, us ? KEY.usEnv : KEY.euEnv),
    vpc: { subnetIds: us ? [SUBNET.usPrivateA, SUBNET.usPrivateB] : [SUBNET.euPrivateA, SUBNET.euPrivateB], securityGroupIds: [us ? SG.usRestricted : SG.euRestricted] },
    tracing: 'Active',
    reservedConcurrency: 20,
    eventInvokeConfig: { onFailure: us ? US_FAILURE_QUEUE : EU_FAILURE_TOPIC, maximumRetryAttempts: 2 },
    tags: { app: 'orders', owner: 'team-payments' },
    ...over,
  }
}

const invoke = (region: string, name: string) => fnArn(region, name)

/** Another account, trusted by nobody, that one function lets change it. */
const PARTNER_ACCOUNT = '444455556666'
/** REST and HTTP API ids (the secure-api policy pins the REST API's POST /orders route). */
const REST_API_ID = 'a1b2c3d4e5'
const HTTP_API_ID = 'h1t2t3p4q5'
const lambdaInvocationUri = (region: string, name: string) => `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${fnArn(region, name)}/invocations`

/**
 * What AdministratorAccess on the shared role means for the IAM-engine checks: `Action: *` is a
 * service wildcard, every secret is readable, escalation is left to lambda-execution-role-not-admin,
 * and ci-deploy (not an administrator) may update any function's code — so it can run code with
 * administrator access.
 */
const SHARED_ADMIN_EXTRAS: Partial<Record<string, Status[]>> = {
  'lambda-execution-role-no-service-wildcards': ['fail'],
  'lambda-execution-role-secrets-scoped': ['fail'],
  'lambda-execution-role-no-privilege-escalation': ['skip'],
  'lambda-no-code-injection-escalation': ['fail'],
}

const FUNCTIONS: DesignedFunction[] = [
  {
    // Passes everything that applies: IAM-auth URL with an allow-list CORS, a trusted (own)
    // layer, a policy whose `Principal: "*"` is pinned to one API Gateway route by aws:SourceArn
    // (not public) and an EventBridge grant scoped to one rule.
    region: US,
    fn: secure(US, 'secure-api', {
      url: { authType: 'AWS_IAM', cors: { allowOrigins: ['https://app.example.com'], allowMethods: ['GET', 'POST'], allowHeaders: ['content-type'], allowCredentials: true } },
      layers: [arns.layerVersion(US, ACCOUNT_ID, 'shared-utils', 3)],
      codeSigningConfigArn: arns.codeSigningConfig(US, ACCOUNT_ID, 'csc-0a1b2c3d4e5f67890'),
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'ApiGatewayRouteOnly',
            Effect: 'Allow',
            Principal: '*',
            Action: 'lambda:InvokeFunction',
            Resource: invoke(US, 'secure-api'),
            Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:execute-api:${US}:${ACCOUNT_ID}:a1b2c3d4e5/*/POST/orders` } },
          },
          {
            // Changes need MFA, whatever the principals' own policies say (explicit deny wins).
            Sid: 'ChangesNeedMfa',
            Effect: 'Deny',
            Principal: '*',
            Action: ['lambda:Update*', 'lambda:AddPermission', 'lambda:*FunctionUrlConfig', 'lambda:DeleteFunction*', 'lambda:PutFunctionConcurrency'],
            Resource: invoke(US, 'secure-api'),
            Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
          },
          {
            Sid: 'NightlyRule',
            Effect: 'Allow',
            Principal: { Service: 'events.amazonaws.com' },
            Action: 'lambda:InvokeFunction',
            Resource: invoke(US, 'secure-api'),
            Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:events:${US}:${ACCOUNT_ID}:rule/nightly-orders` } },
          },
        ],
      },
    }),
    expect: {
      'lambda-function-url-auth-required': ['pass'],
      'lambda-function-url-cors-restricted': ['pass'],
      'lambda-resource-policy-service-source-scoped': ['pass'],
      'lambda-layers-from-trusted-accounts': ['pass'],
      'lambda-resource-policy-invoke-only': ['pass'],
      'lambda-resource-policy-cross-account-trusted': ['pass'],
      // Its queue orders-in has `Principal: "*"` pinned by aws:SourceArn to one topic: not public.
      'lambda-event-sources-not-public': ['pass'],
      'lambda-deployers-restricted': ['pass'],
    },
  },
  {
    // Auth type NONE and `*` CORS; its policy is the statement AWS adds for a public URL
    // (lambda:InvokeFunctionUrl limited to FunctionUrlAuthType NONE), which is the URL check's
    // business, not a public resource policy.
    region: US,
    fn: secure(US, 'public-url-wildcard-cors', {
      url: { authType: 'NONE', cors: { allowOrigins: ['*'], allowMethods: ['GET'] } },
      policy: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'FunctionURLAllowPublicAccess',
            Effect: 'Allow',
            Principal: '*',
            Action: 'lambda:InvokeFunctionUrl',
            Resource: invoke(US, 'public-url-wildcard-cors'),
            Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
          },
        ],
      },
    }),
    expect: { 'lambda-function-url-auth-required': ['fail'], 'lambda-function-url-cors-restricted': ['fail'], 'lambda-resource-policy-invoke-only': ['pass'], 'lambda-resource-policy-cross-account-trusted': ['pass'] },
  },
  {
    // Anyone may invoke it, and S3 may invoke it on behalf of any bucket (confused deputy).
    region: US,
    fn: secure(US, 'public-policy-unscoped-s3', {
      policy: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'AnyoneCanInvoke', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: invoke(US, 'public-policy-unscoped-s3') },
          { Sid: 'S3AnyBucket', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: invoke(US, 'public-policy-unscoped-s3') },
        ],
      },
    }),
    expect: { 'lambda-resource-policy-not-public': ['fail'], 'lambda-resource-policy-service-source-scoped': ['fail'], 'lambda-resource-policy-invoke-only': ['pass'], 'lambda-resource-policy-cross-account-trusted': ['pass'] },
  },
  {
    // Its policy exists (and is public), but the scanning principal may not call GetPolicy on it
    // (ACCOUNT.denied): both policy checks must say unknown, never pass.
    region: US,
    fn: secure(US, 'policy-access-denied', {
      policy: { Version: '2012-10-17', Statement: [{ Sid: 'Hidden', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: invoke(US, 'policy-access-denied') }] },
    }),
    expect: {
      'lambda-resource-policy-not-public': ['unknown'],
      'lambda-resource-policy-service-source-scoped': ['unknown'],
      'lambda-resource-policy-invoke-only': ['unknown'],
      'lambda-resource-policy-cross-account-trusted': ['unknown'],
      // Both read the policy too (external deployers, policy-granted triggers).
      'lambda-deployers-restricted': ['unknown'],
      'lambda-event-sources-not-public': ['unknown'],
    },
  },
  {
    region: US,
    fn: secure(US, 'deprecated-runtime-no-tracing', { runtime: 'nodejs16.x', handler: 'index.handler', tracing: 'PassThrough' }),
    expect: { 'lambda-runtime-supported': ['fail'], 'lambda-tracing-active': ['fail'] },
  },
  {
    // Shares an administrator role with a function in eu-west-1.
    region: US,
    fn: secure(US, 'shared-admin-role-a', { role: roleArn('shared-admin-role') }),
    expect: { 'lambda-execution-role-unique': ['fail'], 'lambda-execution-role-not-admin': ['fail'], ...SHARED_ADMIN_EXTRAS },
  },
  {
    // A plaintext AWS secret key next to harmless settings, encrypted with the AWS managed key.
    region: EU,
    fn: secure(EU, 'plaintext-secret-default-key', {
      environment: { LOG_LEVEL: 'info', TABLE_NAME: 'orders', AWS_SECRET_ACCESS_KEY: FAKE_SECRET_ACCESS_KEY },
      kmsKeyArn: undefined,
    }),
    expect: { 'lambda-env-no-plaintext-secrets': ['fail'], 'lambda-env-encrypted-with-cmk': ['fail'] },
  },
  {
    // One public and one private subnet, both in us-east-1a, and all-traffic egress to the world.
    region: US,
    fn: secure(US, 'vpc-single-az-public-open-egress', { vpc: { subnetIds: [SUBNET.usPublicA, SUBNET.usPrivateA2], securityGroupIds: [SG.usOpenEgress] } }),
    expect: { 'lambda-vpc-multi-az': ['fail'], 'lambda-vpc-egress-restricted': ['fail'], 'lambda-vpc-not-in-public-subnet': ['fail'] },
  },
  {
    region: US,
    fn: secure(US, 'no-failure-destination-no-concurrency', { eventInvokeConfig: undefined, reservedConcurrency: undefined }),
    expect: { 'lambda-async-failure-destination': ['fail'], 'lambda-reserved-concurrency-set': ['fail'] },
  },
  {
    // Its dead-letter queue was deleted (GetQueueUrl answers QueueDoesNotExist), and it runs a
    // layer published by an account nobody vetted.
    region: US,
    fn: secure(US, 'third-party-layer-deleted-dlq', {
      eventInvokeConfig: undefined,
      deadLetterTargetArn: arns.queue(US, ACCOUNT_ID, 'deleted-dlq'),
      layers: [arns.layerVersion(US, THIRD_PARTY_ACCOUNT, 'metrics-extension', 12)],
    }),
    expect: { 'lambda-async-failure-destination': ['fail'], 'lambda-layers-from-trusted-accounts': ['fail'] },
  },
  {
    region: US,
    fn: secure(US, 'no-log-retention-no-alarm'),
    noLogGroupRetention: true,
    noErrorsAlarm: true,
    expect: { 'lambda-log-group-retention-set': ['fail'], 'lambda-errors-alarm-configured': ['fail'] },
  },
  {
    // A container image with no environment, taken out of its VPC (Lambda then reports
    // VpcConfig with empty lists and VpcId ""): runtime, environment and VPC checks do not apply.
    region: US,
    fn: secure(US, 'container-image', { packageType: 'Image', runtime: undefined, handler: undefined, environment: undefined, kmsKeyArn: undefined, vpc: { subnetIds: [], securityGroupIds: [] } }),
    expect: {
      'lambda-runtime-supported': ['skip'],
      'lambda-env-no-plaintext-secrets': ['skip'],
      'lambda-env-encrypted-with-cmk': ['skip'],
      'lambda-vpc-multi-az': ['skip'],
      'lambda-vpc-egress-restricted': ['skip'],
      'lambda-vpc-not-in-public-subnet': ['skip'],
    },
  },
  {
    // Secure, logs to a custom log group, alarmed through metric math, fails over to SNS;
    // its Invoke events are selected by the eu-west-1 trail.
    region: EU,
    fn: secure(EU, 'eu-worker', { runtime: 'java21', handler: 'com.example.Handler::handle', logGroup: '/app/eu-worker', logFormat: 'JSON' }),
    expect: {},
  },
  {
    // The other half of the shared administrator role; the eu-west-1 trail names the other eu
    // functions but not this one, and the multi-region trail only selects us-east-1 functions.
    region: EU,
    fn: secure(EU, 'eu-untrailed-shared-admin', { role: roleArn('shared-admin-role') }),
    expect: { 'lambda-execution-role-unique': ['fail'], 'lambda-execution-role-not-admin': ['fail'], 'cloudtrail-lambda-data-events-logged': ['fail'], ...SHARED_ADMIN_EXTRAS },
  },
  {
    // Its policy hands another account lambda:* (more than invocation, an untrusted account, an
    // outsider who can change it), and the IAM user `contractor` may update its code without MFA.
    region: US,
    fn: secure(US, 'cross-account-deployable', {
      policy: { Version: '2012-10-17', Statement: [{ Sid: 'PartnerAdmin', Effect: 'Allow', Principal: { AWS: PARTNER_ACCOUNT }, Action: 'lambda:*', Resource: invoke(US, 'cross-account-deployable') }] },
    }),
    expect: {
      'lambda-resource-policy-invoke-only': ['fail'],
      'lambda-resource-policy-cross-account-trusted': ['fail'],
      'lambda-deployers-restricted': ['fail', 'fail'], // users without MFA (contractor, alice-admin), the outside account
    },
  },
  {
    // Its own role (WIDE_ROLE below) grants s3:* and GetSecretValue on everything, can pass any
    // role to a new function and invoke it, has no logs permission, is also trusted by Step
    // Functions, and never used S3. ci-deploy can update its code but cannot escalate by itself.
    region: US,
    fn: secure(US, 'wide-role'),
    expect: {
      'lambda-execution-role-no-service-wildcards': ['fail'],
      'lambda-execution-role-no-wildcard-resources': ['fail'],
      'lambda-execution-role-no-privilege-escalation': ['fail'],
      'lambda-execution-role-trust-scoped': ['fail'],
      'lambda-execution-role-secrets-scoped': ['fail'],
      'lambda-execution-role-can-write-logs': ['fail'],
      'lambda-execution-role-unused-permissions': ['fail'],
      'lambda-no-code-injection-escalation': ['fail'],
    },
  },
  {
    // SNS invokes it for one topic (scoped), but that topic lets anyone publish.
    region: US,
    fn: secure(US, 'public-topic-trigger', {
      policy: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'FromTopic', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: invoke(US, 'public-topic-trigger'), Condition: { ArnLike: { 'aws:SourceArn': arns.topic(US, ACCOUNT_ID, 'public-events') } } },
        ],
      },
    }),
    expect: {
      'lambda-resource-policy-service-source-scoped': ['pass'],
      'lambda-resource-policy-invoke-only': ['pass'],
      'lambda-resource-policy-cross-account-trusted': ['pass'],
      'lambda-event-sources-not-public': ['fail'],
    },
  },
  {
    // Behind the HTTP API: GET /items without any authorization (ROUTES below); API Gateway may
    // invoke it only for that API.
    region: US,
    fn: secure(US, 'open-api-route', {
      policy: {
        Version: '2012-10-17',
        Statement: [
          { Sid: 'HttpApi', Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: invoke(US, 'open-api-route'), Condition: { ArnLike: { 'aws:SourceArn': `arn:aws:execute-api:${US}:${ACCOUNT_ID}:${HTTP_API_ID}/*` } } },
        ],
      },
    }),
    expect: { 'lambda-resource-policy-service-source-scoped': ['pass'], 'lambda-resource-policy-invoke-only': ['pass'], 'lambda-resource-policy-cross-account-trusted': ['pass'] },
  },
]

const KEYS: DesignedKey[] = [
  { region: US, key: { keyId: KEY.usEnv, description: 'Lambda environment variables', rotationEnabled: true }, expect: 'pass' },
  { region: US, key: { keyId: KEY.usNoRotation, description: 'legacy data key', rotationEnabled: false }, expect: 'fail' },
  { region: US, key: { keyId: KEY.usAwsManaged, manager: 'AWS', description: 'Default key that protects my Lambda functions when no other key is defined' }, expect: 'skip' },
  { region: US, key: { keyId: KEY.usAsymmetric, keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY', description: 'release signing' }, expect: 'skip' },
  { region: EU, key: { keyId: KEY.euEnv, description: 'Lambda environment variables (eu)', rotationEnabled: true }, expect: 'pass' },
]

/** API Gateway routes (one verdict each for the route check; the resource name is `<api> <method> <path>`). */
export const ROUTE_CHECK = 'apigateway-lambda-routes-authorized'

interface DesignedRoute {
  region: string
  name: string
  expect: Status
}

const ROUTES: DesignedRoute[] = [
  { region: US, name: 'orders-api POST /orders', expect: 'pass' }, // Cognito user pool → secure-api
  { region: US, name: 'orders-api GET /orders/{id}', expect: 'pass' }, // no authorizer, but an API key → secure-api
  { region: US, name: 'orders-api GET /health', expect: 'skip' }, // a MOCK integration, no function
  { region: US, name: 'public-http GET /items', expect: 'fail' }, // NONE → open-api-route
  { region: US, name: 'public-http POST /items', expect: 'pass' }, // AWS_IAM → open-api-route
]

/** The finding identities the scan must produce: `checkId region/name status`, one per verdict. */
export function expectedFindings(): string[] {
  const out: string[] = []
  for (const d of FUNCTIONS) {
    for (const [check, statuses] of Object.entries(BASELINE)) {
      for (const s of d.expect[check] ?? statuses) out.push(`${check} ${d.region}/${d.fn.name} ${s}`)
    }
    // Lambda-depth checks: designed in fixture-lambda-depth.ts.
    for (const [check, statuses] of Object.entries(LAMBDA_DEPTH_BASELINE)) {
      for (const s of LAMBDA_DEPTH_EXCEPTIONS[d.fn.name]?.[check] ?? statuses) out.push(`${check} ${d.region}/${d.fn.name} ${s}`)
    }
  }
  out.push(...lambdaDepthExpectedFindings())
  for (const k of KEYS) out.push(`${KEY_CHECK} ${k.region}/${k.key.keyId} ${k.expect}`)
  for (const r of ROUTES) out.push(`${ROUTE_CHECK} ${r.region}/${r.name} ${r.expect}`)
  // IAM and the root user: designed in fixture-iam.ts.
  out.push(...iamExpectedFindings(FIXTURE_ACCOUNT))
  // Logging, monitoring, governance and KMS: designed in fixture-governance.ts.
  out.push(...governanceExpectedFindings(FIXTURE_ACCOUNT))
  // S3 and EC2/VPC: designed in fixture-s3-ec2.ts.
  out.push(...s3Ec2ExpectedFindings())
  // RDS, DynamoDB, EFS, ElastiCache, OpenSearch and AWS Backup: designed in fixture-data-stores.ts.
  out.push(...dataStoreExpectedFindings())
  // RDS.14, RDS.41, RDS.43 to RDS.46 on top of that design: fixture-fsbp-rds.ts.
  out.push(...fsbpRdsExpectedFindings())
  // EC2.20, EC2.51, EC2.171, EC2.172 (VPN and VPC Block Public Access): fixture-fsbp-vpn.ts.
  out.push(...fsbpVpnExpectedFindings())
  // EC2.25, EC2.170, EC2.181, EC2.173 (launch templates, Spot Fleet requests): fixture-fsbp-ec2-launch.ts.
  out.push(...fsbpEc2LaunchExpectedFindings())
  // S3.24, S3.25 (Multi-Region Access Points, directory buckets): fixture-fsbp-s3.ts.
  out.push(...fsbpS3ExpectedFindings())
  // DynamoDB.1, DynamoDB.3, DynamoDB.7, Backup.1 (auto scaling, DAX, recovery points): fixture-fsbp-dynamodb.ts.
  out.push(...fsbpDynamoDbExpectedFindings())
  // API Gateway stages, load balancers, CloudFront, ACM, WAF, ECR, ECS, EKS, queues, topics, secrets, SSM: designed in fixture-edge.ts.
  out.push(...edgeExpectedFindings(FIXTURE_ACCOUNT))
  // SecretsManager.2/.4 and SSM.1/.3/.6/.7 over those secrets, nodes and instances: fixture-fsbp-ssm.ts.
  out.push(...fsbpSsmExpectedFindings(FIXTURE_ACCOUNT))
  // ELB.18, ECS.10, ECS.16, Opensearch.10, ES.7 on top of the edge and data-store designs: fixture-fsbp-compute.ts.
  out.push(...fsbpComputeExpectedFindings())
  // EC2.4, EC2.10, EC2.16, EC2.17, EC2.24, EC2.55-EC2.60, EC2.180 over every instance, interface, ACL and VPC: fixture-fsbp-ec2-hygiene.ts.
  out.push(...ec2HygieneExpectedFindings(FIXTURE_ACCOUNT))
  // APIGateway.11, EKS.9, RDS.51 (enhanced domain policies, node groups, global databases): fixture-fsbp-newer.ts.
  out.push(...fsbpNewerExpectedFindings(FIXTURE_ACCOUNT))
  return out.sort()
}

/** Every check the fixture has designed verdicts for. */
export const COVERED_CHECKS = [...new Set([...Object.keys(BASELINE), KEY_CHECK, ROUTE_CHECK, ...IAM_COVERED_CHECKS, ...GOVERNANCE_COVERED_CHECKS, ...S3_EC2_COVERED_CHECKS, ...DATA_STORE_COVERED_CHECKS, ...FSBP_RDS_COVERED_CHECKS, ...FSBP_VPN_COVERED_CHECKS, ...FSBP_EC2_LAUNCH_COVERED_CHECKS, ...FSBP_S3_COVERED_CHECKS, ...FSBP_DYNAMODB_COVERED_CHECKS, ...LAMBDA_DEPTH_COVERED_CHECKS, ...EDGE_COVERED_CHECKS, ...FSBP_SSM_COVERED_CHECKS, ...FSBP_COMPUTE_COVERED_CHECKS, ...EC2_HYGIENE_COVERED_CHECKS, ...FSBP_NEWER_COVERED_CHECKS])].sort()

const logsPolicy = (name: string, region: string): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: `arn:aws:logs:${region}:${ACCOUNT_ID}:log-group:/aws/lambda/${name}:*` },
    { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: US_FAILURE_QUEUE },
  ],
})

const LAMBDA_TRUST: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }
const BASIC_EXECUTION = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'
const VPC_EXECUTION = 'arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole'
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess'
const ORDERS_READ = arns.policy(ACCOUNT_ID, 'orders-table-read')

function regionData(region: string) {
  const designed = FUNCTIONS.filter((d) => d.region === region)
  const us = region === US
  return {
    functions: designed.map((d) => d.fn),
    logGroups: [
      ...designed.map((d) => ({ name: d.fn.logGroup ?? `/aws/lambda/${d.fn.name}`, ...(d.noLogGroupRetention ? {} : { retentionInDays: 30 }), storedBytes: 1048576 })),
      { name: '/aws/lambda-insights', retentionInDays: 1 },
      { name: '/ecs/unrelated-service' },
    ],
    alarms: [
      ...designed
        .filter((d) => !d.noErrorsAlarm && d.fn.name !== 'eu-worker')
        .map((d) => ({ name: `${d.fn.name}-errors`, namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: d.fn.name }], threshold: 1, alarmActions: [ALERTS_TOPIC(region)] })),
      ...(us
        ? [{ name: 'lambda-throttles-account', namespace: 'AWS/Lambda', metricName: 'Throttles', threshold: 10, alarmActions: [ALERTS_TOPIC(region)] }]
        : [
            {
              name: 'eu-worker-error-rate',
              metrics: [
                { id: 'rate', expression: '100 * errors / invocations', returnData: true },
                { id: 'errors', namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'eu-worker' }] },
                { id: 'invocations', namespace: 'AWS/Lambda', metricName: 'Invocations', dimensions: [{ name: 'FunctionName', value: 'eu-worker' }] },
              ],
              threshold: 5,
              alarmActions: [ALERTS_TOPIC(region)],
            },
          ]),
    ],
    keys: KEYS.filter((k) => k.region === region).map((k) => k.key),
  }
}

const US_DATA = regionData(US)
const EU_DATA = regionData(EU)

/** The over-privileged execution role of `wide-role`. */
const WIDE_ROLE = {
  name: 'wide-role-role',
  trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Principal: { Service: ['lambda.amazonaws.com', 'states.amazonaws.com'] }, Action: 'sts:AssumeRole' }] },
  inlinePolicies: [
    {
      name: 'app',
      document: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow' as const, Action: 's3:*', Resource: '*' },
          { Effect: 'Allow' as const, Action: 'secretsmanager:GetSecretValue', Resource: '*' },
          { Effect: 'Allow' as const, Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' },
        ],
      },
    },
  ],
  // IAM's last-accessed report: S3 was never used.
  serviceLastAccessed: { s3: null },
}

/** Every role the functions use (one per function unless the design shares one), plus a few unrelated principals. */
function roles() {
  const perFunction = FUNCTIONS.filter((d) => d.fn.role === roleArn(`${d.fn.name}-role`)).map((d) => ({
    name: `${d.fn.name}-role`,
    trustPolicy: LAMBDA_TRUST,
    inlinePolicies: [{ name: 'logs-and-failures', document: logsPolicy(d.fn.name, d.region) }],
    attachedPolicies: [BASIC_EXECUTION, VPC_EXECUTION, ...(d.fn.name === 'secure-api' ? [ORDERS_READ] : [])],
    tags: { app: 'orders' },
  }))
  return [
    ...perFunction.filter((r) => r.name !== 'wide-role-role'),
    WIDE_ROLE,
    { name: 'shared-admin-role', trustPolicy: LAMBDA_TRUST, attachedPolicies: [ADMIN] },
    {
      name: 'ci-deploy',
      path: '/automation/',
      trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Principal: { AWS: `arn:aws:iam::${ACCOUNT_ID}:root` }, Action: 'sts:AssumeRole' }] },
      inlinePolicies: [{ name: 'deploy', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow' as const, Action: ['lambda:UpdateFunctionCode', 'lambda:PublishVersion'], Resource: '*' }] } }],
    },
  ]
}

/** Users, groups, roles, policies, credential report, password policy and providers of fixture-iam.ts. */
const IAM_DESIGN = iamDesign(ACCOUNT_ID)

export const FIXTURE_ACCOUNT: FixtureAccount = {
  accountId: ACCOUNT_ID,
  caller: { arn: `arn:aws:iam::${ACCOUNT_ID}:user/security-scanner`, userId: 'AIDAEXAMPLESCANNER01' },
  notOptedInRegions: [NOT_OPTED_IN],
  emptyRegions: ['us-west-2'],
  denied: [{ action: 'lambda:GetPolicy', resource: 'policy-access-denied' }],
  // Small pages, so the collectors' paging is exercised on every listing.
  pageSizes: {
    'lambda:ListFunctions': 5,
    'iam:GetAccountAuthorizationDetails': 4,
    'logs:DescribeLogGroups': 4,
    'kms:ListKeys': 2,
    'monitoring:DescribeAlarms': 4,
    'ec2:DescribeSubnets': 2,
    'ec2:DescribeSecurityGroups': 1,
    'ec2:DescribeRouteTables': 1,
  },
  regions: {
    [US]: {
      ...US_DATA,
      accessAnalyzers: ANALYZERS[US],
      layers: [{ name: 'shared-utils', versions: [{ version: 3, compatibleRuntimes: ['python3.13'] }] }],
      codeSigningConfigs: [{ id: 'csc-0a1b2c3d4e5f67890', allowedPublishers: [`arn:aws:signer:${US}:${ACCOUNT_ID}:/signing-profiles/release/abcdef1234`], untrustedArtifactOnDeployment: 'Enforce' }],
      eventSourceMappings: [
        { uuid: 'a1b2c3d4-0000-4000-8000-000000000001', functionName: 'secure-api', eventSourceArn: arns.queue(US, ACCOUNT_ID, 'orders-in'), onFailure: US_FAILURE_QUEUE },
      ],
      vpcs: [{ vpcId: VPC[US], cidrBlock: '10.10.0.0/16', tags: { Name: 'orders' } }],
      subnets: [
        { subnetId: SUBNET.usPrivateA, vpcId: VPC[US], availabilityZone: 'us-east-1a', cidrBlock: '10.10.1.0/24', tags: { Name: 'private-a' } },
        { subnetId: SUBNET.usPrivateB, vpcId: VPC[US], availabilityZone: 'us-east-1b', cidrBlock: '10.10.2.0/24', tags: { Name: 'private-b' } },
        { subnetId: SUBNET.usPublicA, vpcId: VPC[US], availabilityZone: 'us-east-1a', cidrBlock: '10.10.100.0/24', mapPublicIpOnLaunch: true, tags: { Name: 'public-a' } },
        { subnetId: SUBNET.usPrivateA2, vpcId: VPC[US], availabilityZone: 'us-east-1a', cidrBlock: '10.10.3.0/24', tags: { Name: 'private-a2' } },
      ],
      routeTables: [
        // Main table: private subnets without an explicit association fall back to it.
        { routeTableId: 'rtb-0a00000000000a001', vpcId: VPC[US], main: true, routes: [{ destination: '10.10.0.0/16', gatewayId: 'local' }, { destination: '0.0.0.0/0', natGatewayId: 'nat-0a00000000000a001' }] },
        {
          routeTableId: 'rtb-0b00000000000b002',
          vpcId: VPC[US],
          subnetIds: [SUBNET.usPrivateB],
          routes: [{ destination: '10.10.0.0/16', gatewayId: 'local' }, { destination: '0.0.0.0/0', natGatewayId: 'nat-0a00000000000a001' }, { destination: 'pl-63a5400a', gatewayId: 'vpce-0a00000000000a001' }],
        },
        { routeTableId: 'rtb-0c00000000000c003', vpcId: VPC[US], subnetIds: [SUBNET.usPublicA], routes: [{ destination: '10.10.0.0/16', gatewayId: 'local' }, { destination: '0.0.0.0/0', gatewayId: 'igw-0a00000000000a001' }] },
      ],
      securityGroups: [
        { groupId: SG.usRestricted, groupName: 'lambda-restricted', vpcId: VPC[US], description: 'HTTPS out only', egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrs: ['0.0.0.0/0'] }] },
        { groupId: SG.usOpenEgress, groupName: 'lambda-default-egress', vpcId: VPC[US], description: 'all traffic out', egress: [{ protocol: '-1', cidrs: ['0.0.0.0/0'], ipv6Cidrs: ['::/0'] }] },
      ],
      natGateways: [{ natGatewayId: 'nat-0a00000000000a001', vpcId: VPC[US], subnetId: SUBNET.usPublicA }],
      trails: [
        {
          // Multi-region, but its Lambda data-event selector only names us-east-1 functions.
          name: 'org-audit',
          isMultiRegion: true,
          isLogging: true,
          s3BucketName: 'audit-logs-111122223333',
          logFileValidation: true,
          kmsKeyId: keyArn(US, KEY.usEnv),
          advancedEventSelectors: [
            { name: 'Management events', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] },
            {
              name: 'Lambda invokes in us-east-1',
              fieldSelectors: [
                { field: 'eventCategory', equals: ['Data'] },
                { field: 'resources.type', equals: ['AWS::Lambda::Function'] },
                { field: 'resources.ARN', startsWith: [`arn:aws:lambda:${US}:${ACCOUNT_ID}:function:`] },
              ],
            },
          ],
        },
      ],
      queues: [
        { name: 'lambda-async-failures', kmsMasterKeyId: 'alias/aws/sqs' },
        {
          // `Principal: "*"` that aws:SourceArn pins to one topic of the account: not public.
          name: 'orders-in',
          policy: { Version: '2012-10-17', Statement: [{ Sid: 'FromOrdersTopic', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: arns.queue(US, ACCOUNT_ID, 'orders-in'), Condition: { ArnEquals: { 'aws:SourceArn': arns.topic(US, ACCOUNT_ID, 'orders-events') } } }] },
        },
      ],
      topics: [
        { name: 'ops-alerts', subscriptionsConfirmed: 3 },
        { name: 'public-events', subscriptionsConfirmed: 1, policy: { Version: '2012-10-17', Statement: [{ Sid: 'AnyonePublishes', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sns:Publish', Resource: arns.topic(US, ACCOUNT_ID, 'public-events') }] } },
      ],
      restApis: [
        {
          id: REST_API_ID,
          name: 'orders-api',
          endpointType: 'REGIONAL',
          resources: [
            { id: 'root0', path: '/' },
            { id: 'ord001', path: '/orders', methods: [{ httpMethod: 'POST', authorizationType: 'COGNITO_USER_POOLS', authorizerId: 'cog001', integration: { type: 'AWS_PROXY', uri: lambdaInvocationUri(US, 'secure-api') } }] },
            { id: 'ord002', path: '/orders/{id}', methods: [{ httpMethod: 'GET', authorizationType: 'NONE', apiKeyRequired: true, integration: { type: 'AWS_PROXY', uri: lambdaInvocationUri(US, 'secure-api') } }] },
            { id: 'hlt003', path: '/health', methods: [{ httpMethod: 'GET', authorizationType: 'NONE', integration: { type: 'MOCK' } }] },
          ],
        },
      ],
      httpApis: [
        {
          id: HTTP_API_ID,
          name: 'public-http',
          routes: [
            { id: 'rt0001', routeKey: 'GET /items', integrationId: 'int001' },
            { id: 'rt0002', routeKey: 'POST /items', authorizationType: 'AWS_IAM', integrationId: 'int001' },
          ],
          integrations: [{ id: 'int001', type: 'AWS_PROXY', uri: fnArn(US, 'open-api-route') }],
        },
      ],
    },
    [EU]: {
      ...EU_DATA,
      accessAnalyzers: ANALYZERS[EU],
      vpcs: [{ vpcId: VPC[EU], cidrBlock: '10.20.0.0/16' }],
      subnets: [
        { subnetId: SUBNET.euPrivateA, vpcId: VPC[EU], availabilityZone: 'eu-west-1a', cidrBlock: '10.20.1.0/24' },
        { subnetId: SUBNET.euPrivateB, vpcId: VPC[EU], availabilityZone: 'eu-west-1b', cidrBlock: '10.20.2.0/24' },
      ],
      routeTables: [{ routeTableId: 'rtb-0d00000000000d004', vpcId: VPC[EU], main: true, routes: [{ destination: '10.20.0.0/16', gatewayId: 'local' }, { destination: '0.0.0.0/0', transitGatewayId: 'tgw-0a00000000000a001' }] }],
      securityGroups: [{ groupId: SG.euRestricted, groupName: 'lambda-restricted', vpcId: VPC[EU], egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, prefixListIds: ['pl-6da54004'] }] }],
      trails: [
        {
          name: 'eu-selected-functions',
          isLogging: true,
          s3BucketName: 'audit-logs-111122223333-eu',
          eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type: 'AWS::Lambda::Function', values: [fnArn(EU, 'eu-worker'), fnArn(EU, 'plaintext-secret-default-key')] }] }],
        },
      ],
      topics: [{ name: 'eu-async-failures', subscriptionsConfirmed: 1 }, { name: 'ops-alerts', subscriptionsConfirmed: 2 }],
    },
  },
  iam: {
    ...IAM_DESIGN,
    roles: withRecentUse([...roles(), ...IAM_DESIGN.roles]),
    users: [
      { name: 'security-scanner', attachedPolicies: ['arn:aws:iam::aws:policy/SecurityAudit'] },
      // Long-term access keys, no MFA condition: may update one function's code.
      { name: 'contractor', inlinePolicies: [{ name: 'deploy-one', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['lambda:UpdateFunctionCode', 'lambda:GetFunction'], Resource: fnArn(US, 'cross-account-deployable') }] } }] },
      ...IAM_DESIGN.users,
    ],
    policies: [
      { name: 'AdministratorAccess', awsManaged: true, document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
      { name: 'AWSLambdaBasicExecutionRole', awsManaged: true, path: '/service-role/', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }] } },
      {
        name: 'AWSLambdaVPCAccessExecutionRole',
        awsManaged: true,
        path: '/service-role/',
        document: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents', 'ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets', 'ec2:DeleteNetworkInterface', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses'],
              Resource: '*',
            },
          ],
        },
      },
      { name: 'SecurityAudit', awsManaged: true, document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['lambda:Get*', 'lambda:List*', 'iam:Get*', 'iam:List*'], Resource: '*' }] } },
      { name: 'orders-table-read', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: `arn:aws:dynamodb:${US}:${ACCOUNT_ID}:table/orders` }] } },
      ...IAM_DESIGN.policies,
    ],
  },
}

// Config, Security Hub, Macie, GuardDuty, CIS alarms, trail buckets, more keys, the organization (fixture-governance.ts).
applyGovernanceDesign(FIXTURE_ACCOUNT)
// Buckets, S3 Control, instances, storage, network ACLs, flow logs, peering … (fixture-s3-ec2.ts); after the governance design, whose buckets it adds to.
applyS3Ec2Design(FIXTURE_ACCOUNT)

// RDS, DynamoDB, EFS, ElastiCache, OpenSearch and AWS Backup (fixture-data-stores.ts).
applyDataStoreDesign(FIXTURE_ACCOUNT)
applyFsbpRdsDesign(FIXTURE_ACCOUNT)
// Provisioned tables and their auto scaling, DAX clusters, recovery points (fixture-fsbp-dynamodb.ts).
applyFsbpDynamoDbDesign(FIXTURE_ACCOUNT)
// Site-to-Site and Client VPN, VPC Block Public Access (fixture-fsbp-vpn.ts).
applyFsbpVpnDesign(FIXTURE_ACCOUNT)
// Launch templates and Spot Fleet requests (fixture-fsbp-ec2-launch.ts).
applyFsbpEc2LaunchDesign(FIXTURE_ACCOUNT)
// S3 Multi-Region Access Points and directory buckets (fixture-fsbp-s3.ts).
applyFsbpS3Design(FIXTURE_ACCOUNT)

// API Gateway stages, load balancers, CloudFront, ACM, WAF, ECR, ECS, EKS, queues, topics, secrets and SSM (fixture-edge.ts).
addEdgeFixture(FIXTURE_ACCOUNT)
// Managed nodes and Systems Manager settings for SSM.1/.3/.6/.7 (fixture-fsbp-ssm.ts); after the S3/EC2 and edge designs.
applyFsbpSsmDesign(FIXTURE_ACCOUNT)
// ELB.18, ECS.10, ECS.16, Opensearch.10, ES.7 (fixture-fsbp-compute.ts); after the edge and data-store designs, whose resources it adds to.
applyFsbpComputeDesign(FIXTURE_ACCOUNT)
// A stopped dual-homed NAT instance, an unused network ACL, interface endpoints (fixture-fsbp-ec2-hygiene.ts); after every design that adds instances, interfaces, ACLs or endpoints.
applyEc2HygieneDesign(FIXTURE_ACCOUNT)
// Enhanced-policy domain, EKS node groups, Aurora global databases (fixture-fsbp-newer.ts); after the edge design, whose domains and clusters it extends.
applyFsbpNewerDesign(FIXTURE_ACCOUNT)
