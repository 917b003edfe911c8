import type { ResourceType } from '../../model/resource-types.js'
import type { Collector } from './collector.js'
import { accountRegionCollector } from './collectors/account-region.js'
import { cloudTrailTrailCollector } from './collectors/cloudtrail-trail.js'
import { cloudWatchAlarmCollector } from './collectors/cloudwatch-alarm.js'
import { ec2NatGatewayCollector, ec2RouteTableCollector, ec2SecurityGroupCollector, ec2SubnetCollector, ec2VpcCollector, ec2VpcEndpointCollector } from './collectors/ec2.js'
import { iamCollector } from './collectors/iam.js'
import { iamRoleLastAccessedCollector } from './collectors/iam-role-last-accessed.js'
import { apiGatewayRouteCollector } from './collectors/apigateway-route.js'
import { kmsKeyCollector } from './collectors/kms-key.js'
import { lambdaCodeSigningConfigCollector } from './collectors/lambda-code-signing-config.js'
import { lambdaFunctionCollector } from './collectors/lambda-function.js'
import { lambdaLayerCollector } from './collectors/lambda-layer.js'
import { logsLogGroupCollector } from './collectors/logs-log-group.js'
import { guardDutyDetectorCollector } from './collectors/guardduty-detector.js'
import { secretsManagerSecretCollector } from './collectors/secretsmanager-secret.js'
import { snsTopicCollector } from './collectors/sns-topic.js'
import { sqsQueueCollector } from './collectors/sqs-queue.js'
import { ssmParameterCollector } from './collectors/ssm-parameter.js'
import { iamCredentialReportCollector } from './collectors/iam-credential-report.js'
import { iamAccountCollector } from './collectors/iam-account.js'
import { iamServerCertificateCollector } from './collectors/iam-server-certificate.js'
import { iamIdentityProviderCollector } from './collectors/iam-identity-provider.js'
import { accessAnalyzerCollector } from './collectors/accessanalyzer-analyzer.js'
import { rdsClusterCollector, rdsInstanceCollector, rdsSnapshotCollector } from './collectors/rds.js'
import { rdsEventSubscriptionCollector } from './collectors/rds-event-subscription.js'
import { rdsProxyCollector } from './collectors/rds-proxy.js'
import { dynamoDbTableCollector } from './collectors/dynamodb-table.js'
import { daxClusterCollector } from './collectors/dax-cluster.js'
import { efsAccessPointCollector, efsFileSystemCollector } from './collectors/efs.js'
import { efsMountTargetCollector } from './collectors/efs-mount-target.js'
import { elastiCacheClusterCollector, elastiCacheReplicationGroupCollector } from './collectors/elasticache.js'
import { openSearchDomainCollector } from './collectors/opensearch-domain.js'
import { backupPlanCollector, backupVaultCollector } from './collectors/backup.js'
import { backupRecoveryPointCollector } from './collectors/backup-recovery-point.js'
import { configRecorderCollector } from './collectors/config-recorder.js'
import { securityHubHubCollector } from './collectors/securityhub-hub.js'
import { macieSessionCollector } from './collectors/macie-session.js'
import { logsMetricFilterCollector } from './collectors/logs-metric-filter.js'
import { s3BucketCollector } from './collectors/s3-bucket.js'
import { s3AccessPointCollector, s3AccountSettingsCollector } from './collectors/s3-control.js'
import { s3MultiRegionAccessPointCollector } from './collectors/s3-multi-region-access-point.js'
import { s3DirectoryBucketCollector } from './collectors/s3-directory-bucket.js'
import { ec2EbsDefaultEncryptionCollector, ec2ImageCollector, ec2InstanceCollector, ec2NetworkInterfaceCollector, ec2SerialConsoleAccessCollector, ec2SnapshotCollector, ec2VolumeCollector } from './collectors/ec2-compute.js'
import { ec2FlowLogCollector, ec2NetworkAclCollector, ec2TransitGatewayCollector, ec2VpcPeeringConnectionCollector } from './collectors/ec2-network.js'
import { ec2ClientVpnEndpointCollector, ec2VpcBlockPublicAccessCollector, ec2VpnConnectionCollector } from './collectors/ec2-vpn.js'
import { ec2LaunchTemplateCollector, ec2SpotFleetRequestCollector } from './collectors/ec2-launch.js'
import { organizationsCollector } from './collectors/organizations.js'
import { accountAccountCollector } from './collectors/account-account.js'

import { apiGatewayDomainNameCollector } from './collectors/apigateway-stage.js'
import { elbLoadBalancerCollector } from './collectors/elb-load-balancer.js'
import { elbClassicLoadBalancerCollector } from './collectors/elb-classic.js'
import { cloudFrontDistributionCollector } from './collectors/cloudfront-distribution.js'
import { acmCertificateCollector } from './collectors/acm-certificate.js'
import { wafCloudFrontWebAclCollector, wafWebAclCollector } from './collectors/waf-web-acl.js'
import { wafCloudFrontRuleGroupCollector, wafRuleGroupCollector } from './collectors/waf-rule-group.js'
import { ecrRepositoryCollector } from './collectors/ecr-repository.js'
import { ecsClusterCollector, ecsTaskDefinitionCollector } from './collectors/ecs.js'
import { ecsCapacityProviderCollector } from './collectors/ecs-capacity-provider.js'
import { eksClusterCollector } from './collectors/eks-cluster.js'
import { eksNodegroupCollector } from './collectors/eks-nodegroup.js'
import { rdsGlobalClusterCollector } from './collectors/rds-global-cluster.js'
import { ssmDocumentCollector, ssmManagedInstanceCollector } from './collectors/ssm-document.js'
import { ssmAutomationLogSettingCollector, ssmDocumentSharingSettingCollector } from './collectors/ssm-service-setting.js'
/** Every collector, listed so that each comes after the collectors it depends on. */
export const COLLECTORS: readonly Collector[] = [
  lambdaFunctionCollector,
  lambdaLayerCollector,
  lambdaCodeSigningConfigCollector,
  iamCollector,
  ec2VpcCollector,
  ec2SubnetCollector,
  ec2RouteTableCollector,
  ec2SecurityGroupCollector,
  ec2NatGatewayCollector,
  kmsKeyCollector,
  cloudTrailTrailCollector,
  cloudWatchAlarmCollector,
  logsLogGroupCollector,
  sqsQueueCollector,
  snsTopicCollector,
  iamRoleLastAccessedCollector,
  apiGatewayRouteCollector,
  ec2VpcEndpointCollector,
  accountRegionCollector,
  guardDutyDetectorCollector,
  secretsManagerSecretCollector,
  ssmParameterCollector,
  iamCredentialReportCollector,
  iamAccountCollector,
  iamServerCertificateCollector,
  iamIdentityProviderCollector,
  accessAnalyzerCollector,
  configRecorderCollector,
  securityHubHubCollector,
  macieSessionCollector,
  logsMetricFilterCollector,
  s3BucketCollector,
  s3AccountSettingsCollector,
  s3AccessPointCollector,
  s3MultiRegionAccessPointCollector,
  s3DirectoryBucketCollector,
  // Interfaces first: a region without any network interface has no instance (ec2-compute.ts).
  ec2NetworkInterfaceCollector,
  ec2InstanceCollector,
  ec2VolumeCollector,
  ec2SnapshotCollector,
  ec2ImageCollector,
  ec2EbsDefaultEncryptionCollector,
  ec2SerialConsoleAccessCollector,
  ec2NetworkAclCollector,
  ec2FlowLogCollector,
  ec2TransitGatewayCollector,
  ec2VpcPeeringConnectionCollector,
  ec2LaunchTemplateCollector,
  ec2SpotFleetRequestCollector,
  ec2VpnConnectionCollector,
  ec2ClientVpnEndpointCollector,
  ec2VpcBlockPublicAccessCollector,
  organizationsCollector,
  accountAccountCollector,
  rdsInstanceCollector,
  rdsClusterCollector,
  rdsSnapshotCollector,
  rdsEventSubscriptionCollector,
  rdsProxyCollector,
  dynamoDbTableCollector,
  daxClusterCollector,
  efsFileSystemCollector,
  efsAccessPointCollector,
  efsMountTargetCollector,
  // Clusters first: an empty cluster listing means no replication group either (elasticache.ts).
  elastiCacheClusterCollector,
  elastiCacheReplicationGroupCollector,
  openSearchDomainCollector,
  backupVaultCollector,
  backupPlanCollector,
  backupRecoveryPointCollector,
  // Edge, containers and messaging.
  apiGatewayDomainNameCollector,
  elbLoadBalancerCollector,
  elbClassicLoadBalancerCollector,
  cloudFrontDistributionCollector,
  acmCertificateCollector,
  wafWebAclCollector,
  wafCloudFrontWebAclCollector,
  wafRuleGroupCollector,
  wafCloudFrontRuleGroupCollector,
  ecrRepositoryCollector,
  ecsTaskDefinitionCollector,
  ecsClusterCollector,
  ecsCapacityProviderCollector,
  eksClusterCollector,
  eksNodegroupCollector,
  rdsGlobalClusterCollector,
  ssmDocumentCollector,
  ssmManagedInstanceCollector,
  ssmAutomationLogSettingCollector,
  ssmDocumentSharingSettingCollector,
]

/**
 * The collectors that produce `types`, plus the collectors those depend on (transitively), in
 * dependency order. Nothing else runs.
 */
export function collectorsFor(types: readonly ResourceType[], all: readonly Collector[] = COLLECTORS): Collector[] {
  const selected = new Set<Collector>()
  const visit = (type: ResourceType, path: ResourceType[]) => {
    if (path.includes(type)) throw new Error(`collector dependency cycle: ${[...path, type].join(' → ')}`)
    for (const c of all) {
      if (!c.produces.includes(type) || selected.has(c)) continue
      selected.add(c)
      for (const dep of c.dependsOn ?? []) visit(dep, [...path, type])
    }
  }
  for (const t of types) visit(t, [])
  return dependencyOrder(all.filter((c) => selected.has(c)))
}

/** Stable topological order: a collector never precedes one it depends on. */
export function dependencyOrder(collectors: readonly Collector[]): Collector[] {
  const out: Collector[] = []
  const pending = [...collectors]
  while (pending.length) {
    const i = pending.findIndex((c) => [...(c.dependsOn ?? []), ...(c.uses ?? [])].every((t) => !pending.some((p) => p !== c && p.produces.includes(t))))
    if (i < 0) throw new Error(`collector dependency cycle among ${pending.map((c) => c.id).join(', ')}`)
    const [c] = pending.splice(i, 1)
    out.push(c!)
  }
  return out
}

/** The types a scan with these collectors works with: what they produce that was asked for, and what they read. */
export function wantedTypes(requested: readonly ResourceType[], collectors: readonly Collector[]): Set<ResourceType> {
  const wanted = new Set<ResourceType>(requested)
  for (const c of collectors) for (const t of c.dependsOn ?? []) wanted.add(t)
  return wanted
}
