/**
 * The edge, container and messaging collectors against the loopback AWS server: what they map,
 * how many calls an empty region costs, and that a denied listing is a gap, never an empty list.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { ACMClient } from '@aws-sdk/client-acm'
import { APIGatewayClient } from '@aws-sdk/client-api-gateway'
import { ApiGatewayV2Client } from '@aws-sdk/client-apigatewayv2'
import { CloudFrontClient } from '@aws-sdk/client-cloudfront'
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs'
import { ECRClient } from '@aws-sdk/client-ecr'
import { ECSClient } from '@aws-sdk/client-ecs'
import { EKSClient } from '@aws-sdk/client-eks'
import { ElasticLoadBalancingClient } from '@aws-sdk/client-elastic-load-balancing'
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2'
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { SNSClient } from '@aws-sdk/client-sns'
import { SQSClient } from '@aws-sdk/client-sqs'
import { SSMClient } from '@aws-sdk/client-ssm'
import { WAFV2Client } from '@aws-sdk/client-wafv2'
import type { ResourceType } from '../../../model/resource-types.js'
import type { Collector } from '../collector.js'
import type { SdkClient, ServiceId } from '../clients.js'
import { createAwsContext } from '../context.js'
import { DEFAULT_RATES, scaledRates } from '../rates.js'
import { startAwsServer, type AwsServer } from '../../../../test/aws-server/index.js'
import type { FixtureAccount } from '../../../../test/aws-server/fixture.js'
import { ACCOUNT, clientConfig } from '../../../../test/aws-server/test-support.js'
import { apiGatewayRouteCollector } from './apigateway-route.js'
import { apiGatewayDomainNameCollector } from './apigateway-stage.js'
import { elbLoadBalancerCollector } from './elb-load-balancer.js'
import { elbClassicLoadBalancerCollector } from './elb-classic.js'
import { cloudFrontDistributionCollector } from './cloudfront-distribution.js'
import { acmCertificateCollector } from './acm-certificate.js'
import { wafCloudFrontWebAclCollector, wafWebAclCollector } from './waf-web-acl.js'
import { ecrRepositoryCollector } from './ecr-repository.js'
import { ecsClusterCollector, ecsTaskDefinitionCollector } from './ecs.js'
import { eksClusterCollector } from './eks-cluster.js'
import { ssmDocumentCollector, ssmManagedInstanceCollector } from './ssm-document.js'
import { sqsQueueCollector } from './sqs-queue.js'
import { snsTopicCollector } from './sns-topic.js'
import { secretsManagerSecretCollector } from './secretsmanager-secret.js'

const R = 'us-east-1'
const EMPTY = 'eu-west-1'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const CLIENTS: Partial<Record<ServiceId, new (config: any) => unknown>> = {
  acm: ACMClient, apigateway: APIGatewayClient, apigatewayv2: ApiGatewayV2Client, cloudfront: CloudFrontClient, logs: CloudWatchLogsClient, ecr: ECRClient, ecs: ECSClient, eks: EKSClient,
  'elb-classic': ElasticLoadBalancingClient, elasticloadbalancing: ElasticLoadBalancingV2Client, secretsmanager: SecretsManagerClient, sns: SNSClient, sqs: SQSClient, ssm: SSMClient, wafv2: WAFV2Client,
}

const account: FixtureAccount = {
  accountId: ACCOUNT,
  iam: { users: [], groups: [], roles: [], policies: [] },
  distributions: [
    {
      id: 'E1GOOD',
      defaultRootObject: 'index.html',
      origins: [{ id: 'site', domainName: 'site.s3.us-east-1.amazonaws.com', s3: {}, originAccessControlId: 'E2OAC' }, { id: 'api', domainName: 'abcdefghij0123456789abcdefghij01.lambda-url.us-east-1.on.aws', custom: { protocolPolicy: 'https-only' } }],
      originGroups: [{ id: 'failover', members: ['site', 'api'] }],
      defaultBehavior: { targetOriginId: 'site', viewerProtocolPolicy: 'redirect-to-https' },
      behaviors: [{ pathPattern: '/api/*', targetOriginId: 'api', viewerProtocolPolicy: 'allow-all' }],
      certificate: { acmCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/c1`, minimumProtocolVersion: 'TLSv1.2_2021', sslSupportMethod: 'vip' },
      webAclId: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/edge/1`,
      geo: { type: 'whitelist', locations: ['DE'] },
    },
    { id: 'E2PLAIN', origins: [{ id: 'old', domainName: 'old.s3.amazonaws.com', s3: { originAccessIdentity: 'origin-access-identity/cloudfront/E9' } }], defaultBehavior: { targetOriginId: 'old', viewerProtocolPolicy: 'allow-all' } },
  ],
  cloudFrontWebAcls: [{ name: 'edge', id: '1', rules: 2, logging: true }],
  regions: {
    [R]: {
      restApis: [{ id: 'rest1', name: 'orders', endpointType: 'REGIONAL', resources: [{ id: 'root', path: '/' }] }],
      httpApis: [{ id: 'http1', name: 'public', routes: [], integrations: [] }],
      apiStages: [
        { apiId: 'rest1', name: 'prod', accessLogs: true, loggingLevel: 'ERROR', tracing: true, webAclArn: `arn:aws:wafv2:${R}:${ACCOUNT}:regional/webacl/api/2`, cacheCluster: true, cacheEncrypted: false },
        { apiId: 'http1', name: '$default' },
      ],
      apiDomainNames: [{ name: 'api.example.com', securityPolicy: 'TLS_1_0' }],
      loadBalancers: [
        { name: 'web', zones: ['us-east-1a', 'us-east-1b'], listeners: [{ port: 80, protocol: 'HTTP', redirectTo: 'HTTPS' }, { port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-2016-08' }], attributes: { 'deletion_protection.enabled': 'true', 'routing.http.desync_mitigation_mode': 'monitor' } },
        { name: 'db', type: 'network', zones: ['us-east-1a'], listeners: [{ port: 5432, protocol: 'TCP' }] },
      ],
      classicLoadBalancers: [{ name: 'legacy', zones: ['us-east-1a'], listeners: [{ port: 443, protocol: 'HTTPS', certificateId: `arn:aws:iam::${ACCOUNT}:server-certificate/legacy`, policyNames: ['tls'] }, { port: 80, protocol: 'HTTP' }], policies: [{ name: 'tls', protocols: ['Protocol-TLSv1', 'Protocol-TLSv1.2'] }], crossZone: true }],
      certificates: [{ id: 'c-ec', domainName: 'ec.example.com', keyAlgorithm: 'EC_prime256v1', notAfter: '2027-01-01T00:00:00Z' }, { id: 'c-old', domainName: 'old.example.com', type: 'IMPORTED', keyAlgorithm: 'RSA_1024', notAfter: '2026-12-01T00:00:00Z' }],
      webAcls: [{ name: 'api', id: '2', rules: 0, metrics: false }],
      repositories: [{ name: 'orders', tagMutability: 'IMMUTABLE', scanOnPush: true, encryption: 'KMS', lifecycle: true }, { name: 'legacy', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'ecr:BatchGetImage' }] } }],
      registryScanning: { scanType: 'ENHANCED', rules: [{ frequency: 'CONTINUOUS_SCAN', filter: 'ord*' }] },
      taskDefinitions: [{ family: 'orders', revisions: [{ containers: [{ name: 'old' }] }, { networkMode: 'host', containers: [{ name: 'app', privileged: true, user: '1000', environment: { LOG_LEVEL: 'info' }, secrets: ['DB_PASSWORD'], logDriver: 'awslogs' }] }] }],
      ecsClusters: [{ name: 'prod', containerInsights: 'enabled', services: [{ name: 'web', assignPublicIp: 'ENABLED' }] }],
      eksClusters: [{ name: 'platform', version: '1.33', publicAccess: false, secretsKeyArn: `arn:aws:kms:${R}:${ACCOUNT}:key/k`, logTypes: ['api', 'audit'] }],
      ssmDocuments: [{ name: 'restart', sharedWith: ['All'] }, { name: 'private' }],
      managedNodes: [{ instanceId: 'i-0aaa', patch: { status: 'NON_COMPLIANT', missing: 3 } }, { instanceId: 'i-0bbb' }],
      queues: [{ name: 'orders', sqsManagedSse: false }],
      topics: [{ name: 'alerts', subscriptionsConfirmed: 1 }],
      secrets: [{ name: 'db', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }] }, kmsKeyId: 'alias/app', lastAccessedDate: '2026-11-01T00:00:00Z' }],
    },
    [EMPTY]: {},
  },
}

describe('edge, container and messaging collectors (loopback server)', () => {
  let server: AwsServer
  before(async () => (server = await startAwsServer({ account })))
  after(() => server.close())

  const ctx = (opts: { wanted?: ResourceType[]; evaluated?: ResourceType[] } = {}) =>
    createAwsContext({
      clients: {
        get: async (service, region) => {
          const Client = CLIENTS[service]
          if (!Client) throw new Error(`no test client for ${service}`)
          return new Client(clientConfig(server, region)) as SdkClient
        },
      },
      accountId: ACCOUNT,
      partition: 'aws',
      rates: scaledRates(DEFAULT_RATES, 1000),
      ...opts,
    })

  const run = async (c: Collector, region = R, opts: Parameters<typeof ctx>[0] = {}) => {
    const out = await c.collect(ctx(opts), region, {})
    assert.deepEqual(out.gaps, [], `${c.id}: ${JSON.stringify(out.gaps)}`)
    return out.resources
  }

  it('API Gateway: stages of REST and HTTP APIs from one API listing, and domain names', async () => {
    const before = server.calls.count({ operation: 'GetRestApis' })
    const r = await run(apiGatewayRouteCollector, R, { wanted: ['apigateway.stage'] })
    assert.equal(server.calls.count({ operation: 'GetRestApis' }) - before, 1)
    assert.equal(r['apigateway.route'], undefined, 'routes are not read when only stages are wanted')
    const [http, rest] = r['apigateway.stage']!
    assert.equal(rest!.stageName, 'prod')
    assert.equal(rest!.apiType, 'REST')
    assert.ok(rest!.accessLogDestinationArn)
    assert.deepEqual(rest!.methodSettings, [{ path: 'DEFAULT', loggingLevel: 'ERROR', cachingEnabled: true, cacheDataEncrypted: false }])
    assert.equal(rest!.tracingEnabled, true)
    assert.equal(rest!.cacheClusterEnabled, true)
    assert.equal(http!.apiType, 'HTTP')
    assert.equal(http!.accessLogDestinationArn, undefined)
    const d = (await run(apiGatewayDomainNameCollector))['apigateway.domain-name']!
    assert.deepEqual(d.map((x) => [x.domainName, x.securityPolicy]), [['api.example.com', 'TLS_1_0']])
  })

  it('ELB: listeners and attributes with AWS defaults; classic listeners with their TLS policy', async () => {
    const [web, db] = (await run(elbLoadBalancerCollector))['elb.load-balancer']!
    assert.deepEqual(web!.listeners.map((l) => [l.port, l.protocol, l.sslPolicy ?? '-', l.defaultActions[0]!.type, l.defaultActions[0]!.redirectProtocol ?? '-']), [[80, 'HTTP', '-', 'redirect', 'HTTPS'], [443, 'HTTPS', 'ELBSecurityPolicy-2016-08', 'forward', '-']])
    assert.equal(web!.deletionProtection, true)
    assert.equal(web!.accessLogsEnabled, false)
    assert.equal(web!.dropInvalidHeaderFields, false)
    assert.equal(web!.desyncMitigationMode, 'monitor')
    assert.deepEqual(web!.availabilityZones, ['us-east-1a', 'us-east-1b'])
    assert.equal(db!.type, 'network')
    assert.equal(db!.dropInvalidHeaderFields, undefined)
    const [legacy] = (await run(elbClassicLoadBalancerCollector))['elb.classic-load-balancer']!
    assert.deepEqual(legacy!.listeners.map((l) => [l.loadBalancerPort, l.protocol]), [[80, 'HTTP'], [443, 'HTTPS']])
    assert.deepEqual(legacy!.listeners[1]!.tls, { policyName: 'tls', protocols: ['Protocol-TLSv1', 'Protocol-TLSv1.2'] })
    assert.equal(legacy!.crossZoneLoadBalancing, true)
    assert.equal(legacy!.connectionDraining, false)
    assert.equal(legacy!.desyncMitigationMode, 'defensive')
  })

  it('CloudFront: configurations, origin kinds, default certificate; WAF ACLs of both scopes', async () => {
    const [good, plain] = (await run(cloudFrontDistributionCollector))['cloudfront.distribution']!
    assert.equal(good!.region, 'global')
    assert.deepEqual(good!.origins.map((o) => [o.id, o.kind, o.originAccessControlId ?? '-']), [['site', 's3', 'E2OAC'], ['api', 'lambda-url', '-']])
    assert.deepEqual(good!.cacheBehaviors.map((b) => [b.pathPattern, b.viewerProtocolPolicy]), [['*', 'redirect-to-https'], ['/api/*', 'allow-all']])
    assert.equal(good!.viewerCertificate.minimumProtocolVersion, 'TLSv1.2_2021')
    assert.equal(good!.viewerCertificate.sslSupportMethod, 'vip')
    assert.deepEqual(good!.originGroups, [{ id: 'failover', members: ['site', 'api'] }])
    assert.deepEqual(plain!.originGroups, [])
    assert.equal(good!.defaultRootObject, 'index.html')
    assert.deepEqual(good!.geoRestriction, { type: 'whitelist', locations: ['DE'] })
    assert.equal(good!.loggingV2, false)
    assert.equal(plain!.viewerCertificate.cloudFrontDefaultCertificate, true)
    assert.equal(plain!.origins[0]!.originAccessIdentity, 'origin-access-identity/cloudfront/E9')
    assert.equal(plain!.webAclId, undefined)
    const regional = (await run(wafWebAclCollector))['waf.web-acl']!
    assert.deepEqual(regional.map((a) => [a.name, a.scope, a.region, a.ruleCount, a.loggingEnabled, a.metricsEnabled]), [['api', 'REGIONAL', R, 0, false, false]])
    const edge = (await run(wafCloudFrontWebAclCollector))['waf.web-acl']!
    assert.deepEqual(edge.map((a) => [a.name, a.scope, a.region, a.loggingEnabled]), [['edge', 'CLOUDFRONT', 'global', true]])
  })

  it('ACM lists every key type; ECR applies the registry scanning rules; EKS and ECS', async () => {
    const certs = (await run(acmCertificateCollector))['acm.certificate']!
    assert.deepEqual(certs.map((c) => [c.domainName, c.keyAlgorithm, c.type]).sort(), [['ec.example.com', 'EC_prime256v1', 'AMAZON_ISSUED'], ['old.example.com', 'RSA_1024', 'IMPORTED']])
    const [legacy, orders] = (await run(ecrRepositoryCollector))['ecr.repository']!
    assert.deepEqual(orders!.registryScanning, { type: 'ENHANCED', frequency: 'CONTINUOUS_SCAN' })
    assert.deepEqual(legacy!.registryScanning, { type: 'ENHANCED', frequency: 'MANUAL' })
    assert.equal(orders!.hasLifecyclePolicy, true)
    assert.equal(legacy!.hasLifecyclePolicy, false)
    assert.equal(legacy!.policy?.Statement[0]!.Principal, '*')
    assert.equal(orders!.policy, null)
    assert.equal(orders!.unresolved, undefined)
    const [eks] = (await run(eksClusterCollector))['eks.cluster']!
    assert.deepEqual([eks!.version, eks!.endpointPublicAccess, eks!.enabledLogTypes.join(',')], ['1.33', false, 'api,audit'])
    const [td] = (await run(ecsTaskDefinitionCollector))['ecs.task-definition']!
    assert.equal(td!.name, 'orders:2', 'the latest active revision')
    assert.equal(td!.networkMode, 'host')
    assert.deepEqual(td!.containers[0], { name: 'app', image: `${ACCOUNT}.dkr.ecr.${R}.amazonaws.com/orders:1`, privileged: true, readonlyRootFilesystem: false, user: '1000', environment: { LOG_LEVEL: 'info' }, secretNames: ['DB_PASSWORD'], logDriver: 'awslogs' })
    const ecs = await run(ecsClusterCollector)
    assert.deepEqual(ecs['ecs.cluster']!.map((c) => c.containerInsights), ['enabled'])
    assert.deepEqual(ecs['ecs.service']!.map((s) => [s.name, s.assignPublicIp]), [['web', 'ENABLED']])
  })

  it('SSM documents with their sharing and managed nodes with their patch state; secrets with their policy', async () => {
    const docs = (await run(ssmDocumentCollector))['ssm.document']!
    assert.deepEqual(docs.map((d) => [d.name, d.sharedWith.join(',')]), [['private', ''], ['restart', 'All']])
    const nodes = (await run(ssmManagedInstanceCollector))['ssm.managed-instance']!
    assert.deepEqual(nodes.map((n) => [n.instanceId, n.patchStatus ?? '-', n.nonCompliantCount ?? '-']), [['i-0aaa', 'NON_COMPLIANT', 3], ['i-0bbb', '-', '-']])
    const [secret] = (await run(secretsManagerSecretCollector))['secretsmanager.secret']!
    assert.equal(secret!.kmsKeyId, 'alias/app')
    assert.equal(secret!.lastAccessedDate, '2026-11-01T00:00:00.000Z')
    assert.deepEqual(secret!.policy?.Statement[0]!.Principal, { AWS: '*' })
  })

  it('queues and topics: every one of the region when a check evaluates them, none otherwise', async () => {
    assert.deepEqual(await run(sqsQueueCollector), {}, 'no function names a queue and no queue check runs')
    const queues = (await run(sqsQueueCollector, R, { evaluated: ['sqs.queue'] }))['sqs.queue']!
    assert.deepEqual(queues.map((q) => [q.name, q.sqsManagedSse]), [['orders', false]])
    const topics = (await run(snsTopicCollector, R, { evaluated: ['sns.topic'] }))['sns.topic']!
    assert.deepEqual(topics.map((t) => [t.name, t.subscriptions?.length]), [['alerts', 1]])
  })

  it('a region without these services costs one listing call per collector', async () => {
    const collectors: [Collector, Parameters<typeof ctx>[0]][] = [
      [elbLoadBalancerCollector, {}], [elbClassicLoadBalancerCollector, {}], [acmCertificateCollector, {}], [wafWebAclCollector, {}], [ecrRepositoryCollector, {}], [ecsTaskDefinitionCollector, {}],
      [ecsClusterCollector, {}], [eksClusterCollector, {}], [ssmDocumentCollector, {}], [ssmManagedInstanceCollector, {}], [apiGatewayDomainNameCollector, {}], [sqsQueueCollector, { evaluated: ['sqs.queue'] }], [snsTopicCollector, { evaluated: ['sns.topic'] }], [secretsManagerSecretCollector, {}],
    ]
    for (const [c, opts] of collectors) {
      const before = server.calls.count({ region: EMPTY })
      await run(c, EMPTY, opts)
      assert.equal(server.calls.count({ region: EMPTY }) - before, 1, c.id)
    }
  })

  it('a denied listing is a gap for the region, never an empty list', async () => {
    server.deny({ action: 'ecr:DescribeRepositories' })
    server.deny({ action: 'elasticloadbalancing:DescribeLoadBalancers' })
    server.deny({ action: 'cloudfront:ListDistributions' })
    try {
      for (const c of [ecrRepositoryCollector, elbLoadBalancerCollector, elbClassicLoadBalancerCollector, cloudFrontDistributionCollector]) {
        const out = await c.collect(ctx(), R, {})
        assert.deepEqual(Object.values(out.resources).flat(), [], c.id)
        assert.equal(out.gaps[0]?.code, 'AccessDenied', c.id)
      }
    } finally {
      server.clearDenials()
    }
  })

  it('a denied per-resource read leaves the fields it feeds unresolved', async () => {
    server.deny({ action: 'secretsmanager:GetResourcePolicy' })
    server.deny({ action: 'wafv2:ListLoggingConfigurations' })
    try {
      const [secret] = (await run(secretsManagerSecretCollector))['secretsmanager.secret']!
      assert.match(secret!.unresolved?.policy ?? '', /^AccessDenied/)
      const [acl] = (await run(wafWebAclCollector))['waf.web-acl']!
      assert.match(acl!.unresolved?.loggingEnabled ?? '', /^AccessDenied/)
    } finally {
      server.clearDenials()
    }
  })
})
