/**
 * The Lambda-depth checks (code signing, layer versions, Duration/Throttles/DLQ alarms, VPC
 * egress path and ingress, VPC attachment, runtime deprecation lead time, required tags) in the
 * end-to-end test.
 *
 * On the main account (fixture-account.ts) these checks judge the functions designed there: the
 * baseline and exceptions below state what each check says about them, derived from the
 * designs. A small third account (LAMBDA_DEPTH_ACCOUNT, scanned with LAMBDA_DEPTH_CONFIG) gives
 * the verdicts the main account has no resource for: alarms per function and per failure queue,
 * a code signing config that trusts another account's profile, an outdated and public layer
 * version, an isolated subnet, a security group open to the world, a runtime inside a long lead
 * time and configured required tags.
 *
 * The code-inspection checks need `--inspect-code` and deployment packages: they skip here
 * (no inspection) and their other verdicts are designed in inspect-code.test.ts.
 */
import type { FixtureAccount, PolicyDocument } from '../aws-server/fixture.js'
import { arns } from '../aws-server/fixture.js'
import { findRuntime, runtimeStatus } from '../../src/analysis/runtime-lifecycle.js'

type Status = 'pass' | 'fail' | 'unknown' | 'skip'

const US = 'us-east-1'

/**
 * Checks that need `--inspect-code`; their other verdicts are designed in inspect-code.test.ts
 * (lambda-layer-no-secrets has only a failing and skipped layer there so far, no passing one).
 */
export const CODE_INSPECTION_CHECKS = [
  'lambda-code-dependencies-no-known-vulnerabilities',
  'lambda-code-no-dynamic-exec-on-event',
  'lambda-code-no-secrets',
  'lambda-code-no-sql-string-building',
  'lambda-layer-no-secrets',
]

/** What the Lambda-depth checks say about the main account's secure baseline function. */
export const LAMBDA_DEPTH_BASELINE: Record<string, Status[]> = {
  ...Object.fromEntries(CODE_INSPECTION_CHECKS.map((c) => [c, ['skip'] as Status[]])), // no --inspect-code
  'lambda-code-signing-enforced': ['fail'], // no code signing config
  'lambda-code-signing-profiles-valid': ['skip'], // no code signing config
  // us-east-1: failures go to the queue lambda-async-failures, which has no depth alarm.
  'lambda-dlq-alarm-configured': ['fail'],
  'lambda-duration-alarm-configured': ['fail'], // only Errors alarms
  // us-east-1 has an account-wide Throttles alarm (no FunctionName): not accepted by default.
  'lambda-throttles-alarm-configured': ['fail'],
  'lambda-function-in-vpc': ['pass'],
  'lambda-layer-version-current': ['skip'], // no layers
  'lambda-runtime-deprecation-upcoming': ['pass'], // python3.13 / java21: deprecated in 2029
  'lambda-vpc-private-egress-path': ['pass'], // private subnets route 0.0.0.0/0 to a NAT (us) or a transit gateway (eu)
  'lambda-vpc-sg-no-open-ingress': ['pass'], // the groups have no ingress rule
  'lambda-required-tags': ['skip'], // no required keys configured
}

/** Failures go to an SNS topic (eu-west-1), nowhere, or to a queue that was deleted: no queue to alarm on. */
const NO_FAILURE_QUEUE = { 'lambda-dlq-alarm-configured': ['skip'] as Status[] }

/** Where a main-account function's verdicts differ from LAMBDA_DEPTH_BASELINE, by function name. */
export const LAMBDA_DEPTH_EXCEPTIONS: Record<string, Partial<Record<string, Status[]>>> = {
  // Its code signing config (own account's profile) enforces; it runs version 3 of its own layer, the newest.
  'secure-api': { 'lambda-code-signing-enforced': ['pass'], 'lambda-code-signing-profiles-valid': ['pass'], 'lambda-layer-version-current': ['pass'] },
  // A container image outside any VPC: code signing, runtime and VPC checks do not apply, and it is not in a VPC.
  'container-image': {
    'lambda-code-signing-enforced': ['skip'],
    'lambda-runtime-deprecation-upcoming': ['skip'],
    'lambda-function-in-vpc': ['fail'],
    'lambda-vpc-private-egress-path': ['skip'],
    'lambda-vpc-sg-no-open-ingress': ['skip'],
  },
  // nodejs16.x is already deprecated: lambda-runtime-supported reports it.
  'deprecated-runtime-no-tracing': { 'lambda-runtime-deprecation-upcoming': ['skip'] },
  'plaintext-secret-default-key': NO_FAILURE_QUEUE,
  'eu-worker': NO_FAILURE_QUEUE,
  'eu-untrailed-shared-admin': NO_FAILURE_QUEUE,
  'no-failure-destination-no-concurrency': NO_FAILURE_QUEUE,
  // Its layer belongs to another account: nothing of its own to compare.
  'third-party-layer-deleted-dlq': { ...NO_FAILURE_QUEUE, 'lambda-layer-version-current': ['skip'] },
}

/** Verdicts on the main account's resources other than functions. */
export function lambdaDepthExpectedFindings(): string[] {
  // The layer shared-utils has no version policy.
  return [`lambda-layer-version-not-public ${US}/shared-utils pass`]
}

// ---- A third account for the other verdicts ----

const DEPTH = '555566667777'
const VPC = 'vpc-0d0e0000000000d01'
const SUBNET = { isolated: 'subnet-0d1000000000000d1', natted: 'subnet-0d2000000000000d2' }
const SG = { open: 'sg-0d1000000000000d1', closed: 'sg-0d2000000000000d2' }
const NAT = 'nat-0d1000000000000d1'
const TOPIC = arns.topic(US, DEPTH, 'oncall')
const QUEUE = 'depth-failures'
const trust: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }
const alarm = (name: string, namespace: string, metricName: string, dimension: { name: string; value: string }) => ({ name, namespace, metricName, dimensions: [dimension], threshold: 1, alarmActions: [TOPIC] })

/** The third account's planning window for lambda-runtime-deprecation-upcoming: ten years. */
const DEPTH_LEAD_DAYS = 3650

/** The configuration file of the third account's scan: required tags and a ten-year lead time. */
export const LAMBDA_DEPTH_CONFIG = `checkOptions:
  lambda-required-tags:
    requiredKeys: [owner, cost-center]
  lambda-runtime-deprecation-upcoming:
    leadDays: ${DEPTH_LEAD_DAYS}
`

/**
 * lambda-runtime-deprecation-upcoming's verdict for a runtime at the scan's time, from
 * data/lambda-runtimes.json: inside the window it fails; once the date has passed it skips
 * (lambda-runtime-supported reports it); an unscheduled or distant date passes. Derived, so the
 * expectation follows the calendar and the data file instead of breaking on a deprecation date.
 */
function upcomingVerdict(runtime: string, now: Date): 'pass' | 'fail' | 'skip' {
  const rt = findRuntime(runtime)
  if (!rt) throw new Error(`fixture-lambda-depth: ${runtime} is not in data/lambda-runtimes.json`)
  const { phase } = runtimeStatus(rt, now, DEPTH_LEAD_DAYS)
  return phase === 'deprecating-soon' ? 'fail' : phase === 'supported' ? 'pass' : 'skip'
}

export const LAMBDA_DEPTH_ACCOUNT: FixtureAccount = {
  accountId: DEPTH,
  caller: { arn: `arn:aws:iam::${DEPTH}:user/auditor`, userId: 'AIDADEPTHACCOUNTAUD1' },
  iam: { roles: [{ name: 'depth-role', trustPolicy: trust }] },
  regions: {
    [US]: {
      functions: [
        {
          // Alarmed on Duration, Throttles and its failure queue, but in an isolated subnet behind
          // a group open to the world, signed with a config that trusts another account's profile,
          // on an outdated layer version, and missing the cost-center tag.
          name: 'alarmed-isolated',
          runtime: 'nodejs24.x',
          handler: 'index.handler',
          role: arns.role(DEPTH, 'depth-role'),
          vpc: { subnetIds: [SUBNET.isolated], securityGroupIds: [SG.open] },
          eventInvokeConfig: { onFailure: arns.queue(US, DEPTH, QUEUE), maximumRetryAttempts: 2 },
          codeSigningConfigArn: arns.codeSigningConfig(US, DEPTH, 'csc-0d1e2f3a4b5c6d7e8'),
          layers: [arns.layerVersion(US, DEPTH, 'depth-utils', 1)],
          tags: { owner: 'team-depth' },
        },
        {
          // Tagged as required, in a subnet that reaches the internet through a NAT gateway.
          name: 'tagged-natted',
          runtime: 'python3.13',
          handler: 'app.handler',
          role: arns.role(DEPTH, 'depth-role'),
          vpc: { subnetIds: [SUBNET.natted], securityGroupIds: [SG.closed] },
          tags: { owner: 'team-depth', 'cost-center': 'cc-42' },
        },
      ],
      layers: [
        {
          name: 'depth-utils',
          versions: [
            { version: 1, compatibleRuntimes: ['nodejs24.x'] },
            // Anyone may use version 2.
            { version: 2, compatibleRuntimes: ['nodejs24.x'], policy: { Version: '2012-10-17', Statement: [{ Sid: 'Everyone', Effect: 'Allow', Principal: '*', Action: 'lambda:GetLayerVersion', Resource: `${arns.layer(US, DEPTH, 'depth-utils')}:2` }] } },
          ],
        },
      ],
      codeSigningConfigs: [{ id: 'csc-0d1e2f3a4b5c6d7e8', allowedPublishers: [`arn:aws:signer:${US}:999988887777:/signing-profiles/vendor/0123456789`], untrustedArtifactOnDeployment: 'Enforce' }],
      queues: [{ name: QUEUE, sqsManagedSse: true }],
      alarms: [
        alarm('alarmed-isolated-duration', 'AWS/Lambda', 'Duration', { name: 'FunctionName', value: 'alarmed-isolated' }),
        alarm('alarmed-isolated-throttles', 'AWS/Lambda', 'Throttles', { name: 'FunctionName', value: 'alarmed-isolated' }),
        alarm('depth-failures-depth', 'AWS/SQS', 'ApproximateNumberOfMessagesVisible', { name: 'QueueName', value: QUEUE }),
      ],
      vpcs: [{ vpcId: VPC, cidrBlock: '10.30.0.0/16' }],
      subnets: [
        { subnetId: SUBNET.isolated, vpcId: VPC, availabilityZone: 'us-east-1a', cidrBlock: '10.30.1.0/24' },
        { subnetId: SUBNET.natted, vpcId: VPC, availabilityZone: 'us-east-1b', cidrBlock: '10.30.2.0/24' },
      ],
      routeTables: [
        // Main table: the VPC only, no default route and no endpoints.
        { routeTableId: 'rtb-0d1000000000000d1', vpcId: VPC, main: true, routes: [{ destination: '10.30.0.0/16', gatewayId: 'local' }] },
        { routeTableId: 'rtb-0d2000000000000d2', vpcId: VPC, subnetIds: [SUBNET.natted], routes: [{ destination: '10.30.0.0/16', gatewayId: 'local' }, { destination: '0.0.0.0/0', natGatewayId: NAT }] },
      ],
      natGateways: [{ natGatewayId: NAT, vpcId: VPC, subnetId: SUBNET.natted }],
      // Judged by name only: a password kept as a SecureString, a token kept in clear text, a setting.
      parameters: [
        { name: '/depth/db/password', type: 'SecureString' },
        { name: '/depth/partner-api-token', type: 'String' },
        { name: '/depth/log-level', type: 'String' },
      ],
      securityGroups: [
        { groupId: SG.open, groupName: 'ssh-from-anywhere', vpcId: VPC, ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrs: ['0.0.0.0/0'] }], egress: [{ protocol: '-1', cidrs: ['0.0.0.0/0'] }] },
        { groupId: SG.closed, groupName: 'no-ingress', vpcId: VPC, egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrs: ['0.0.0.0/0'] }] },
      ],
    },
  },
}

/** The checks the third account is scanned with. */
export const LAMBDA_DEPTH_CHECKS = [
  'lambda-code-signing-enforced',
  'lambda-code-signing-profiles-valid',
  'lambda-dlq-alarm-configured',
  'lambda-duration-alarm-configured',
  'lambda-throttles-alarm-configured',
  'lambda-function-in-vpc',
  'lambda-layer-version-current',
  'lambda-layer-version-not-public',
  'lambda-runtime-deprecation-upcoming',
  'lambda-vpc-private-egress-path',
  'lambda-vpc-sg-no-open-ingress',
  'lambda-required-tags',
  'ssm-parameter-secrets-secure-string',
]

/** `now`: the scan's clock (the report's startedAt); the runtime verdicts depend on it. */
export function lambdaDepthAccountExpectedFindings(now: Date = new Date()): string[] {
  const a = `${US}/alarmed-isolated`
  const t = `${US}/tagged-natted`
  return [
    `lambda-code-signing-enforced ${a} pass`, // Enforce
    `lambda-code-signing-enforced ${t} fail`, // none
    `lambda-code-signing-profiles-valid ${a} fail`, // the profile belongs to 999988887777, not trusted
    `lambda-code-signing-profiles-valid ${t} skip`,
    `lambda-dlq-alarm-configured ${a} pass`, // depth-failures-depth notifies
    `lambda-dlq-alarm-configured ${t} skip`, // no failure target
    `lambda-duration-alarm-configured ${a} pass`,
    `lambda-duration-alarm-configured ${t} fail`,
    `lambda-throttles-alarm-configured ${a} pass`,
    `lambda-throttles-alarm-configured ${t} fail`,
    `lambda-function-in-vpc ${a} pass`,
    `lambda-function-in-vpc ${t} pass`,
    `lambda-layer-version-current ${a} fail`, // version 1, newest 2
    `lambda-layer-version-current ${t} skip`,
    `lambda-layer-version-not-public ${US}/depth-utils fail`, // version 2 is public
    // With a 3650-day lead time nodejs24.x (2028-04-30) and python3.13 (2029-06-30) fail until their dates.
    `lambda-runtime-deprecation-upcoming ${a} ${upcomingVerdict('nodejs24.x', now)}`,
    `lambda-runtime-deprecation-upcoming ${t} ${upcomingVerdict('python3.13', now)}`,
    `lambda-vpc-private-egress-path ${a} fail`, // main table: local route only
    `lambda-vpc-private-egress-path ${t} pass`, // NAT gateway
    `lambda-vpc-sg-no-open-ingress ${a} fail`, // 22 from 0.0.0.0/0
    `lambda-vpc-sg-no-open-ingress ${t} pass`,
    `lambda-required-tags ${a} fail`, // cost-center missing
    `lambda-required-tags ${t} pass`,
    `ssm-parameter-secrets-secure-string ${US}//depth/db/password pass`,
    `ssm-parameter-secrets-secure-string ${US}//depth/partner-api-token fail`,
    `ssm-parameter-secrets-secure-string ${US}//depth/log-level skip`, // the name suggests no secret
  ].sort()
}

/** Every Lambda-depth check this file gives verdicts for (the code-inspection ones included: see above). */
export const LAMBDA_DEPTH_COVERED_CHECKS = [...Object.keys(LAMBDA_DEPTH_BASELINE), 'lambda-layer-version-not-public', 'ssm-parameter-secrets-secure-string']
