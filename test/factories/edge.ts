/**
 * Secure-by-default builders for the edge, container and messaging resources (API Gateway
 * stages and domain names, load balancers, CloudFront, ACM, WAF, ECR, ECS, EKS, SSM documents
 * and managed instances): each returns a resource that passes every check over it.
 */
import type { ApiGatewayDomainName, ApiGatewayStage } from '../../src/model/apigateway.js'
import type { ClassicLoadBalancer, LoadBalancer } from '../../src/model/elb.js'
import type { CloudFrontDistribution } from '../../src/model/cloudfront.js'
import type { AcmCertificate } from '../../src/model/acm.js'
import type { WafRuleGroup, WafWebAcl } from '../../src/model/waf.js'
import type { EcrRepository } from '../../src/model/ecr.js'
import type { EcsCapacityProvider, EcsCluster, EcsContainerDefinition, EcsService, EcsTaskDefinition, EcsTaskSet } from '../../src/model/ecs.js'
import type { EksCluster } from '../../src/model/eks.js'
import type { SsmAutomationLogSetting, SsmDocument, SsmDocumentSharingSetting, SsmManagedInstance } from '../../src/model/ssm.js'

const ACCOUNT = '111122223333'
const REGION = 'us-east-1'
const CMK = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`

type Over<T> = { [K in keyof T]?: T[K] }

export const webAclArn = (name: string, scope: 'regional' | 'global' = 'regional') => `arn:aws:wafv2:${REGION}:${ACCOUNT}:${scope}/webacl/${name}/a1b2c3d4-0000-4000-8000-000000000001`

/** A REST API stage with access and execution logging, X-Ray, a WAF ACL and a client certificate. */
export function apiGatewayStage(over: Over<ApiGatewayStage> = {}): ApiGatewayStage {
  const apiId = over.apiId ?? 'a1b2c3'
  const stageName = over.stageName ?? 'prod'
  const arn = over.apiType && over.apiType !== 'REST' ? `arn:aws:apigateway:${REGION}::/apis/${apiId}/stages/${stageName}` : `arn:aws:apigateway:${REGION}::/restapis/${apiId}/stages/${stageName}`
  return {
    id: arn,
    arn,
    name: `orders-api/${stageName}`,
    accountId: ACCOUNT,
    region: REGION,
    apiId,
    apiName: 'orders-api',
    apiType: 'REST',
    stageName,
    accessLogDestinationArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/apigateway/orders-api`,
    methodSettings: [{ path: 'DEFAULT', loggingLevel: 'ERROR', cachingEnabled: false, cacheDataEncrypted: false }],
    tracingEnabled: true,
    webAclArn: webAclArn('orders-api'),
    clientCertificateId: 'cert-abc123',
    cacheClusterEnabled: false,
    ...over,
  }
}

export function apiGatewayDomainName(over: Over<ApiGatewayDomainName> = {}): ApiGatewayDomainName {
  const domainName = over.domainName ?? 'api.example.com'
  const arn = `arn:aws:apigateway:${REGION}::/domainnames/${domainName}`
  return { id: arn, arn, name: domainName, accountId: ACCOUNT, region: REGION, domainName, securityPolicy: 'TLS_1_2', endpointType: 'REGIONAL', ...over }
}

/** An internet-facing ALB: HTTPS with a TLS 1.3/1.2 policy, HTTP redirected to HTTPS, logs, protection, strict header handling. */
export function loadBalancer(over: Over<LoadBalancer> = {}): LoadBalancer {
  const name = over.name ?? 'orders-alb'
  const type = over.type ?? 'application'
  const arn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${type === 'application' ? 'app' : type === 'network' ? 'net' : 'gwy'}/${name}/50dc6c495c0c9188`
  return {
    id: arn,
    arn,
    name,
    accountId: ACCOUNT,
    region: REGION,
    type,
    scheme: 'internet-facing',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    listeners:
      type === 'application'
        ? [
            { id: `${arn}/https`, port: 443, protocol: 'HTTPS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', defaultActions: [{ type: 'forward' }] },
            { id: `${arn}/http`, port: 80, protocol: 'HTTP', defaultActions: [{ type: 'redirect', redirectProtocol: 'HTTPS' }] },
          ]
        : type === 'network'
          ? [{ id: `${arn}/tls`, port: 443, protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', defaultActions: [{ type: 'forward' }] }]
          : [{ id: `${arn}/geneve`, port: 6081, protocol: 'GENEVE', defaultActions: [{ type: 'forward' }] }],
    deletionProtection: true,
    accessLogsEnabled: true,
    accessLogsBucket: 'elb-logs-111122223333',
    ...(type === 'application' ? { dropInvalidHeaderFields: true, desyncMitigationMode: 'defensive' } : {}),
    ...over,
  }
}

/** A Classic Load Balancer with one HTTPS listener on a TLS 1.2 policy and every attribute on. */
export function classicLoadBalancer(over: Over<ClassicLoadBalancer> = {}): ClassicLoadBalancer {
  const name = over.name ?? 'legacy-web'
  const arn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/${name}`
  return {
    id: arn,
    arn,
    name,
    accountId: ACCOUNT,
    region: REGION,
    scheme: 'internet-facing',
    availabilityZones: ['us-east-1a', 'us-east-1b'],
    listeners: [
      {
        loadBalancerPort: 443,
        protocol: 'HTTPS',
        instancePort: 8443,
        instanceProtocol: 'HTTPS',
        sslCertificateId: `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/0a1b2c3d-0000-4000-8000-000000000001`,
        tls: { policyName: 'ELBSecurityPolicy-TLS-1-2-2017-01', referencePolicy: 'ELBSecurityPolicy-TLS-1-2-2017-01' },
      },
    ],
    crossZoneLoadBalancing: true,
    connectionDraining: true,
    accessLogsEnabled: true,
    desyncMitigationMode: 'defensive',
    ...over,
  }
}

/** A distribution in front of a private S3 bucket (OAC) and a Lambda function URL (OAC), HTTPS only, logged, behind WAF, with a country block list. */
export function cloudFrontDistribution(over: Over<CloudFrontDistribution> = {}): CloudFrontDistribution {
  const id = over.name ?? 'E1A2B3C4D5E6F7'
  const arn = `arn:aws:cloudfront::${ACCOUNT}:distribution/${id}`
  return {
    id: arn,
    arn,
    name: id,
    accountId: ACCOUNT,
    region: 'global',
    enabled: true,
    aliases: ['www.example.com'],
    defaultRootObject: 'index.html',
    origins: [
      { id: 'site', domainName: 'site-bucket.s3.us-east-1.amazonaws.com', kind: 's3', originAccessControlId: 'E2OACSITE00001' },
      { id: 'site-replica', domainName: 'site-bucket-replica.s3.us-west-2.amazonaws.com', kind: 's3', originAccessControlId: 'E2OACSITE00001' },
      { id: 'api', domainName: 'abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws', kind: 'lambda-url', originAccessControlId: 'E2OACLAMBDA001', protocolPolicy: 'https-only', sslProtocols: ['TLSv1.2'] },
    ],
    cacheBehaviors: [
      { pathPattern: '*', viewerProtocolPolicy: 'redirect-to-https', targetOriginId: 'site' },
      { pathPattern: '/api/*', viewerProtocolPolicy: 'https-only', targetOriginId: 'api' },
      { pathPattern: '/static/*', viewerProtocolPolicy: 'https-only', targetOriginId: 'site-failover' },
    ],
    // Failover from the site bucket to its replica in another region.
    originGroups: [{ id: 'site-failover', members: ['site', 'site-replica'] }],
    viewerCertificate: { cloudFrontDefaultCertificate: false, minimumProtocolVersion: 'TLSv1.2_2021', acmCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/0a1b2c3d-0000-4000-8000-000000000002`, sslSupportMethod: 'sni-only' },
    logging: { enabled: true, bucket: 'cf-logs-111122223333.s3.amazonaws.com' },
    webAclId: webAclArn('edge', 'global').replace(`:${REGION}:`, ':us-east-1:'),
    geoRestriction: { type: 'blacklist', locations: ['KP'] },
    ...over,
  }
}

/** An issued, in-use, ACM-issued RSA 2048 certificate valid until mid-2027 (the test scan time is 2026-11-27). */
export function acmCertificate(over: Over<AcmCertificate> = {}): AcmCertificate {
  const domainName = over.domainName ?? 'www.example.com'
  const arn = `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/0a1b2c3d-0000-4000-8000-00000000000${domainName.length % 10}`
  return { id: arn, arn, name: domainName, accountId: ACCOUNT, region: REGION, domainName, type: 'AMAZON_ISSUED', status: 'ISSUED', keyAlgorithm: 'RSA_2048', notAfter: '2027-06-30T23:59:59.000Z', inUse: true, renewalEligibility: 'ELIGIBLE', ...over }
}

export function wafWebAcl(over: Over<WafWebAcl> = {}): WafWebAcl {
  const name = over.name ?? 'orders-api'
  const arn = webAclArn(name)
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, scope: 'REGIONAL', ruleCount: 3, defaultAction: 'ALLOW', loggingEnabled: true, metricsEnabled: true, ...over }
}

/** A regional rule group of two rules; the group and both rules publish CloudWatch metrics. */
export function wafRuleGroup(over: Over<WafRuleGroup> = {}): WafRuleGroup {
  const name = over.name ?? 'block-admin-paths'
  const arn = `arn:aws:wafv2:${REGION}:${ACCOUNT}:regional/rulegroup/${name}/a1b2c3d4-0000-4000-8000-000000000002`
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, scope: 'REGIONAL', metricsEnabled: true, rules: [{ name: 'admin-path', metricsEnabled: true }, { name: 'bad-bots', metricsEnabled: true }], ...over }
}

export function ecrRepository(over: Over<EcrRepository> = {}): EcrRepository {
  const name = over.name ?? 'orders'
  const arn = `arn:aws:ecr:${REGION}:${ACCOUNT}:repository/${name}`
  return {
    id: arn,
    arn,
    name,
    accountId: ACCOUNT,
    region: REGION,
    uri: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${name}`,
    imageTagMutability: 'IMMUTABLE',
    scanOnPush: true,
    registryScanning: { type: 'BASIC', frequency: 'SCAN_ON_PUSH' },
    encryptionType: 'KMS',
    kmsKey: CMK,
    policy: null,
    hasLifecyclePolicy: true,
    ...over,
  }
}

export function ecsContainer(over: Over<EcsContainerDefinition> = {}): EcsContainerDefinition {
  return { name: 'app', image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/orders:1.4.2`, privileged: false, readonlyRootFilesystem: true, user: '1000', environment: { LOG_LEVEL: 'info' }, secretNames: ['DB_PASSWORD'], logDriver: 'awslogs', ...over }
}

export function ecsTaskDefinition(over: Over<EcsTaskDefinition> = {}): EcsTaskDefinition {
  const family = over.family ?? over.name ?? 'orders'
  const revision = over.revision ?? 7
  const arn = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${family}:${revision}`
  return { id: arn, arn, name: `${family}:${revision}`, accountId: ACCOUNT, region: REGION, family, revision, networkMode: 'awsvpc', containers: [ecsContainer()], ...over }
}

export function ecsService(over: Over<EcsService> = {}): EcsService {
  const name = over.name ?? 'orders'
  const arn = `arn:aws:ecs:${REGION}:${ACCOUNT}:service/prod/${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/prod`, launchType: 'FARGATE', assignPublicIp: 'DISABLED', ...over }
}

/** A task set of an EXTERNAL-deployment service, on Fargate, without public IPs. */
export function ecsTaskSet(over: Over<EcsTaskSet> = {}): EcsTaskSet {
  const id = 'ecs-svc/1234567890123456789'
  const arn = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-set/prod/checkout/${id}`
  return { id: arn, arn, name: `checkout/${id}`, accountId: ACCOUNT, region: REGION, clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/prod`, serviceArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/prod/checkout`, launchType: 'FARGATE', assignPublicIp: 'DISABLED', ...over }
}

/** An Auto Scaling group capacity provider with managed scaling and managed termination protection on. */
export function ecsCapacityProvider(over: Over<EcsCapacityProvider> = {}): EcsCapacityProvider {
  const name = over.name ?? 'workers'
  const arn = `arn:aws:ecs:${REGION}:${ACCOUNT}:capacity-provider/${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, status: 'ACTIVE', autoScalingGroupArn: `arn:aws:autoscaling:${REGION}:${ACCOUNT}:autoScalingGroup:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b:autoScalingGroupName/${name}`, managedTerminationProtection: 'ENABLED', managedScaling: 'ENABLED', ...over }
}

export function ecsCluster(over: Over<EcsCluster> = {}): EcsCluster {
  const name = over.name ?? 'prod'
  const arn = `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, containerInsights: 'enabled', ...over }
}

/** A private-endpoint cluster on Kubernetes 1.34 (standard support until 2026-12-02) with KMS secrets encryption and full control-plane logging. */
export function eksCluster(over: Over<EksCluster> = {}): EksCluster {
  const name = over.name ?? 'platform'
  const arn = `arn:aws:eks:${REGION}:${ACCOUNT}:cluster/${name}`
  return {
    id: arn,
    arn,
    name,
    accountId: ACCOUNT,
    region: REGION,
    version: '1.34',
    status: 'ACTIVE',
    endpointPublicAccess: false,
    endpointPrivateAccess: true,
    publicAccessCidrs: [],
    secretsEncryptionKeyArn: CMK,
    enabledLogTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
    upgradeSupportType: 'STANDARD',
    ...over,
  }
}

export function ssmDocument(over: Over<SsmDocument> = {}): SsmDocument {
  const name = over.name ?? 'orders-restart'
  const arn = `arn:aws:ssm:${REGION}:${ACCOUNT}:document/${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: REGION, documentType: 'Command', sharedWith: [], ...over }
}

export function ssmManagedInstance(over: Over<SsmManagedInstance> = {}): SsmManagedInstance {
  const instanceId = over.instanceId ?? 'i-0a1b2c3d4e5f60001'
  const arn = `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/${instanceId}`
  return { id: arn, arn, name: instanceId, accountId: ACCOUNT, region: REGION, instanceId, platformType: 'Linux', pingStatus: 'Online', patchStatus: 'COMPLIANT', nonCompliantCount: 0, patchReportedAt: '2026-11-20T03:00:00.000Z', ...over }
}

/** The regional SSM Automation log setting, sending script output to CloudWatch Logs. */
export function ssmAutomationLogSetting(over: Over<SsmAutomationLogSetting> = {}): SsmAutomationLogSetting {
  const region = over.region ?? REGION
  return { id: `${ACCOUNT}/${region}/ssm-automation-log-destination`, name: `SSM Automation script logging in ${region}`, accountId: ACCOUNT, region, destination: 'CloudWatch', ...over }
}

/** The regional SSM document sharing setting, with public sharing blocked. */
export function ssmDocumentSharingSetting(over: Over<SsmDocumentSharingSetting> = {}): SsmDocumentSharingSetting {
  const region = over.region ?? REGION
  return { id: `${ACCOUNT}/${region}/ssm-document-public-sharing`, name: `SSM document public sharing in ${region}`, accountId: ACCOUNT, region, publicSharing: 'Disable', ...over }
}
