/**
 * The e2e design of the FSBP load balancer, ECS and OpenSearch controls added after the edge and
 * data-store fixtures: listener encryption in transit (ELB.18), the Fargate platform version
 * (ECS.10), task sets without public IPs (ECS.16), the host network mode (ECS.17), capacity
 * provider termination protection (ECS.19), Windows container users (ECS.21; the Linux user check,
 * ECS.20, now skips Windows task definitions), pending service software updates
 * (Opensearch.10) and dedicated master nodes on Elasticsearch domains (ES.7).
 *
 * It extends fixture-edge.ts and fixture-data-stores.ts (apply it after both; it only appends):
 * one Network Load Balancer with a TLS listener, one cluster whose services cover each way of
 * running on Fargate (one of them deployed through task sets), and one Elasticsearch domain that
 * passes everything but waits for a software update. The resources those fixtures already hold
 * get verdicts from the new checks too, and the new resources from the earlier checks of their
 * kind; every verdict below is stated by hand, never taken from the scanner's output.
 */
import type { FixtureAccount, FixtureRegion } from '../aws-server/fixture.js'
import { SEARCH } from './fixture-data-stores.js'

const ACCOUNT = '111122223333'
const US = 'us-east-1'

type Status = 'pass' | 'fail' | 'skip' | 'unknown'

const LISTENER_ENCRYPTION = 'elb-listener-encryption-in-transit'
const FARGATE_VERSION = 'ecs-fargate-latest-platform-version'
const TASK_SET_PUBLIC_IP = 'ecs-task-set-no-public-ip'
const SOFTWARE_UPDATE = 'opensearch-domain-software-update-installed'
const DEDICATED_MASTERS = 'opensearch-domain-dedicated-master-nodes'
const HOST_NETWORK = 'ecs-task-definition-no-host-network'
const WINDOWS_USER = 'ecs-task-definition-windows-non-admin-user'
const TERMINATION_PROTECTION = 'ecs-capacity-provider-termination-protection'

/** The load balancer, service, cluster and domain checks of the earlier fixtures: the added resources are judged by them too. */
const EARLIER_LB_CHECKS = ['elb-alb-http-redirects-to-https', 'elb-listener-tls-policy-modern', 'elb-access-logs-enabled', 'elb-deletion-protection-enabled', 'elb-alb-drop-invalid-headers', 'elb-alb-desync-mitigation', 'elb-multi-az']
const EARLIER_SERVICE_CHECK = 'ecs-service-no-public-ip'
const EARLIER_CLUSTER_CHECK = 'ecs-cluster-container-insights'
const EARLIER_DOMAIN_CHECKS = SEARCH

/** A Network Load Balancer that only terminates TLS, with access logs. */
const loadBalancers: NonNullable<FixtureRegion['loadBalancers']> = [
  { name: 'tls-nlb', type: 'network', zones: ['us-east-1a', 'us-east-1b'], listeners: [{ port: 443, protocol: 'TLS', sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }], attributes: { 'deletion_protection.enabled': 'true', 'access_logs.s3.enabled': 'true', 'access_logs.s3.bucket': 'elb-logs-111122223333' } },
]

const TASK_SET_PRIVATE = 'ecs-svc/1111111111111111111'
const TASK_SET_PUBLIC = 'ecs-svc/2222222222222222222'

/** Services on Fargate by launch type and by capacity provider, one on EC2, and one deployed through task sets. */
const ecsClusters: NonNullable<FixtureRegion['ecsClusters']> = [
  {
    name: 'deployments',
    containerInsights: 'enabled',
    services: [
      { name: 'checkout', deploymentController: 'EXTERNAL', taskSets: [{ id: TASK_SET_PRIVATE, assignPublicIp: 'DISABLED' }, { id: TASK_SET_PUBLIC, assignPublicIp: 'ENABLED' }] },
      { name: 'reports', platformVersion: '1.3.0', assignPublicIp: 'DISABLED' },
      { name: 'spot-batch', capacityProviders: ['FARGATE_SPOT'], platformVersion: '1.4.0', assignPublicIp: 'DISABLED' },
      { name: 'ec2-worker', launchType: 'EC2' },
    ],
  },
]

/** A Windows task definition that runs as ContainerUser: the Linux-only checks (root user, read-only root file system) skip it. */
const taskDefinitions: NonNullable<FixtureRegion['taskDefinitions']> = [
  { family: 'iis-web', revisions: [{ networkMode: 'awsvpc', operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', containers: [{ name: 'iis', user: 'ContainerUser', environment: { ASPNETCORE_ENVIRONMENT: 'Production' }, logDriver: 'awslogs' }] }] },
]
/** The earlier task definition checks and their verdicts for iis-web. */
const EARLIER_TASK_VERDICTS: [string, Status][] = [
  ['ecs-task-definition-no-privileged-containers', 'pass'],
  ['ecs-task-definition-no-plaintext-secrets', 'pass'],
  ['ecs-task-definition-readonly-root-filesystem', 'skip'],
  ['ecs-task-definition-non-root-user', 'skip'],
  ['ecs-task-definition-host-network-non-root', 'pass'],
  ['ecs-task-definition-no-host-pid', 'pass'],
  ['ecs-task-definition-logging-configured', 'pass'],
]

/** Capacity providers: two on Auto Scaling groups (protected or not) and one ECS Managed Instances provider; the server adds AWS's FARGATE and FARGATE_SPOT, which are not collected. */
const capacityProviders: NonNullable<FixtureRegion['capacityProviders']> = [
  { name: 'ec2-workers', autoScalingGroup: 'ec2-workers-asg', managedScaling: 'ENABLED', managedTerminationProtection: 'ENABLED' },
  { name: 'ec2-batch', autoScalingGroup: 'ec2-batch-asg', managedScaling: 'ENABLED', managedTerminationProtection: 'DISABLED' },
  { name: 'managed-fleet' },
]

/** An Elasticsearch domain secure in every respect, with three dedicated masters, that has a software update waiting. */
const searchDomains: NonNullable<FixtureRegion['searchDomains']> = [
  {
    name: 'es-archive',
    engineVersion: 'Elasticsearch_7.10',
    encryptionAtRest: true,
    nodeToNode: true,
    enforceHttps: true,
    tlsPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
    vpcSubnets: ['subnet-0aa0000000000a001', 'subnet-0bb0000000000b002'],
    accessPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/archive-writer` }, Action: 'es:ESHttp*', Resource: `arn:aws:es:${US}:${ACCOUNT}:domain/es-archive/*` }] },
    fineGrained: true,
    logs: ['AUDIT_LOGS', 'ES_APPLICATION_LOGS'],
    instanceCount: 3,
    zoneAwareness: true,
    dedicatedMasters: 3,
    updateAvailable: true,
  },
]

/** The earlier load balancer checks that judge a Network Load Balancer with a TLS listener (access logs record only TLS listeners); the others are for ALBs only. */
const NLB_PASSES = ['elb-listener-tls-policy-modern', 'elb-access-logs-enabled', 'elb-deletion-protection-enabled', 'elb-multi-az']

/** The verdicts, by check and `region/name`. */
const EXPECTED: [string, string, Status][] = [
  // ELB.18: an HTTP listener fails even when it only redirects (web-alb), as the AWS control has it.
  [LISTENER_ENCRYPTION, `${US}/tls-nlb`, 'pass'],
  [LISTENER_ENCRYPTION, `${US}/web-alb`, 'fail'],
  [LISTENER_ENCRYPTION, `${US}/legacy-alb`, 'fail'],
  [LISTENER_ENCRYPTION, `${US}/db-nlb`, 'fail'],
  // The added NLB under the earlier load balancer checks.
  ...EARLIER_LB_CHECKS.map((c): [string, string, Status] => [c, `${US}/tls-nlb`, NLB_PASSES.includes(c) ? 'pass' : 'skip']),
  // ECS.10: services of fixture-edge.ts run on Fargate without a pinned version (LATEST).
  [FARGATE_VERSION, `${US}/orders`, 'pass'],
  [FARGATE_VERSION, `${US}/public-task`, 'pass'],
  [FARGATE_VERSION, `${US}/checkout`, 'pass'],
  [FARGATE_VERSION, `${US}/reports`, 'fail'],
  [FARGATE_VERSION, `${US}/spot-batch`, 'pass'],
  [FARGATE_VERSION, `${US}/ec2-worker`, 'skip'],
  // ECS.16: the task sets of the EXTERNAL-controller service.
  [TASK_SET_PUBLIC_IP, `${US}/checkout/${TASK_SET_PRIVATE}`, 'pass'],
  [TASK_SET_PUBLIC_IP, `${US}/checkout/${TASK_SET_PUBLIC}`, 'fail'],
  // The added services and cluster under the earlier checks: none gives its tasks public IPs (checkout's live in its task sets).
  ...['checkout', 'reports', 'spot-batch', 'ec2-worker'].map((s): [string, string, Status] => [EARLIER_SERVICE_CHECK, `${US}/${s}`, 'pass']),
  [EARLIER_CLUSTER_CHECK, `${US}/deployments`, 'pass'],
  // Opensearch.10: the loopback server reports no update for the data-store domains.
  [SOFTWARE_UPDATE, `${US}/search`, 'pass'],
  [SOFTWARE_UPDATE, `${US}/legacy-logs-open`, 'pass'],
  [SOFTWARE_UPDATE, `${US}/es-archive`, 'fail'],
  // ES.7: Elasticsearch engine only; legacy-logs-open has one data node and no dedicated masters.
  [DEDICATED_MASTERS, `${US}/search`, 'skip'],
  [DEDICATED_MASTERS, `${US}/legacy-logs-open`, 'fail'],
  [DEDICATED_MASTERS, `${US}/es-archive`, 'pass'],
  ...EARLIER_DOMAIN_CHECKS.map((c): [string, string, Status] => [c, `${US}/es-archive`, 'pass']),
  // ECS.17: legacy-worker (fixture-edge.ts) runs in host mode.
  [HOST_NETWORK, `${US}/orders:2`, 'pass'],
  [HOST_NETWORK, `${US}/legacy-worker:1`, 'fail'],
  [HOST_NETWORK, `${US}/iis-web:1`, 'pass'],
  // ECS.21: a task definition without a runtime platform is judged too, as AWS does; legacy-worker names no user.
  [WINDOWS_USER, `${US}/orders:2`, 'pass'],
  [WINDOWS_USER, `${US}/legacy-worker:1`, 'fail'],
  [WINDOWS_USER, `${US}/iis-web:1`, 'pass'],
  ...EARLIER_TASK_VERDICTS.map(([c, status]): [string, string, Status] => [c, `${US}/iis-web:1`, status]),
  // ECS.19: Auto Scaling group providers only.
  [TERMINATION_PROTECTION, `${US}/ec2-workers`, 'pass'],
  [TERMINATION_PROTECTION, `${US}/ec2-batch`, 'fail'],
  [TERMINATION_PROTECTION, `${US}/managed-fleet`, 'skip'],
]

/** Appends this design's resources to us-east-1 of the fixture account (after the edge and data-store designs). */
export function applyFsbpComputeDesign(account: FixtureAccount): void {
  const us = (account.regions[US] ??= {})
  us.loadBalancers = [...(us.loadBalancers ?? []), ...loadBalancers]
  us.ecsClusters = [...(us.ecsClusters ?? []), ...ecsClusters]
  us.searchDomains = [...(us.searchDomains ?? []), ...searchDomains]
  us.taskDefinitions = [...(us.taskDefinitions ?? []), ...taskDefinitions]
  us.capacityProviders = [...(us.capacityProviders ?? []), ...capacityProviders]
}

/** `checkId region/name status` for every verdict this design states. */
export function fsbpComputeExpectedFindings(): string[] {
  return EXPECTED.map(([check, where, status]) => `${check} ${where} ${status}`).sort()
}

/** The checks this design gives passing and failing resources. */
export const FSBP_COMPUTE_COVERED_CHECKS = [LISTENER_ENCRYPTION, FARGATE_VERSION, TASK_SET_PUBLIC_IP, SOFTWARE_UPDATE, DEDICATED_MASTERS, HOST_NETWORK, WINDOWS_USER, TERMINATION_PROTECTION]
