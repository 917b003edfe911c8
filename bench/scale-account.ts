/**
 * The benchmark's account: 2,000 functions over 3 regions, 500 execution roles with inline and
 * managed policies, a few VPCs per region, an Errors alarm on most functions, log groups and a
 * multi-region trail. Deterministic for a seed.
 *
 * Built on the loopback server's generator (functions, VPC, log groups, trail) and then
 * deepened where the benchmark needs more than the generator gives: IAM (inline policies,
 * customer managed policies, a boundary), extra VPCs and the alarms.
 */
import { arns, createPrng, generateAccount, type FixtureAccount, type FixtureAlarm, type FixtureManagedPolicy, type FixtureRegion } from '../test/aws-server/index.js'

export const SCALE_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2']
export const SCALE_FUNCTIONS = 2000
export const SCALE_ROLES = 500

export interface ScaleOptions {
  functions?: number
  roles?: number
  regions?: string[]
  seed?: number
}

export function scaleAccount(o: ScaleOptions = {}): FixtureAccount {
  const regions = o.regions ?? SCALE_REGIONS
  const functions = o.functions ?? SCALE_FUNCTIONS
  const roles = o.roles ?? SCALE_ROLES
  const perRegion = Math.ceil(functions / regions.length)
  const perRole = Math.ceil(functions / roles)
  const account = generateAccount({ functionsPerRegion: perRegion, regions, functionsPerRole: perRole, seed: o.seed ?? 2026 })
  const prng = createPrng((o.seed ?? 2026) + 1)

  // The generator gives every region the same count: drop the surplus from the last regions.
  let surplus = perRegion * regions.length - functions
  for (const region of [...regions].reverse()) {
    const r = account.regions[region]!
    const drop = Math.min(surplus, (r.functions ?? []).length)
    if (drop > 0) {
      const dropped = new Set(r.functions!.splice(r.functions!.length - drop, drop).map((f) => `/aws/lambda/${f.name}`))
      r.logGroups = (r.logGroups ?? []).filter((g) => !dropped.has(g.name))
      surplus -= drop
    }
  }
  const used = new Set(Object.values(account.regions).flatMap((r) => (r.functions ?? []).map((f) => f.role)))
  account.iam.roles = account.iam.roles.filter((r) => used.has(arns.role(account.accountId, r.name)))

  deepenIam(account, prng)
  for (const region of regions) deepenRegion(account.regions[region]!, region, account.accountId, prng)
  return account
}

/** Customer managed policies shared by roles, one inline policy per role, a boundary on some. */
function deepenIam(account: FixtureAccount, prng: ReturnType<typeof createPrng>): void {
  const id = account.accountId
  const customer: FixtureManagedPolicy[] = Array.from({ length: 40 }, (_, i) => ({
    name: `app-policy-${i}`,
    document: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'], Resource: `arn:aws:dynamodb:*:${id}:table/app-${i}` },
        { Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-${i}/*` },
      ],
    },
  }))
  const admin: FixtureManagedPolicy = { name: 'AdministratorAccess', awsManaged: true, document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }
  const boundary: FixtureManagedPolicy = { name: 'lambda-boundary', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }] } }
  account.iam.policies = [...(account.iam.policies ?? []), ...customer, admin, boundary]
  for (const [i, role] of account.iam.roles.entries()) {
    role.inlinePolicies = [
      {
        name: 'queues',
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:ReceiveMessage'], Resource: `arn:aws:sqs:*:${id}:queue-${i}`, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }],
        },
      },
    ]
    role.attachedPolicies = [...(role.attachedPolicies ?? []), arns.policy(id, `app-policy-${i % customer.length}`)]
    if (prng.chance(0.02)) role.attachedPolicies.push(arns.policy(id, 'AdministratorAccess', '/', true))
    if (prng.chance(0.1)) role.permissionsBoundary = arns.policy(id, 'lambda-boundary')
    role.tags = { team: `team-${i % 9}` }
  }
}

/** Two more VPCs with subnets, route tables and groups; an Errors alarm on 70% of functions. */
function deepenRegion(r: FixtureRegion, region: string, accountId: string, prng: ReturnType<typeof createPrng>): void {
  const tag = region.replace(/-/g, '')
  for (let v = 2; v <= 3; v++) {
    const vpcId = `vpc-${tag}000${v}`
    r.vpcs!.push({ vpcId, cidrBlock: `10.${v}.0.0/16` })
    const subnets = ['a', 'b', 'c'].map((z, i) => ({ subnetId: `subnet-${tag}${v}${i}`, vpcId, availabilityZone: `${region}${z}`, cidrBlock: `10.${v}.${i}.0/24`, mapPublicIpOnLaunch: v === 3 && i === 0 }))
    r.subnets!.push(...subnets)
    r.routeTables!.push(
      { routeTableId: `rtb-${tag}000${v}`, vpcId, main: true, routes: [{ destination: `10.${v}.0.0/16`, gatewayId: 'local' }, { destination: '0.0.0.0/0', natGatewayId: `nat-${tag}${v}` }] },
      { routeTableId: `rtb-${tag}100${v}`, vpcId, subnetIds: [subnets[0]!.subnetId], routes: [{ destination: `10.${v}.0.0/16`, gatewayId: 'local' }, { destination: '0.0.0.0/0', gatewayId: `igw-${tag}${v}` }] },
    )
    r.natGateways = [...(r.natGateways ?? []), { natGatewayId: `nat-${tag}${v}`, vpcId, subnetId: subnets[0]!.subnetId }]
    r.securityGroups!.push({ groupId: `sg-${tag}000${v}`, groupName: `app-${v}`, vpcId, egress: [{ protocol: '-1', cidrs: ['0.0.0.0/0'] }] })
  }
  const topic = arns.topic(region, accountId, 'ops')
  r.topics = [...(r.topics ?? []), { name: 'ops', subscriptionsConfirmed: 1 }]
  const alarms: FixtureAlarm[] = []
  for (const fn of r.functions ?? []) {
    if (!prng.chance(0.7)) continue
    alarms.push({
      name: `${fn.name}-errors`,
      namespace: 'AWS/Lambda',
      metricName: 'Errors',
      dimensions: [{ name: 'FunctionName', value: fn.name }],
      statistic: 'Sum',
      threshold: 1,
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      period: 60,
      evaluationPeriods: 1,
      actionsEnabled: prng.chance(0.9),
      alarmActions: [topic],
    })
  }
  r.alarms = alarms
}
