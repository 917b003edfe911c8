/**
 * The edge, container and messaging part of the e2e account: API Gateway stages and domains,
 * load balancers, CloudFront, ACM, WAF, ECR, ECS, EKS, queues, topics, secrets and Systems
 * Manager. Every resource states the verdict each check of this family should give it; the
 * expected findings are built from those statements, never from the scanner's output.
 *
 * The queues, topics and secrets checks evaluate every queue, topic and secret of the account,
 * including those other parts of the fixture declare: their verdicts are stated in
 * `OTHER_MESSAGING` below, and a queue, topic or secret nobody stated a verdict for stops the test.
 */
import type { FixtureAccount, FixtureRegion, PolicyDocument } from '../aws-server/fixture.js'
import { arns } from '../aws-server/fixture.js'

type Status = 'pass' | 'fail' | 'skip' | 'unknown'
type Verdicts = Record<string, Status>

const ACCOUNT_ID = '111122223333'
const US = 'us-east-1'
const PARTNER = '444455556666'
const DAY = 86_400_000
const LOADED = Date.now()
const daysAgo = (n: number) => new Date(LOADED - n * DAY).toISOString()
const daysAhead = (n: number) => new Date(LOADED + n * DAY).toISOString()

const REST_API_ID = 'a1b2c3d4e5'
const HTTP_API_ID = 'h1t2t3p4q5'

/** Check ids of this family, by resource kind. */
const STAGE = ['apigateway-stage-access-logging-enabled', 'apigateway-stage-execution-logging-enabled', 'apigateway-stage-xray-tracing-enabled', 'apigateway-stage-waf-associated', 'apigateway-stage-cache-encrypted', 'apigateway-stage-client-certificate']
const DOMAIN = ['apigateway-domain-tls-1-2']
const LB = ['elb-alb-http-redirects-to-https', 'elb-listener-tls-policy-modern', 'elb-access-logs-enabled', 'elb-deletion-protection-enabled', 'elb-alb-drop-invalid-headers', 'elb-alb-desync-mitigation', 'elb-multi-az']
const CLB = ['elb-classic-https-listeners', 'elb-classic-tls-policy', 'elb-classic-acm-certificate', 'elb-classic-cross-zone-enabled', 'elb-classic-connection-draining', 'elb-classic-access-logs-enabled', 'elb-classic-desync-mitigation', 'elb-classic-multi-az']
const CF = ['cloudfront-viewer-https-only', 'cloudfront-minimum-tls-version', 'cloudfront-logging-enabled', 'cloudfront-waf-associated', 'cloudfront-s3-origin-access-control', 'cloudfront-lambda-url-origin-oac', 'cloudfront-default-root-object', 'cloudfront-origin-https-only', 'cloudfront-origin-tls-not-deprecated', 'cloudfront-geo-restriction', 'cloudfront-origin-failover', 'cloudfront-sni-enabled', 'cloudfront-s3-origin-bucket-exists', 'cloudfront-custom-certificate']
const CERT = ['acm-certificate-not-expiring', 'acm-certificate-rsa-key-2048', 'acm-imported-certificate-in-use']
const ACL = ['waf-web-acl-logging-enabled', 'waf-web-acl-has-rules', 'waf-web-acl-metrics-enabled']
const RULE_GROUP = ['waf-rule-group-metrics-enabled']
const REPO = ['ecr-repository-scan-on-push', 'ecr-repository-immutable-tags', 'ecr-repository-lifecycle-policy', 'ecr-repository-policy-not-public', 'ecr-repository-policy-cross-account-trusted', 'ecr-repository-kms-encryption']
const TASK = ['ecs-task-definition-no-privileged-containers', 'ecs-task-definition-no-plaintext-secrets', 'ecs-task-definition-readonly-root-filesystem', 'ecs-task-definition-non-root-user', 'ecs-task-definition-host-network-non-root', 'ecs-task-definition-no-host-pid', 'ecs-task-definition-logging-configured']
const SERVICE = ['ecs-service-no-public-ip']
const CLUSTER = ['ecs-cluster-container-insights']
const EKS = ['eks-cluster-endpoint-not-public', 'eks-cluster-secrets-encrypted', 'eks-cluster-control-plane-logging', 'eks-cluster-supported-version']
const QUEUE = ['sqs-queue-encrypted', 'sqs-queue-policy-not-public', 'sqs-queue-policy-cross-account-trusted']
const TOPIC = ['sns-topic-encrypted', 'sns-topic-policy-not-public', 'sns-topic-policy-cross-account-trusted', 'sns-topic-subscriptions-https']
const SECRET = ['secretsmanager-secret-policy-not-public', 'secretsmanager-secret-policy-cross-account-trusted', 'secretsmanager-secret-cmk-encryption', 'secretsmanager-secret-unused']
/** Another part's check that evaluates every secret: the secrets here state its verdict too. */
const ROTATION = 'secretsmanager-secret-rotation-enabled'
const DOC = ['ssm-document-not-public']
const NODE = ['ssm-managed-instance-patch-compliant']

/** Every check the fixture here gives passing and failing verdicts for (the rotation check through these secrets). */
export const EDGE_COVERED_CHECKS = [...STAGE, ...DOMAIN, ...LB, ...CLB, ...CF, ...CERT, ...ACL, ...RULE_GROUP, ...REPO, ...TASK, ...SERVICE, ...CLUSTER, ...EKS, ...QUEUE, ...TOPIC, ...SECRET, ROTATION, ...DOC, ...NODE]

const all = (ids: string[], s: Status): Verdicts => Object.fromEntries(ids.map((id) => [id, s]))

interface Designed {
  region: string
  /** Name as the finding reports it. */
  name: string
  expect: Verdicts
}

const designed: Designed[] = []
const state = (region: string, name: string, expect: Verdicts) => designed.push({ region, name, expect })

const anyonePolicy = (action: string, resource: string): PolicyDocument => ({ Version: '2012-10-17', Statement: [{ Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: action, Resource: resource }] })
const partnerPolicy = (action: string, resource: string): PolicyDocument => ({ Version: '2012-10-17', Statement: [{ Sid: 'Partner', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${PARTNER}:root` }, Action: action, Resource: resource }] })

// API Gateway: stages of the REST and HTTP APIs fixture-account.ts declares, and two domains.
const apiStages: NonNullable<FixtureRegion['apiStages']> = [
  { apiId: REST_API_ID, name: 'prod', accessLogs: true, loggingLevel: 'ERROR', tracing: true, webAclArn: `arn:aws:wafv2:${US}:${ACCOUNT_ID}:regional/webacl/api-acl/0a1b`, clientCertificateId: 'cert0a1b2c', cacheCluster: true, cacheEncrypted: true },
  { apiId: REST_API_ID, name: 'dev', cacheCluster: true, cacheEncrypted: false },
  { apiId: HTTP_API_ID, name: '$default' },
]
state(US, 'orders-api/prod', all(STAGE, 'pass'))
state(US, 'orders-api/dev', all(STAGE, 'fail'))
state(US, 'public-http/$default', { ...all(STAGE, 'skip'), 'apigateway-stage-access-logging-enabled': 'fail' })
const apiDomainNames = [
  { name: 'api.example.com', securityPolicy: 'TLS_1_2' },
  { name: 'legacy-api.example.com', securityPolicy: 'TLS_1_0', endpointType: 'EDGE' },
]
state(US, 'api.example.com', all(DOMAIN, 'pass'))
state(US, 'legacy-api.example.com', all(DOMAIN, 'fail'))

// Load balancers.
const loadBalancers: NonNullable<FixtureRegion['loadBalancers']> = [
  {
    name: 'web-alb',
    zones: ['us-east-1a', 'us-east-1b'],
    listeners: [{ port: 80, protocol: 'HTTP', redirectTo: 'HTTPS' }, { port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }],
    attributes: { 'deletion_protection.enabled': 'true', 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'elb-logs-111122223333', 'routing.http.drop_invalid_header_fields.enabled': 'true' },
  },
  // Plain HTTP forwarded, the 2016-08 policy, AWS's attribute defaults, monitor-only desync, one zone.
  { name: 'legacy-alb', zones: ['us-east-1a'], listeners: [{ port: 80, protocol: 'HTTP' }, { port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-2016-08' }], attributes: { 'routing.http.desync_mitigation_mode': 'monitor' } },
  { name: 'db-nlb', type: 'network', zones: ['us-east-1a', 'us-east-1b'], listeners: [{ port: 5432, protocol: 'TCP' }], attributes: { 'deletion_protection.enabled': 'true' } },
]
state(US, 'web-alb', all(LB, 'pass'))
state(US, 'legacy-alb', all(LB, 'fail'))
state(US, 'db-nlb', { ...all(LB, 'skip'), 'elb-deletion-protection-enabled': 'pass', 'elb-multi-az': 'pass' })
const classicLoadBalancers: NonNullable<FixtureRegion['classicLoadBalancers']> = [
  {
    name: 'modern-web',
    zones: ['us-east-1a', 'us-east-1b'],
    listeners: [{ port: 443, protocol: 'HTTPS', certificateId: `arn:aws:acm:${US}:${ACCOUNT_ID}:certificate/0c1d2e3f-0000-4000-8000-000000000001`, policyNames: ['tls12'] }],
    policies: [{ name: 'tls12', referencePolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' }],
    crossZone: true,
    connectionDraining: true,
    accessLog: true,
  },
  {
    name: 'legacy-web',
    zones: ['us-east-1a'],
    listeners: [{ port: 80, protocol: 'HTTP' }, { port: 443, protocol: 'HTTPS', certificateId: `arn:aws:iam::${ACCOUNT_ID}:server-certificate/legacy-web-2019`, policyNames: ['handmade'] }],
    policies: [{ name: 'handmade', protocols: ['Protocol-TLSv1', 'Protocol-TLSv1.1', 'Protocol-TLSv1.2'] }],
    desyncMitigationMode: 'monitor',
  },
]
state(US, 'modern-web', all(CLB, 'pass'))
state(US, 'legacy-web', all(CLB, 'fail'))

// CloudFront (global).
const LAMBDA_URL = 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws'
const distributions: NonNullable<FixtureAccount['distributions']> = [
  {
    id: 'E1SECUREDIST01',
    aliases: ['www.example.com'],
    defaultRootObject: 'index.html',
    // The S3 origins are buckets of fixture-s3-ec2.ts; /static/* fails over from one to the other.
    origins: [
      { id: 'site', domainName: 'public-site-111122223333.s3.us-east-1.amazonaws.com', s3: {}, originAccessControlId: 'E2OACSITE01' },
      { id: 'site-replica', domainName: 'orders-data-111122223333.s3.amazonaws.com', s3: {}, originAccessControlId: 'E2OACSITE01' },
      { id: 'api', domainName: LAMBDA_URL, custom: { protocolPolicy: 'https-only', sslProtocols: ['TLSv1.2'] }, originAccessControlId: 'E2OACAPI01' },
    ],
    originGroups: [{ id: 'site-failover', members: ['site', 'site-replica'] }],
    defaultBehavior: { targetOriginId: 'site', viewerProtocolPolicy: 'redirect-to-https' },
    behaviors: [{ pathPattern: '/api/*', targetOriginId: 'api', viewerProtocolPolicy: 'https-only' }, { pathPattern: '/static/*', targetOriginId: 'site-failover', viewerProtocolPolicy: 'https-only' }],
    certificate: { acmCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT_ID}:certificate/0c1d2e3f-0000-4000-8000-000000000002`, minimumProtocolVersion: 'TLSv1.2_2021' },
    logging: { bucket: 'cf-logs-111122223333.s3.amazonaws.com' },
    webAclId: `arn:aws:wafv2:us-east-1:${ACCOUNT_ID}:global/webacl/edge/0e1f`,
    geo: { type: 'whitelist', locations: ['DE', 'FR', 'NL'] },
  },
  {
    // A legacy OAI on a bucket that no longer exists, a function URL without OAC, an application served over plain HTTP
    // end to end, the default certificate, no origin group.
    id: 'E2LEGACYDIST02',
    origins: [
      { id: 'assets', domainName: 'assets-111122223333.s3.amazonaws.com', s3: { originAccessIdentity: 'origin-access-identity/cloudfront/E3OAIOLD01' } },
      { id: 'api', domainName: LAMBDA_URL, custom: { protocolPolicy: 'https-only', sslProtocols: ['TLSv1.2'] } },
      { id: 'app', domainName: 'app.example.com', custom: { protocolPolicy: 'match-viewer', sslProtocols: ['SSLv3', 'TLSv1.2'] } },
    ],
    defaultBehavior: { targetOriginId: 'assets', viewerProtocolPolicy: 'redirect-to-https' },
    behaviors: [{ pathPattern: '/api/*', targetOriginId: 'api', viewerProtocolPolicy: 'https-only' }, { pathPattern: '/app/*', targetOriginId: 'app', viewerProtocolPolicy: 'allow-all' }],
  },
  {
    // An application behind its own certificate, served from dedicated IP addresses (vip), without an origin group.
    id: 'E3DEDICATEDIP03',
    aliases: ['legacy.example.com'],
    origins: [{ id: 'app', domainName: 'app.example.com', custom: { protocolPolicy: 'https-only', sslProtocols: ['TLSv1.2'] } }],
    defaultBehavior: { targetOriginId: 'app', viewerProtocolPolicy: 'https-only' },
    certificate: { acmCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT_ID}:certificate/0c1d2e3f-0000-4000-8000-000000000002`, minimumProtocolVersion: 'TLSv1.2_2021', sslSupportMethod: 'vip' },
    logging: { bucket: 'cf-logs-111122223333.s3.amazonaws.com' },
    webAclId: `arn:aws:wafv2:us-east-1:${ACCOUNT_ID}:global/webacl/edge/0e1f`,
    geo: { type: 'blacklist', locations: ['KP'] },
  },
]
state('global', 'E1SECUREDIST01', all(CF, 'pass'))
state('global', 'E2LEGACYDIST02', { ...all(CF, 'fail'), 'cloudfront-sni-enabled': 'skip' })
state('global', 'E3DEDICATEDIP03', {
  ...all(CF, 'pass'),
  'cloudfront-s3-origin-access-control': 'skip',
  'cloudfront-lambda-url-origin-oac': 'skip',
  'cloudfront-default-root-object': 'skip',
  'cloudfront-s3-origin-bucket-exists': 'skip',
  'cloudfront-origin-failover': 'fail',
  'cloudfront-sni-enabled': 'fail',
})

// ACM.
const certificates: NonNullable<FixtureRegion['certificates']> = [
  { id: '0c1d2e3f-0000-4000-8000-000000000002', domainName: 'www.example.com', notAfter: daysAhead(300) },
  { id: '0c1d2e3f-0000-4000-8000-000000000003', domainName: 'old.example.com', type: 'IMPORTED', keyAlgorithm: 'RSA_1024', notAfter: daysAhead(10) },
]
state(US, 'www.example.com', all(CERT, 'pass'))
state(US, 'old.example.com', all(CERT, 'fail'))

// WAF: two regional web ACLs and one of CloudFront scope.
const webAcls = [{ name: 'api-acl', id: '0a1b', rules: 3, logging: true }, { name: 'empty-acl', id: '0c1d', rules: 0, metrics: false }]
state(US, 'api-acl', all(ACL, 'pass'))
state(US, 'empty-acl', all(ACL, 'fail'))
const cloudFrontWebAcls = [{ name: 'edge', id: '0e1f', rules: 2, logging: true }]
state('global', 'edge', all(ACL, 'pass'))
// WAF rule groups: metrics on everywhere; off for the group; off for one rule; no rules at all (nothing to measure).
const ruleGroups: NonNullable<FixtureRegion['ruleGroups']> = [
  { name: 'api-rules', id: '1a2b', rules: [{ name: 'admin-path' }, { name: 'bad-bots' }] },
  { name: 'quiet-rules', id: '1c2d', metrics: false, rules: [{ name: 'geo' }] },
  { name: 'silent-rule', id: '1d2e', rules: [{ name: 'geo' }, { name: 'ip-block', metrics: false }] },
  { name: 'empty-rules', id: '1e2f', rules: [] },
]
state(US, 'api-rules', all(RULE_GROUP, 'pass'))
state(US, 'quiet-rules', all(RULE_GROUP, 'fail'))
state(US, 'silent-rule', all(RULE_GROUP, 'fail'))
state(US, 'empty-rules', all(RULE_GROUP, 'skip'))
const cloudFrontRuleGroups: NonNullable<FixtureAccount['cloudFrontRuleGroups']> = [{ name: 'edge-rules', id: '1f2e', rules: [{ name: 'geo' }] }]
state('global', 'edge-rules', all(RULE_GROUP, 'pass'))

// ECR.
const repositories: NonNullable<FixtureRegion['repositories']> = [
  { name: 'orders', tagMutability: 'IMMUTABLE', scanOnPush: true, encryption: 'KMS', lifecycle: true },
  { name: 'legacy', policy: anyonePolicy('ecr:BatchGetImage', '*') },
  { name: 'shared', tagMutability: 'IMMUTABLE', scanOnPush: true, encryption: 'KMS', lifecycle: true, policy: partnerPolicy('ecr:BatchGetImage', '*') },
]
state(US, 'orders', { ...all(REPO, 'pass'), 'ecr-repository-policy-cross-account-trusted': 'skip' })
state(US, 'legacy', { ...all(REPO, 'fail'), 'ecr-repository-policy-cross-account-trusted': 'pass' })
state(US, 'shared', { ...all(REPO, 'pass'), 'ecr-repository-policy-cross-account-trusted': 'fail' })

// ECS: the latest revision of `orders` is hardened (revision 1 was not); `legacy-worker` breaks everything.
const taskDefinitions: NonNullable<FixtureRegion['taskDefinitions']> = [
  {
    family: 'orders',
    revisions: [
      { containers: [{ name: 'app', privileged: true }] },
      { networkMode: 'awsvpc', containers: [{ name: 'app', readonlyRootFilesystem: true, user: '1000:1000', environment: { LOG_LEVEL: 'info' }, secrets: ['DB_PASSWORD'], logDriver: 'awslogs' }] },
    ],
  },
  { family: 'legacy-worker', revisions: [{ networkMode: 'host', pidMode: 'host', containers: [{ name: 'worker', privileged: true, environment: { DB_PASSWORD: 'correct-horse-battery-staple' } }] }] },
]
state(US, 'orders:2', all(TASK, 'pass'))
state(US, 'legacy-worker:1', all(TASK, 'fail'))
const ecsClusters: NonNullable<FixtureRegion['ecsClusters']> = [
  { name: 'prod', containerInsights: 'enhanced', services: [{ name: 'orders', assignPublicIp: 'DISABLED' }] },
  { name: 'sandbox', containerInsights: 'disabled', services: [{ name: 'public-task', assignPublicIp: 'ENABLED' }] },
]
state(US, 'prod', all(CLUSTER, 'pass'))
state(US, 'sandbox', all(CLUSTER, 'fail'))
state(US, 'orders', all(SERVICE, 'pass'))
state(US, 'public-task', all(SERVICE, 'fail'))

// EKS: a version newer than data/eks-versions.json knows passes whatever the date; 1.28 is past extended support.
const eksClusters: NonNullable<FixtureRegion['eksClusters']> = [
  { name: 'platform', version: '1.36', publicAccess: false, secretsKeyArn: arns.key(US, ACCOUNT_ID, 'eks-secrets'), logTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] },
  { name: 'legacy-k8s', version: '1.28', publicAccess: true, publicAccessCidrs: ['0.0.0.0/0'] },
]
state(US, 'platform', all(EKS, 'pass'))
state(US, 'legacy-k8s', all(EKS, 'fail'))

// Queues, topics, secrets.
const queues: NonNullable<FixtureRegion['queues']> = [
  { name: 'edge-unencrypted', sqsManagedSse: false },
  { name: 'edge-public', policy: anyonePolicy('sqs:SendMessage', arns.queue(US, ACCOUNT_ID, 'edge-public')) },
  { name: 'edge-partner', policy: partnerPolicy('sqs:SendMessage', arns.queue(US, ACCOUNT_ID, 'edge-partner')) },
]
state(US, 'edge-unencrypted', { 'sqs-queue-encrypted': 'fail', 'sqs-queue-policy-not-public': 'pass', 'sqs-queue-policy-cross-account-trusted': 'skip' })
state(US, 'edge-public', { 'sqs-queue-encrypted': 'pass', 'sqs-queue-policy-not-public': 'fail', 'sqs-queue-policy-cross-account-trusted': 'pass' })
state(US, 'edge-partner', { 'sqs-queue-encrypted': 'pass', 'sqs-queue-policy-not-public': 'pass', 'sqs-queue-policy-cross-account-trusted': 'fail' })
const topics: NonNullable<FixtureRegion['topics']> = [
  { name: 'edge-webhooks', kmsMasterKeyId: 'alias/aws/sns', subscriptions: [{ protocol: 'https', confirmed: true }, { protocol: 'http', confirmed: true }] },
  { name: 'edge-partner-topic', kmsMasterKeyId: arns.key(US, ACCOUNT_ID, 'sns'), policy: partnerPolicy('sns:Subscribe', arns.topic(US, ACCOUNT_ID, 'edge-partner-topic')) },
]
state(US, 'edge-webhooks', { 'sns-topic-encrypted': 'pass', 'sns-topic-policy-not-public': 'pass', 'sns-topic-policy-cross-account-trusted': 'pass', 'sns-topic-subscriptions-https': 'fail' })
state(US, 'edge-partner-topic', { 'sns-topic-encrypted': 'pass', 'sns-topic-policy-not-public': 'pass', 'sns-topic-policy-cross-account-trusted': 'fail', 'sns-topic-subscriptions-https': 'pass' })
const secrets: NonNullable<FixtureRegion['secrets']> = [
  { name: 'edge/api-key', kmsKeyId: arns.key(US, ACCOUNT_ID, 'secrets'), lastAccessedDate: daysAgo(3), policy: anyonePolicy('secretsmanager:GetSecretValue', '*') },
  { name: 'edge/legacy-token', lastAccessedDate: daysAgo(200) },
  { name: 'edge/partner-db', kmsKeyId: arns.key(US, ACCOUNT_ID, 'secrets'), lastAccessedDate: daysAgo(1), policy: partnerPolicy('secretsmanager:GetSecretValue', '*'), rotationEnabled: true, automaticallyAfterDays: 30, lastRotatedDate: daysAgo(5) },
  // Rotation configured but stuck for 100 days (its FSBP rotation verdicts: fixture-fsbp-ssm.ts).
  { name: 'edge/stuck-rotation', kmsKeyId: arns.key(US, ACCOUNT_ID, 'secrets'), lastAccessedDate: daysAgo(2), rotationEnabled: true, automaticallyAfterDays: 30, lastRotatedDate: daysAgo(100) },
]
state(US, 'edge/api-key', { 'secretsmanager-secret-policy-not-public': 'fail', 'secretsmanager-secret-policy-cross-account-trusted': 'pass', 'secretsmanager-secret-cmk-encryption': 'pass', 'secretsmanager-secret-unused': 'pass', [ROTATION]: 'fail' })
state(US, 'edge/legacy-token', { 'secretsmanager-secret-policy-not-public': 'pass', 'secretsmanager-secret-policy-cross-account-trusted': 'skip', 'secretsmanager-secret-cmk-encryption': 'fail', 'secretsmanager-secret-unused': 'fail', [ROTATION]: 'fail' })
state(US, 'edge/partner-db', { 'secretsmanager-secret-policy-not-public': 'pass', 'secretsmanager-secret-policy-cross-account-trusted': 'fail', 'secretsmanager-secret-cmk-encryption': 'pass', 'secretsmanager-secret-unused': 'pass', [ROTATION]: 'pass' })
state(US, 'edge/stuck-rotation', { 'secretsmanager-secret-policy-not-public': 'pass', 'secretsmanager-secret-policy-cross-account-trusted': 'skip', 'secretsmanager-secret-cmk-encryption': 'pass', 'secretsmanager-secret-unused': 'pass', [ROTATION]: 'pass' })

// Systems Manager.
const ssmDocuments = [{ name: 'edge-restart', sharedWith: ['All'] }, { name: 'edge-inventory', sharedWith: [PARTNER] }]
state(US, 'edge-restart', all(DOC, 'fail'))
state(US, 'edge-inventory', all(DOC, 'pass'))
const managedNodes: NonNullable<FixtureRegion['managedNodes']> = [
  { instanceId: 'i-0e1d9e0000000001', patch: { status: 'COMPLIANT' } },
  { instanceId: 'i-0e1d9e0000000002', patch: { status: 'NON_COMPLIANT', missing: 4 } },
  { instanceId: 'mi-0e1d9e000000003' },
]
state(US, 'i-0e1d9e0000000001', all(NODE, 'pass'))
state(US, 'i-0e1d9e0000000002', all(NODE, 'fail'))
state(US, 'mi-0e1d9e000000003', all(NODE, 'fail'))

/**
 * Queues and topics the rest of the fixture declares (for the Lambda and CloudWatch parts), with
 * the verdicts of this family's checks: SNS topics without a key store messages unencrypted; SNS
 * gives a topic without an explicit policy its owner-only default; a fixture subscription is an
 * e-mail one unless stated.
 */
const OTHER_MESSAGING: Record<string, Verdicts> = {
  [`${US}/lambda-async-failures`]: { 'sqs-queue-encrypted': 'pass', 'sqs-queue-policy-not-public': 'pass', 'sqs-queue-policy-cross-account-trusted': 'skip' },
  // `Principal: *` pinned by aws:SourceArn to a topic of the account.
  [`${US}/orders-in`]: { 'sqs-queue-encrypted': 'pass', 'sqs-queue-policy-not-public': 'pass', 'sqs-queue-policy-cross-account-trusted': 'pass' },
  [`${US}/ops-alerts`]: { 'sns-topic-encrypted': 'fail', 'sns-topic-policy-not-public': 'pass', 'sns-topic-policy-cross-account-trusted': 'pass', 'sns-topic-subscriptions-https': 'pass' },
  [`${US}/public-events`]: { 'sns-topic-encrypted': 'fail', 'sns-topic-policy-not-public': 'fail', 'sns-topic-policy-cross-account-trusted': 'pass', 'sns-topic-subscriptions-https': 'pass' },
  [`${US}/cis-pending`]: { 'sns-topic-encrypted': 'fail', 'sns-topic-policy-not-public': 'pass', 'sns-topic-policy-cross-account-trusted': 'pass', 'sns-topic-subscriptions-https': 'pass' },
  ['eu-west-1/eu-async-failures']: { 'sns-topic-encrypted': 'fail', 'sns-topic-policy-not-public': 'pass', 'sns-topic-policy-cross-account-trusted': 'pass', 'sns-topic-subscriptions-https': 'pass' },
  ['eu-west-1/ops-alerts']: { 'sns-topic-encrypted': 'fail', 'sns-topic-policy-not-public': 'pass', 'sns-topic-policy-cross-account-trusted': 'pass', 'sns-topic-subscriptions-https': 'pass' },
}

/** This family's resources of us-east-1, to add to that region of the fixture account. */
export const EDGE_US: FixtureRegion = {
  apiStages,
  apiDomainNames,
  loadBalancers,
  classicLoadBalancers,
  certificates,
  webAcls,
  ruleGroups,
  repositories,
  taskDefinitions,
  ecsClusters,
  eksClusters,
  queues,
  topics,
  secrets,
  ssmDocuments,
  managedNodes,
}

/** Adds this family's resources to the account (array fields are appended to, not replaced). */
export function addEdgeFixture(account: FixtureAccount): void {
  const us = (account.regions[US] ??= {}) as Record<string, unknown[] | undefined>
  for (const [key, items] of Object.entries(EDGE_US) as [string, unknown[]][]) us[key] = [...(us[key] ?? []), ...items]
  account.distributions = [...(account.distributions ?? []), ...distributions]
  account.cloudFrontWebAcls = [...(account.cloudFrontWebAcls ?? []), ...cloudFrontWebAcls]
  account.cloudFrontRuleGroups = [...(account.cloudFrontRuleGroups ?? []), ...cloudFrontRuleGroups]
}

/** `checkId region/name status` for every verdict of this family over `account` (after addEdgeFixture). */
export function edgeExpectedFindings(account: FixtureAccount): string[] {
  const out: string[] = []
  for (const d of designed) for (const [check, status] of Object.entries(d.expect)) out.push(`${check} ${d.region}/${d.name} ${status}`)
  const ours = new Set(designed.map((d) => `${d.region}/${d.name}`))
  for (const [region, data] of Object.entries(account.regions)) {
    const names = [...(data.queues ?? []), ...(data.topics ?? [])].map((x) => `${region}/${x.name}`)
    for (const key of names) {
      if (ours.has(key)) continue
      const stated = OTHER_MESSAGING[key]
      if (!stated) throw new Error(`fixture-edge.ts: state the queue/topic verdicts for ${key} in OTHER_MESSAGING`)
      for (const [check, status] of Object.entries(stated)) out.push(`${check} ${key} ${status}`)
    }
    for (const s of data.secrets ?? []) if (!ours.has(`${region}/${s.name}`)) throw new Error(`fixture-edge.ts: state the secret verdicts for ${region}/${s.name}`)
  }
  return out
}
