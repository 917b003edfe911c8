/**
 * A small, valid snapshot with one resource of every type the snapshot loader checks field by
 * field, each with its optional parts filled in (policies, URL, VPC, destinations …) so that
 * the fuzz tests have every field to break.
 */
import { INVENTORY_SCHEMA_VERSION, type Inventory } from '../../src/core/inventory.js'
import {
  ACCOUNT,
  codeSigningConfig,
  iamGroup,
  iamRole,
  iamUser,
  kmsKey,
  lambdaFunction,
  lambdaLayer,
  logGroup,
  managedPolicy,
  metricAlarm,
  natGateway,
  routeTable,
  securityGroup,
  snsTopic,
  sqsQueue,
  subnet,
  trail,
  vpc,
} from '../factories/index.js'

const POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'events',
      Effect: 'Allow' as const,
      Principal: { Service: 'events.amazonaws.com' },
      Action: ['lambda:InvokeFunction'],
      Resource: 'arn:aws:lambda:us-east-1:111122223333:function:orders',
      Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:events:us-east-1:111122223333:rule/*' } },
    },
  ],
}

export function baseInventory(): Inventory {
  return {
    schemaVersion: INVENTORY_SCHEMA_VERSION,
    scope: { kind: 'aws', accountId: ACCOUNT, partition: 'aws', regions: ['us-east-1'] },
    collectedAt: '2026-11-27T00:00:00.000Z',
    resources: {
      'lambda.function': [
        lambdaFunction({
          policy: POLICY,
          url: { authType: 'AWS_IAM', url: 'https://x.lambda-url.us-east-1.on.aws/', cors: { allowOrigins: ['https://example.com'], allowMethods: ['GET'], allowHeaders: [], allowCredentials: false } },
          eventInvokeConfig: { onFailureDestination: 'arn:aws:sqs:us-east-1:111122223333:orders-dlq', maximumRetryAttempts: 1 },
          eventSourceMappings: [{ uuid: 'u-1', eventSourceArn: 'arn:aws:sqs:us-east-1:111122223333:in', state: 'Enabled' }],
          layers: [{ arn: 'arn:aws:lambda:us-east-1:111122223333:layer:shared:1', codeSize: 10 }],
        }),
      ],
      'lambda.layer': [lambdaLayer()],
      'lambda.code-signing-config': [codeSigningConfig()],
      'iam.role': [iamRole({ attachedPolicies: [{ arn: 'arn:aws:iam::111122223333:policy/app', name: 'app' }], permissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/app' })],
      'iam.user': [iamUser({ groups: ['devs'] })],
      'iam.group': [iamGroup()],
      'iam.policy': [managedPolicy({ name: 'app', document: POLICY })],
      'ec2.vpc': [vpc()],
      'ec2.subnet': [subnet(), subnet({ id: 'subnet-b', name: 'subnet-b', availabilityZone: 'us-east-1b' })],
      'ec2.route-table': [routeTable()],
      'ec2.security-group': [securityGroup()],
      'ec2.nat-gateway': [natGateway()],
      'kms.key': [kmsKey({ policy: POLICY })],
      'cloudtrail.trail': [trail({ advancedEventSelectors: [{ name: 'all', fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }] }] })],
      'cloudwatch.alarm': [metricAlarm({ metrics: [{ namespace: 'AWS/Lambda', metricName: 'Errors', dimensions: [{ name: 'FunctionName', value: 'orders' }] }] })],
      'logs.log-group': [logGroup()],
      'sqs.queue': [sqsQueue({ policy: POLICY })],
      'sns.topic': [snsTopic({ policy: POLICY })],
    },
    gaps: [],
    notes: [],
  }
}

/** Every JSON path below `value` (objects' keys and lists' items), parents before children. */
export function jsonPaths(value: unknown, maxDepth: number, prefix: (string | number)[] = []): (string | number)[][] {
  if (prefix.length >= maxDepth || value === null || typeof value !== 'object') return []
  const out: (string | number)[][] = []
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value)
  for (const [k, v] of entries) {
    const path = [...prefix, k]
    out.push(path, ...jsonPaths(v, maxDepth, path))
  }
  return out
}

export function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>
  node[path[path.length - 1]!] = value
}

export function getAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root as Record<string | number, unknown> | undefined
  for (const k of path) node = node?.[k] as Record<string | number, unknown> | undefined
  return node
}
