import { arns, type FixtureAccount, type FixtureFunction, type FixtureRegion, type FixtureRole, type PolicyDocument } from './fixture.js'
import { createPrng } from './prng.js'

export interface GenerateOptions {
  accountId?: string
  regions?: string[]
  /** Functions in each region. */
  functionsPerRegion: number
  /** Functions sharing one execution role. */
  functionsPerRole?: number
  seed?: number
  /** Share of functions with a resource policy, URL, event-invoke config (0–1). */
  policyShare?: number
  urlShare?: number
  eventInvokeShare?: number
}

const RUNTIMES = ['nodejs22.x', 'nodejs20.x', 'python3.12', 'python3.9', 'java21', 'nodejs16.x', 'provided.al2023']
const LAMBDA_TRUST: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }

/**
 * A large, deterministic account for benchmarks and reliability tests: N functions in each of
 * R regions, a mix of resource policies, URLs, VPC attachments and async configs, shared roles,
 * log groups and a multi-region trail. The same options and seed give the same account.
 */
export function generateAccount(o: GenerateOptions): FixtureAccount {
  const prng = createPrng(o.seed ?? 42)
  const accountId = o.accountId ?? '123456789012'
  const regions = o.regions ?? ['us-east-1']
  const perRole = o.functionsPerRole ?? 5
  const roles: FixtureRole[] = []
  const out: Record<string, FixtureRegion> = {}
  let fnCount = 0
  for (const region of regions) {
    const azs = ['a', 'b', 'c'].map((z) => `${region}${z}`)
    const vpcId = `vpc-${region.replace(/-/g, '')}0001`
    const subnets = azs.map((az, i) => ({ subnetId: `subnet-${region.replace(/-/g, '')}${i}`, vpcId, availabilityZone: az, cidrBlock: `10.0.${i}.0/24` }))
    const sgId = `sg-${region.replace(/-/g, '')}0001`
    const functions: FixtureFunction[] = []
    for (let i = 0; i < o.functionsPerRegion; i++) {
      const name = `fn-${region}-${String(i).padStart(5, '0')}`
      if (fnCount % perRole === 0) roles.push({ name: `gen-role-${roles.length}`, trustPolicy: LAMBDA_TRUST, attachedPolicies: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'] })
      fnCount++
      const fn: FixtureFunction = {
        name,
        runtime: prng.pick(RUNTIMES),
        role: arns.role(accountId, roles[roles.length - 1]!.name),
        memorySize: prng.pick([128, 256, 512, 1024]),
        timeout: prng.pick([3, 10, 30]),
        environment: { STAGE: 'prod', INDEX: String(i) },
        tracing: prng.chance(0.5) ? 'Active' : 'PassThrough',
        tags: { app: `app-${i % 7}` },
      }
      if (prng.chance(0.3)) fn.vpc = { subnetIds: prng.chance(0.5) ? subnets.slice(0, 2).map((s) => s.subnetId) : [subnets[0]!.subnetId], securityGroupIds: [sgId] }
      if (prng.chance(o.policyShare ?? 0.4)) {
        fn.policy = {
          Version: '2012-10-17',
          Statement: [
            prng.chance(0.2)
              ? { Sid: 'public', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: arns.function(region, accountId, name) }
              : { Sid: 's3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: arns.function(region, accountId, name), Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:s3:::bucket-${i}` } } },
          ],
        }
      }
      if (prng.chance(o.urlShare ?? 0.1)) fn.url = { authType: prng.chance(0.5) ? 'NONE' : 'AWS_IAM' }
      if (prng.chance(o.eventInvokeShare ?? 0.2)) fn.eventInvokeConfig = { onFailure: arns.queue(region, accountId, 'async-failures'), maximumRetryAttempts: 2 }
      if (prng.chance(0.2)) fn.reservedConcurrency = prng.pick([1, 5, 10, 50])
      functions.push(fn)
    }
    out[region] = {
      functions,
      vpcs: [{ vpcId, cidrBlock: '10.0.0.0/16' }],
      subnets,
      routeTables: [{ routeTableId: `rtb-${region.replace(/-/g, '')}0001`, vpcId, main: true, routes: [{ destination: '10.0.0.0/16', gatewayId: 'local' }] }],
      securityGroups: [{ groupId: sgId, groupName: 'lambda', vpcId, egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrs: ['10.0.0.0/16'] }] }],
      logGroups: functions.filter(() => prng.chance(0.8)).map((f) => ({ name: `/aws/lambda/${f.name}`, ...(prng.chance(0.5) ? { retentionInDays: 30 } : {}) })),
      queues: [{ name: 'async-failures' }],
      keys: [{ keyId: `0000${region.replace(/-/g, '').slice(0, 4)}-0000-0000-0000-000000000001`, rotationEnabled: prng.chance(0.5) }],
      trails: region === regions[0] ? [{ name: 'org-trail', isMultiRegion: true, s3BucketName: 'trail-bucket', isLogging: true }] : [],
      alarms: [],
    }
  }
  return {
    accountId,
    regions: out,
    iam: {
      roles,
      policies: [{ name: 'AWSLambdaBasicExecutionRole', awsManaged: true, path: '/service-role/', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }] } }],
    },
  }
}
