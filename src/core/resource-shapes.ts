/**
 * The structure a snapshot's resources must have, per type: the fields of src/model/ that
 * checks read, with their JSON types. The snapshot loader checks every resource against its
 * type's shape, so a hand-edited or hostile snapshot (`"environment": 5`, `"vpc": "x"`,
 * `"policy": []`) is refused with the field named, instead of crashing a check or, worse,
 * passing it. Fields not listed are not checked (snapshots from newer versions may carry
 * more); a type without an entry gets the base fields only.
 *
 * Keep in step with src/model/: the e2e test (`collect aws` then `scan snapshot`) and the demo
 * account snapshot load through these shapes.
 */
import type { ResourceType } from '../model/resource-types.js'
import { s, type Shape } from './shape.js'

const strings = s.list(s.str)
const stringOrList = s.either(s.str, strings)

const location = s.obj({ file: s.str, startLine: s.num, endLine: s.opt(s.num), address: s.opt(s.str) })

/** ResourceBase. */
const BASE = {
  id: s.str,
  name: s.str,
  region: s.str,
  arn: s.opt(s.str),
  accountId: s.opt(s.str),
  tags: s.opt(s.record(s.str)),
  unresolved: s.opt(s.record(s.str)),
  location: s.opt(location),
  attributeLocations: s.opt(s.record(location)),
}

const principal = s.either(s.str, s.record(stringOrList))

/** A policy document as the collectors store it: `Statement` always a list of objects. */
export const POLICY_SHAPE: Shape = s.obj({
  Version: s.opt(s.str),
  Id: s.opt(s.str),
  Statement: s.list(
    s.obj({
      Sid: s.opt(s.str),
      Effect: s.str,
      Action: s.opt(stringOrList),
      NotAction: s.opt(stringOrList),
      Resource: s.opt(stringOrList),
      NotResource: s.opt(stringOrList),
      Principal: s.opt(principal),
      NotPrincipal: s.opt(principal),
      Condition: s.opt(s.record(s.record(s.any))),
    }),
  ),
})

const inlinePolicies = s.list(s.obj({ name: s.str, document: POLICY_SHAPE }))
const attachedPolicies = s.list(s.obj({ arn: s.str, name: s.str }))
const dimensions = s.list(s.obj({ name: s.str, value: s.str }))
const sgRule = s.obj({ protocol: s.str, fromPort: s.opt(s.num), toPort: s.opt(s.num), ipv4Ranges: strings, ipv6Ranges: strings, securityGroupIds: strings, prefixListIds: strings })
const route = s.obj({
  destination: s.str,
  gatewayId: s.opt(s.str),
  natGatewayId: s.opt(s.str),
  transitGatewayId: s.opt(s.str),
  vpcPeeringConnectionId: s.opt(s.str),
  vpcEndpointId: s.opt(s.str),
  networkInterfaceId: s.opt(s.str),
  instanceId: s.opt(s.str),
  egressOnlyInternetGatewayId: s.opt(s.str),
})

const FIELDS: Partial<Record<ResourceType, Record<string, Shape | ReturnType<typeof s.opt>>>> = {
  'lambda.function': {
    runtime: s.opt(s.str),
    packageType: s.oneOf('Zip', 'Image'),
    handler: s.opt(s.str),
    role: s.str,
    architectures: strings,
    memorySize: s.opt(s.num),
    timeout: s.opt(s.num),
    environment: s.record(s.str),
    kmsKeyArn: s.opt(s.str),
    vpc: s.opt(s.obj({ vpcId: s.opt(s.str), subnetIds: strings, securityGroupIds: strings, ipv6AllowedForDualStack: s.opt(s.bool) })),
    deadLetterTargetArn: s.opt(s.str),
    tracingMode: s.oneOf('Active', 'PassThrough'),
    layers: s.list(s.obj({ arn: s.str, codeSize: s.opt(s.num) })),
    logging: s.obj({ logGroup: s.str, logFormat: s.opt(s.str) }),
    codeSha256: s.opt(s.str),
    lastModified: s.opt(s.str),
    policy: s.nullable(POLICY_SHAPE),
    url: s.nullable(
      s.obj({
        authType: s.oneOf('AWS_IAM', 'NONE'),
        url: s.opt(s.str),
        cors: s.opt(s.obj({ allowOrigins: strings, allowMethods: strings, allowHeaders: strings, allowCredentials: s.bool })),
      }),
    ),
    codeSigningConfigArn: s.nullable(s.str),
    reservedConcurrency: s.nullable(s.num),
    eventInvokeConfig: s.nullable(s.obj({ onFailureDestination: s.opt(s.str), onSuccessDestination: s.opt(s.str), maximumRetryAttempts: s.opt(s.num), maximumEventAgeInSeconds: s.opt(s.num) })),
    eventSourceMappings: s.list(s.obj({ uuid: s.str, eventSourceArn: s.opt(s.str), state: s.opt(s.str), onFailureDestination: s.opt(s.str) })),
  },
  'lambda.layer': {
    versions: s.list(s.obj({ version: s.num, arn: s.str, createdDate: s.opt(s.str), compatibleRuntimes: strings, policy: s.nullable(POLICY_SHAPE) })),
  },
  'lambda.code-signing-config': { untrustedArtifactOnDeployment: s.oneOf('Warn', 'Enforce'), allowedPublisherProfileArns: strings },
  'iam.role': {
    path: s.str,
    trustPolicy: POLICY_SHAPE,
    inlinePolicies,
    attachedPolicies,
    permissionsBoundaryArn: s.opt(s.str),
    createDate: s.opt(s.str),
    lastUsedDate: s.opt(s.str),
  },
  'iam.user': { path: s.str, inlinePolicies, attachedPolicies, groups: strings, permissionsBoundaryArn: s.opt(s.str) },
  'iam.group': { path: s.str, inlinePolicies, attachedPolicies },
  'iam.policy': { awsManaged: s.bool, document: POLICY_SHAPE, attachmentCount: s.opt(s.num), defaultVersionId: s.opt(s.str) },
  'ec2.vpc': { cidrBlock: s.opt(s.str), isDefault: s.bool },
  'ec2.subnet': { vpcId: s.str, availabilityZone: s.str, cidrBlock: s.opt(s.str), mapPublicIpOnLaunch: s.bool },
  'ec2.route-table': { vpcId: s.str, main: s.bool, subnetIds: strings, routes: s.list(route) },
  'ec2.security-group': { groupId: s.str, vpcId: s.opt(s.str), ingress: s.list(sgRule), egress: s.list(sgRule) },
  'ec2.nat-gateway': { vpcId: s.str, subnetId: s.str, state: s.str },
  'kms.key': { keyId: s.str, manager: s.oneOf('AWS', 'CUSTOMER'), keyState: s.opt(s.str), rotationEnabled: s.nullable(s.bool), policy: s.opt(POLICY_SHAPE) },
  'cloudtrail.trail': {
    homeRegion: s.str,
    isMultiRegion: s.bool,
    isOrganizationTrail: s.bool,
    isLogging: s.bool,
    logFileValidation: s.bool,
    eventSelectors: s.list(s.obj({ readWriteType: s.opt(s.oneOf('ReadOnly', 'WriteOnly', 'All')), includeManagementEvents: s.opt(s.bool), dataResources: s.list(s.obj({ type: s.str, values: strings })) })),
    advancedEventSelectors: s.list(
      s.obj({
        name: s.opt(s.str),
        fieldSelectors: s.list(
          s.obj({ field: s.str, equals: s.opt(strings), notEquals: s.opt(strings), startsWith: s.opt(strings), notStartsWith: s.opt(strings), endsWith: s.opt(strings), notEndsWith: s.opt(strings) }),
        ),
      }),
    ),
  },
  'cloudwatch.alarm': {
    namespace: s.opt(s.str),
    metricName: s.opt(s.str),
    dimensions,
    metrics: s.list(s.obj({ namespace: s.opt(s.str), metricName: s.opt(s.str), dimensions })),
    actionsEnabled: s.bool,
    alarmActions: strings,
    stateValue: s.opt(s.str),
  },
  'logs.log-group': { retentionInDays: s.opt(s.num), kmsKeyId: s.opt(s.str), storedBytes: s.opt(s.num) },
  'sqs.queue': { url: s.opt(s.str), policy: s.nullable(POLICY_SHAPE), kmsMasterKeyId: s.opt(s.str), sqsManagedSse: s.opt(s.bool) },
  'sns.topic': { policy: s.nullable(POLICY_SHAPE), kmsMasterKeyId: s.opt(s.str), subscriptionsConfirmed: s.opt(s.num) },
}

const shapes = new Map<ResourceType, Shape>()

/** The shape of a resource of `type`: the base fields plus the type's own. */
export function resourceShape(type: ResourceType): Shape {
  let shape = shapes.get(type)
  if (!shape) {
    shape = s.obj({ ...BASE, ...(FIELDS[type] ?? {}) })
    shapes.set(type, shape)
  }
  return shape
}

/** Types whose own fields are checked (the rest get the base fields only). */
export function typesWithShapes(): ResourceType[] {
  return Object.keys(FIELDS) as ResourceType[]
}
