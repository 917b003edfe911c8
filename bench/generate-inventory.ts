/**
 * Generated inventories of a given size for the evaluation benchmark: functions (with shared
 * and own roles, VPC attachments, layers, destinations, URLs, policies), the roles and
 * managed policies they use, VPCs with subnets, route tables and security groups, Errors
 * alarms, log groups, keys, queues, topics and trails, spread over four regions. A small share
 * of fields is `unresolved`, so the engine's read tracking is part of what is measured.
 * Deterministic for a size and seed.
 */
import { INVENTORY_SCHEMA_VERSION, type Inventory } from '../src/core/inventory.js'
import type { ResourceBase } from '../src/model/common.js'
import type { LambdaFunction } from '../src/model/lambda.js'
import type { ResourceOf, ResourceType } from '../src/model/resource-types.js'
import { createPrng } from '../test/aws-server/prng.js'
import { iamRole, kmsKey, lambdaFunction, lambdaLayer, logGroup, managedPolicy, metricAlarm, routeTable, securityGroup, snsTopic, sqsQueue, subnet, trail, vpc } from '../test/factories/index.js'

export const ACCOUNT_ID = '111122223333'
export const EVAL_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-west-2']

/** Share of the resources of each type; functions take what is left. */
const SHARES = {
  roles: 0.1,
  policies: 0.01,
  alarms: 0.2,
  logGroups: 0.2,
  vpcs: 0.002,
  keys: 0.005,
  queues: 0.005,
  topics: 0.004,
  layers: 0.002,
}
/** Per VPC: 3 subnets, 2 route tables, 3 security groups. */
const PER_VPC = { subnets: 3, routeTables: 2, securityGroups: 3 }

export function generateInventory(size: number, seed = 1): Inventory {
  const prng = createPrng(seed)
  const n = (share: number) => Math.max(1, Math.round(size * share))
  const counts = {
    roles: n(SHARES.roles),
    policies: n(SHARES.policies),
    alarms: n(SHARES.alarms),
    logGroups: n(SHARES.logGroups),
    vpcs: n(SHARES.vpcs),
    keys: n(SHARES.keys),
    queues: n(SHARES.queues),
    topics: n(SHARES.topics),
    layers: n(SHARES.layers),
    trails: 2,
  }
  const network = counts.vpcs * (1 + PER_VPC.subnets + PER_VPC.routeTables + PER_VPC.securityGroups)
  const others = Object.values(counts).reduce((a, b) => a + b, 0) - counts.vpcs + network
  const functions = Math.max(1, size - others)

  const region = (i: number) => EVAL_REGIONS[i % EVAL_REGIONS.length]!
  const arn = (service: string, r: string, rest: string) => `arn:aws:${service}:${r}:${ACCOUNT_ID}:${rest}`
  const place = <T extends ResourceBase>(r: T, reg: string, id: string, resourceArn?: string): T => ({ ...r, region: reg, id, ...(resourceArn ? { arn: resourceArn } : {}), accountId: ACCOUNT_ID })

  const policies = Array.from({ length: counts.policies }, (_, i) =>
    managedPolicy({
      name: `app-${i}`,
      arn: `arn:aws:iam::${ACCOUNT_ID}:policy/app-${i}`,
      document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: `arn:aws:dynamodb:*:${ACCOUNT_ID}:table/t-${i}` }] },
    }),
  )
  policies.push(managedPolicy({ name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess', awsManaged: true, document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }))
  for (const p of policies) p.id = p.arn!

  const roles = Array.from({ length: counts.roles }, (_, i) => {
    const name = `role-${i}`
    const roleArn = `arn:aws:iam::${ACCOUNT_ID}:role/${name}`
    const attached = [{ arn: policies[i % counts.policies]!.arn!, name: policies[i % counts.policies]!.name }]
    if (prng.chance(0.02)) attached.push({ arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' })
    return iamRole({ name, id: roleArn, arn: roleArn, accountId: ACCOUNT_ID, attachedPolicies: attached, ...(prng.chance(0.01) ? { unresolved: { inlinePolicies: 'AccessDenied (iam:GetAccountAuthorizationDetails)' } } : {}) })
  })

  const vpcs: ResourceOf<'ec2.vpc'>[] = []
  const subnets: ResourceOf<'ec2.subnet'>[] = []
  const tables: ResourceOf<'ec2.route-table'>[] = []
  const groups: ResourceOf<'ec2.security-group'>[] = []
  for (let v = 0; v < counts.vpcs; v++) {
    const reg = region(v)
    const vpcId = `vpc-${v.toString(16).padStart(8, '0')}`
    vpcs.push(place(vpc({ name: vpcId }), reg, vpcId, arn('ec2', reg, `vpc/${vpcId}`)))
    const ids = Array.from({ length: PER_VPC.subnets }, (_, s) => `subnet-${v.toString(16)}-${s}`)
    ids.forEach((id, s) => subnets.push(place(subnet({ name: id, vpcId, availabilityZone: `${reg}${'abc'[s % 3]}`, mapPublicIpOnLaunch: s === 0 }), reg, id, arn('ec2', reg, `subnet/${id}`))))
    tables.push(
      place(routeTable({ name: `rtb-${v}-main`, vpcId, main: true, subnetIds: [] }), reg, `rtb-${v}-main`),
      place(routeTable({ name: `rtb-${v}-pub`, vpcId, main: false, subnetIds: [ids[0]!], routes: [{ destination: '0.0.0.0/0', gatewayId: `igw-${v}` }] }), reg, `rtb-${v}-pub`),
    )
    for (let g = 0; g < PER_VPC.securityGroups; g++) {
      const id = `sg-${v.toString(16)}-${g}`
      const open = g === 2
      groups.push(
        place(
          securityGroup({ name: id, groupId: id, vpcId, ...(open ? { egress: [{ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [] }] } : {}) }),
          reg,
          id,
          arn('ec2', reg, `security-group/${id}`),
        ),
      )
    }
  }
  const vpcsIn = (reg: string) => vpcs.filter((x) => x.region === reg)

  const keys = Array.from({ length: counts.keys }, (_, i) => {
    const reg = region(i)
    const keyId = `key-${i}`
    return place(kmsKey({ keyId, name: keyId, rotationEnabled: prng.chance(0.7) }), reg, arn('kms', reg, `key/${keyId}`), arn('kms', reg, `key/${keyId}`))
  })
  const queues = Array.from({ length: counts.queues }, (_, i) => {
    const reg = region(i)
    const a = arn('sqs', reg, `dlq-${i}`)
    return place(sqsQueue({ name: `dlq-${i}` }), reg, a, a)
  })
  const topics = Array.from({ length: counts.topics }, (_, i) => {
    const reg = region(i)
    const a = arn('sns', reg, `alerts-${i}`)
    return place(snsTopic({ name: `alerts-${i}` }), reg, a, a)
  })
  const layers = Array.from({ length: counts.layers }, (_, i) => {
    const reg = region(i)
    const a = arn('lambda', reg, `layer:shared-${i}`)
    return place(lambdaLayer({ name: `shared-${i}`, versions: [{ version: 1, arn: `${a}:1`, compatibleRuntimes: ['nodejs22.x'], policy: null }] }), reg, a, a)
  })
  const trails = [
    place(trail({ name: 'org-trail' }), 'us-east-1', arn('cloudtrail', 'us-east-1', 'trail/org-trail'), arn('cloudtrail', 'us-east-1', 'trail/org-trail')),
    place(trail({ name: 'eu-only', isMultiRegion: false, homeRegion: 'eu-west-1', eventSelectors: [] }), 'eu-west-1', arn('cloudtrail', 'eu-west-1', 'trail/eu-only'), arn('cloudtrail', 'eu-west-1', 'trail/eu-only')),
  ]

  const runtimes = ['nodejs22.x', 'nodejs20.x', 'python3.12', 'python3.9', 'java21', 'nodejs16.x', 'provided.al2023']
  const fns: LambdaFunction[] = []
  for (let i = 0; i < functions; i++) {
    const reg = region(i)
    const name = `fn-${i}`
    const a = arn('lambda', reg, `function:${name}`)
    const inVpc = vpcsIn(reg)
    const net = inVpc.length && prng.chance(0.4) ? inVpc[prng.int(inVpc.length)]! : undefined
    const netSubnets = net ? subnets.filter((s) => s.vpcId === net.id) : []
    const unresolved: Record<string, string> | undefined = prng.chance(0.02) ? { policy: 'AccessDenied (lambda:GetPolicy)' } : prng.chance(0.01) ? { tags: 'AccessDenied (lambda:ListTags)' } : undefined
    const fn = lambdaFunction({
      name,
      id: a,
      arn: a,
      region: reg,
      accountId: ACCOUNT_ID,
      runtime: prng.pick(runtimes),
      role: roles[prng.chance(0.2) ? prng.int(roles.length) : Math.floor(i / 4) % roles.length]!.arn!,
      environment: prng.chance(0.05) ? { DB_PASSWORD: 'hunter2-not-a-real-password' } : { TABLE: `t-${i}` },
      kmsKeyArn: keys[i % keys.length]!.arn!,
      ...(net ? { vpc: { vpcId: net.id, subnetIds: netSubnets.slice(0, prng.chance(0.5) ? 2 : 1).map((s) => s.id), securityGroupIds: [groups.find((g) => g.vpcId === net.id)!.id] } } : { vpc: undefined }),
      deadLetterTargetArn: queues[i % queues.length]!.arn!,
      tracingMode: prng.chance(0.5) ? 'Active' : 'PassThrough',
      layers: prng.chance(0.1) ? [{ arn: `${layers[i % layers.length]!.arn}:1` }, { arn: 'arn:aws:lambda:us-east-1:999999999999:layer:ext:3' }] : [],
      logging: { logGroup: `/aws/lambda/${name}` },
      policy: prng.chance(0.3)
        ? { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: prng.chance(0.2) ? '*' : { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: a }] }
        : null,
      url: prng.chance(0.1) ? { authType: prng.chance(0.5) ? 'NONE' : 'AWS_IAM', cors: { allowOrigins: ['*'], allowMethods: ['GET'], allowHeaders: [], allowCredentials: false } } : null,
      reservedConcurrency: prng.chance(0.3) ? 10 : null,
      eventInvokeConfig: prng.chance(0.3) ? { onFailureDestination: queues[(i + 1) % queues.length]!.arn! } : null,
      ...(unresolved ? { unresolved } : {}),
    })
    fns.push(fn)
  }

  const alarms = Array.from({ length: counts.alarms }, (_, i) => {
    const fn = fns[(i * 2) % fns.length]!
    const name = `${fn.name}-errors-${i}`
    const a = arn('cloudwatch', fn.region, `alarm:${name}`)
    return place(
      metricAlarm({ name, dimensions: [{ name: 'FunctionName', value: fn.name }], actionsEnabled: prng.chance(0.9), alarmActions: [topics[i % topics.length]!.arn!] }),
      fn.region,
      a,
      a,
    )
  })
  const logs = Array.from({ length: counts.logGroups }, (_, i) => {
    const fn = fns[(i * 2 + 1) % fns.length]!
    const name = fn.logging.logGroup
    const a = arn('logs', fn.region, `log-group:${name}`)
    return place(logGroup({ name, ...(prng.chance(0.5) ? { retentionInDays: 30 } : { retentionInDays: undefined }) }), fn.region, a, a)
  })

  const resources: { [T in ResourceType]?: ResourceOf<T>[] } = {
    'lambda.function': fns,
    'lambda.layer': layers,
    'iam.role': roles,
    'iam.policy': policies,
    'ec2.vpc': vpcs,
    'ec2.subnet': subnets,
    'ec2.route-table': tables,
    'ec2.security-group': groups,
    'kms.key': keys,
    'cloudtrail.trail': trails,
    'cloudwatch.alarm': alarms,
    'logs.log-group': logs,
    'sqs.queue': queues,
    'sns.topic': topics,
  }
  return { schemaVersion: INVENTORY_SCHEMA_VERSION, scope: { kind: 'aws', accountId: ACCOUNT_ID, partition: 'aws', regions: EVAL_REGIONS }, collectedAt: new Date(0).toISOString(), resources, gaps: [], notes: [] }
}

/** Resources in an inventory, all types. */
export function resourceCount(inv: Inventory): number {
  return Object.values(inv.resources).reduce((n, list) => n + (list?.length ?? 0), 0)
}
