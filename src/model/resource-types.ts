import type { IamGroup, IamManagedPolicy, IamRole, IamRoleLastAccessed, IamUser } from './iam.js'
import type { ApiGatewayRoute } from './apigateway.js'
import type { LambdaCodeSigningConfig, LambdaFunction, LambdaLayer } from './lambda.js'
import type { NatGateway, RouteTable, SecurityGroup, Subnet, Vpc, VpcEndpoint } from './ec2.js'
import type { EbsDefaultEncryption, FlowLog, Image, Instance, NetworkAcl, NetworkInterface, SerialConsoleAccess, Snapshot, TransitGateway, VpcPeeringConnection, Volume } from './ec2.js'
import type { CloudTrailTrail, KmsKey, LogGroup, MetricAlarm, SnsTopic, SqsQueue } from './monitoring.js'
import type { AccountRegion } from './account.js'
import type { GuardDutyDetector } from './guardduty.js'
import type { SecretsManagerSecret } from './secretsmanager.js'
import type { SsmParameter } from './ssm.js'
import type { ConfigRecorder } from './config.js'
import type { SecurityHubHub } from './securityhub.js'
import type { AccessAnalyzer } from './accessanalyzer.js'
import type { MacieSession } from './macie.js'
import type { S3Bucket } from './s3.js'
import type { S3AccessPoint, S3AccountSettings } from './s3.js'
import type { S3DirectoryBucket, S3MultiRegionAccessPoint } from './s3.js'
import type { Organization } from './organizations.js'
import type { AccountAccount } from './account-settings.js'
import type { LogMetricFilter } from './logs-metric-filter.js'
import type { IamAccount, IamCredentialReportEntry, IamOidcProvider, IamSamlProvider, IamServerCertificate } from './iam-account.js'

import type { RdsCluster, RdsEventSubscription, RdsInstance, RdsProxy, RdsSnapshot } from './rds.js'
import type { DynamoDbTable } from './dynamodb.js'
import type { EfsAccessPoint, EfsFileSystem, EfsMountTarget } from './efs.js'
import type { ElastiCacheCluster, ElastiCacheReplicationGroup } from './elasticache.js'
import type { OpenSearchDomain } from './opensearch.js'
import type { BackupPlan, BackupRecoveryPoint, BackupVault } from './backup.js'
import type { DaxCluster } from './dax.js'
import type { ApiGatewayDomainName, ApiGatewayStage } from './apigateway.js'
import type { ClassicLoadBalancer, LoadBalancer } from './elb.js'
import type { CloudFrontDistribution } from './cloudfront.js'
import type { AcmCertificate } from './acm.js'
import type { WafRuleGroup, WafWebAcl } from './waf.js'
import type { EcrRepository } from './ecr.js'
import type { EcsCapacityProvider, EcsCluster, EcsService, EcsTaskDefinition, EcsTaskSet } from './ecs.js'
import type { EksCluster, EksNodegroup } from './eks.js'
import type { RdsGlobalCluster } from './rds-global.js'
import type { SsmAutomationLogSetting, SsmDocument, SsmDocumentSharingSetting, SsmManagedInstance } from './ssm.js'
import type { ClientVpnEndpoint, VpcBlockPublicAccess, VpnConnection } from './ec2-vpn.js'
import type { LaunchTemplate, SpotFleetRequest } from './ec2-launch.js'
/** Every normalized resource type, by its id. The id is the key checks and collectors use. */
export interface ResourceTypeMap {
  'lambda.function': LambdaFunction
  'lambda.layer': LambdaLayer
  'lambda.code-signing-config': LambdaCodeSigningConfig
  'iam.role': IamRole
  'iam.user': IamUser
  'iam.group': IamGroup
  'iam.policy': IamManagedPolicy
  'ec2.vpc': Vpc
  'ec2.subnet': Subnet
  'ec2.route-table': RouteTable
  'ec2.security-group': SecurityGroup
  'ec2.nat-gateway': NatGateway
  'kms.key': KmsKey
  'cloudtrail.trail': CloudTrailTrail
  'cloudwatch.alarm': MetricAlarm
  'logs.log-group': LogGroup
  'sqs.queue': SqsQueue
  'sns.topic': SnsTopic
  'iam.role-last-accessed': IamRoleLastAccessed
  'apigateway.route': ApiGatewayRoute
  'ec2.vpc-endpoint': VpcEndpoint
  'account.region': AccountRegion
  'guardduty.detector': GuardDutyDetector
  'secretsmanager.secret': SecretsManagerSecret
  'ssm.parameter': SsmParameter
  'iam.credential-report-entry': IamCredentialReportEntry
  'iam.account': IamAccount
  'iam.server-certificate': IamServerCertificate
  'iam.saml-provider': IamSamlProvider
  'iam.oidc-provider': IamOidcProvider
  'accessanalyzer.analyzer': AccessAnalyzer
  'config.recorder': ConfigRecorder
  'securityhub.hub': SecurityHubHub
  'macie.session': MacieSession
  's3.bucket': S3Bucket
  's3.account-settings': S3AccountSettings
  's3.access-point': S3AccessPoint
  's3.multi-region-access-point': S3MultiRegionAccessPoint
  's3.directory-bucket': S3DirectoryBucket
  'ec2.flow-log': FlowLog
  'ec2.network-acl': NetworkAcl
  'ec2.network-interface': NetworkInterface
  'ec2.instance': Instance
  'ec2.volume': Volume
  'ec2.snapshot': Snapshot
  'ec2.image': Image
  'ec2.ebs-default-encryption': EbsDefaultEncryption
  'ec2.serial-console-access': SerialConsoleAccess
  'ec2.transit-gateway': TransitGateway
  'ec2.vpc-peering-connection': VpcPeeringConnection
  'ec2.vpn-connection': VpnConnection
  'ec2.client-vpn-endpoint': ClientVpnEndpoint
  'ec2.vpc-block-public-access': VpcBlockPublicAccess
  'organizations.organization': Organization
  'account.account': AccountAccount
  'logs.metric-filter': LogMetricFilter
  'rds.instance': RdsInstance
  'rds.cluster': RdsCluster
  'rds.snapshot': RdsSnapshot
  'dynamodb.table': DynamoDbTable
  'efs.file-system': EfsFileSystem
  'efs.access-point': EfsAccessPoint
  'rds.event-subscription': RdsEventSubscription
  'rds.proxy': RdsProxy
  'efs.mount-target': EfsMountTarget
  'elasticache.replication-group': ElastiCacheReplicationGroup
  'elasticache.cluster': ElastiCacheCluster
  'opensearch.domain': OpenSearchDomain
  'backup.vault': BackupVault
  'backup.plan': BackupPlan
  'backup.recovery-point': BackupRecoveryPoint
  'dax.cluster': DaxCluster
  'apigateway.stage': ApiGatewayStage
  'apigateway.domain-name': ApiGatewayDomainName
  'elb.load-balancer': LoadBalancer
  'elb.classic-load-balancer': ClassicLoadBalancer
  'cloudfront.distribution': CloudFrontDistribution
  'acm.certificate': AcmCertificate
  'waf.web-acl': WafWebAcl
  'waf.rule-group': WafRuleGroup
  'ecr.repository': EcrRepository
  'ecs.task-definition': EcsTaskDefinition
  'ecs.service': EcsService
  'ecs.cluster': EcsCluster
  'ecs.task-set': EcsTaskSet
  'ecs.capacity-provider': EcsCapacityProvider
  'eks.cluster': EksCluster
  'eks.nodegroup': EksNodegroup
  'rds.global-cluster': RdsGlobalCluster
  'ssm.document': SsmDocument
  'ssm.managed-instance': SsmManagedInstance
  'ec2.launch-template': LaunchTemplate
  'ec2.spot-fleet-request': SpotFleetRequest
  'ssm.automation-log-setting': SsmAutomationLogSetting
  'ssm.document-sharing-setting': SsmDocumentSharingSetting
}

export type ResourceType = keyof ResourceTypeMap
export type ResourceOf<T extends ResourceType> = ResourceTypeMap[T]
export type AnyResource = ResourceTypeMap[ResourceType]

export interface ResourceTypeInfo {
  /** `global` resources are collected once per scan, not once per region. */
  scope: 'regional' | 'global'
  cloudformation?: string
  terraform?: string
  /** Resource type name in AWS Security Finding Format. */
  asff: string
}

/** How each normalized type maps onto CloudFormation, Terraform and ASFF. */
export const RESOURCE_TYPES: Record<ResourceType, ResourceTypeInfo> = {
  'lambda.function': { scope: 'regional', cloudformation: 'AWS::Lambda::Function', terraform: 'aws_lambda_function', asff: 'AwsLambdaFunction' },
  'lambda.layer': { scope: 'regional', cloudformation: 'AWS::Lambda::LayerVersion', terraform: 'aws_lambda_layer_version', asff: 'AwsLambdaLayerVersion' },
  'lambda.code-signing-config': { scope: 'regional', cloudformation: 'AWS::Lambda::CodeSigningConfig', terraform: 'aws_lambda_code_signing_config', asff: 'Other' },
  'iam.role': { scope: 'global', cloudformation: 'AWS::IAM::Role', terraform: 'aws_iam_role', asff: 'AwsIamRole' },
  'iam.user': { scope: 'global', cloudformation: 'AWS::IAM::User', terraform: 'aws_iam_user', asff: 'AwsIamUser' },
  'iam.group': { scope: 'global', cloudformation: 'AWS::IAM::Group', terraform: 'aws_iam_group', asff: 'AwsIamGroup' },
  'iam.policy': { scope: 'global', cloudformation: 'AWS::IAM::ManagedPolicy', terraform: 'aws_iam_policy', asff: 'AwsIamPolicy' },
  'ec2.vpc': { scope: 'regional', cloudformation: 'AWS::EC2::VPC', terraform: 'aws_vpc', asff: 'AwsEc2Vpc' },
  'ec2.subnet': { scope: 'regional', cloudformation: 'AWS::EC2::Subnet', terraform: 'aws_subnet', asff: 'AwsEc2Subnet' },
  'ec2.route-table': { scope: 'regional', cloudformation: 'AWS::EC2::RouteTable', terraform: 'aws_route_table', asff: 'AwsEc2RouteTable' },
  'ec2.security-group': { scope: 'regional', cloudformation: 'AWS::EC2::SecurityGroup', terraform: 'aws_security_group', asff: 'AwsEc2SecurityGroup' },
  'ec2.nat-gateway': { scope: 'regional', cloudformation: 'AWS::EC2::NatGateway', terraform: 'aws_nat_gateway', asff: 'Other' },
  'kms.key': { scope: 'regional', cloudformation: 'AWS::KMS::Key', terraform: 'aws_kms_key', asff: 'AwsKmsKey' },
  'cloudtrail.trail': { scope: 'regional', cloudformation: 'AWS::CloudTrail::Trail', terraform: 'aws_cloudtrail', asff: 'AwsCloudTrailTrail' },
  'cloudwatch.alarm': { scope: 'regional', cloudformation: 'AWS::CloudWatch::Alarm', terraform: 'aws_cloudwatch_metric_alarm', asff: 'AwsCloudWatchAlarm' },
  'logs.log-group': { scope: 'regional', cloudformation: 'AWS::Logs::LogGroup', terraform: 'aws_cloudwatch_log_group', asff: 'Other' },
  'sqs.queue': { scope: 'regional', cloudformation: 'AWS::SQS::Queue', terraform: 'aws_sqs_queue', asff: 'AwsSqsQueue' },
  'sns.topic': { scope: 'regional', cloudformation: 'AWS::SNS::Topic', terraform: 'aws_sns_topic', asff: 'AwsSnsTopic' },
  // Last-accessed reports exist only in a live account (IAM computes them from its logs).
  'iam.role-last-accessed': { scope: 'global', asff: 'AwsIamRole' },
  'apigateway.route': { scope: 'regional', cloudformation: 'AWS::ApiGateway::Method', terraform: 'aws_api_gateway_method', asff: 'AwsApiGatewayRestApi' },
  'ec2.vpc-endpoint': { scope: 'regional', cloudformation: 'AWS::EC2::VPCEndpoint', terraform: 'aws_vpc_endpoint', asff: 'Other' },
  // No template declares "the account in a region"; ASFF reports account-level findings on AwsAccount.
  'account.region': { scope: 'regional', asff: 'AwsAccount' },
  'guardduty.detector': { scope: 'regional', cloudformation: 'AWS::GuardDuty::Detector', terraform: 'aws_guardduty_detector', asff: 'Other' },
  'secretsmanager.secret': { scope: 'regional', cloudformation: 'AWS::SecretsManager::Secret', terraform: 'aws_secretsmanager_secret', asff: 'AwsSecretsManagerSecret' },
  'ssm.parameter': { scope: 'regional', cloudformation: 'AWS::SSM::Parameter', terraform: 'aws_ssm_parameter', asff: 'Other' },
  'config.recorder': { scope: 'regional', cloudformation: 'AWS::Config::ConfigurationRecorder', terraform: 'aws_config_configuration_recorder', asff: 'Other' },
  'securityhub.hub': { scope: 'regional', cloudformation: 'AWS::SecurityHub::Hub', terraform: 'aws_securityhub_account', asff: 'Other' },
  'accessanalyzer.analyzer': { scope: 'regional', cloudformation: 'AWS::AccessAnalyzer::Analyzer', terraform: 'aws_accessanalyzer_analyzer', asff: 'Other' },
  'macie.session': { scope: 'regional', cloudformation: 'AWS::Macie::Session', terraform: 'aws_macie2_account', asff: 'Other' },
  's3.bucket': { scope: 'regional', cloudformation: 'AWS::S3::Bucket', terraform: 'aws_s3_bucket', asff: 'AwsS3Bucket' },
  // Account-level Block Public Access has no CloudFormation resource; ASFF reports it on the account.
  's3.account-settings': { scope: 'global', terraform: 'aws_s3_account_public_access_block', asff: 'AwsAccount' },
  's3.access-point': { scope: 'regional', cloudformation: 'AWS::S3::AccessPoint', terraform: 'aws_s3_access_point', asff: 'AwsS3AccessPoint' },
  // Multi-Region Access Points are global: one control plane (us-west-2) for buckets in several regions.
  's3.multi-region-access-point': { scope: 'global', cloudformation: 'AWS::S3::MultiRegionAccessPoint', terraform: 'aws_s3control_multi_region_access_point', asff: 'Other' },
  's3.directory-bucket': { scope: 'regional', cloudformation: 'AWS::S3Express::DirectoryBucket', terraform: 'aws_s3_directory_bucket', asff: 'Other' },
  'ec2.flow-log': { scope: 'regional', cloudformation: 'AWS::EC2::FlowLog', terraform: 'aws_flow_log', asff: 'Other' },
  'ec2.network-acl': { scope: 'regional', cloudformation: 'AWS::EC2::NetworkAcl', terraform: 'aws_network_acl', asff: 'AwsEc2NetworkAcl' },
  // Network interfaces, snapshots and AMIs are what running systems and pipelines produce, not
  // what templates declare: the checks over them are live-only.
  'ec2.network-interface': { scope: 'regional', cloudformation: 'AWS::EC2::NetworkInterface', terraform: 'aws_network_interface', asff: 'AwsEc2NetworkInterface' },
  'ec2.instance': { scope: 'regional', cloudformation: 'AWS::EC2::Instance', terraform: 'aws_instance', asff: 'AwsEc2Instance' },
  'ec2.volume': { scope: 'regional', cloudformation: 'AWS::EC2::Volume', terraform: 'aws_ebs_volume', asff: 'AwsEc2Volume' },
  'ec2.snapshot': { scope: 'regional', asff: 'Other' },
  'ec2.image': { scope: 'regional', asff: 'Other' },
  // Per-region account settings: Terraform can declare them, CloudFormation cannot.
  'ec2.ebs-default-encryption': { scope: 'regional', terraform: 'aws_ebs_encryption_by_default', asff: 'AwsAccount' },
  'ec2.serial-console-access': { scope: 'regional', terraform: 'aws_ec2_serial_console_access', asff: 'AwsAccount' },
  'ec2.transit-gateway': { scope: 'regional', cloudformation: 'AWS::EC2::TransitGateway', terraform: 'aws_ec2_transit_gateway', asff: 'AwsEc2TransitGateway' },
  'ec2.vpc-peering-connection': { scope: 'regional', cloudformation: 'AWS::EC2::VPCPeeringConnection', terraform: 'aws_vpc_peering_connection', asff: 'AwsEc2VpcPeeringConnection' },
  'ec2.vpn-connection': { scope: 'regional', cloudformation: 'AWS::EC2::VPNConnection', terraform: 'aws_vpn_connection', asff: 'AwsEc2VpnConnection' },
  'ec2.client-vpn-endpoint': { scope: 'regional', cloudformation: 'AWS::EC2::ClientVpnEndpoint', terraform: 'aws_ec2_client_vpn_endpoint', asff: 'AwsEc2ClientVpnEndpoint' },
  // A per-region account setting that both CloudFormation and Terraform can declare.
  'ec2.vpc-block-public-access': { scope: 'regional', cloudformation: 'AWS::EC2::VPCBlockPublicAccessOptions', terraform: 'aws_vpc_block_public_access_options', asff: 'AwsAccount' },
  // Organizations and the account itself are global: collected once per scan.
  'organizations.organization': { scope: 'global', cloudformation: 'AWS::Organizations::Organization', terraform: 'aws_organizations_organization', asff: 'Other' },
  'account.account': { scope: 'global', asff: 'AwsAccount' },
  'logs.metric-filter': { scope: 'regional', cloudformation: 'AWS::Logs::MetricFilter', terraform: 'aws_cloudwatch_log_metric_filter', asff: 'Other' },
  // The credential report and the account's IAM settings exist only in a live account.
  'iam.credential-report-entry': { scope: 'global', asff: 'AwsIamUser' },
  'iam.account': { scope: 'global', asff: 'AwsAccount' },
  'iam.server-certificate': { scope: 'global', terraform: 'aws_iam_server_certificate', asff: 'Other' },
  'iam.saml-provider': { scope: 'global', terraform: 'aws_iam_saml_provider', asff: 'Other' },
  'iam.oidc-provider': { scope: 'global', cloudformation: 'AWS::IAM::OIDCProvider', terraform: 'aws_iam_openid_connect_provider', asff: 'Other' },
  'rds.instance': { scope: 'regional', cloudformation: 'AWS::RDS::DBInstance', terraform: 'aws_db_instance', asff: 'AwsRdsDbInstance' },
  'rds.cluster': { scope: 'regional', cloudformation: 'AWS::RDS::DBCluster', terraform: 'aws_rds_cluster', asff: 'AwsRdsDbCluster' },
  // Manual snapshots and their sharing are made by people and pipelines, not declared in templates.
  'rds.snapshot': { scope: 'regional', asff: 'AwsRdsDbSnapshot' },
  'dynamodb.table': { scope: 'regional', cloudformation: 'AWS::DynamoDB::Table', terraform: 'aws_dynamodb_table', asff: 'AwsDynamoDbTable' },
  'efs.file-system': { scope: 'regional', cloudformation: 'AWS::EFS::FileSystem', terraform: 'aws_efs_file_system', asff: 'AwsEfsFileSystem' },
  'efs.access-point': { scope: 'regional', cloudformation: 'AWS::EFS::AccessPoint', terraform: 'aws_efs_access_point', asff: 'AwsEfsAccessPoint' },
  'rds.event-subscription': { scope: 'regional', cloudformation: 'AWS::RDS::EventSubscription', terraform: 'aws_db_event_subscription', asff: 'AwsRdsEventSubscription' },
  'rds.proxy': { scope: 'regional', cloudformation: 'AWS::RDS::DBProxy', terraform: 'aws_db_proxy', asff: 'Other' },
  'efs.mount-target': { scope: 'regional', cloudformation: 'AWS::EFS::MountTarget', terraform: 'aws_efs_mount_target', asff: 'Other' },
  'elasticache.replication-group': { scope: 'regional', cloudformation: 'AWS::ElastiCache::ReplicationGroup', terraform: 'aws_elasticache_replication_group', asff: 'AwsElastiCacheReplicationGroup' },
  'elasticache.cluster': { scope: 'regional', cloudformation: 'AWS::ElastiCache::CacheCluster', terraform: 'aws_elasticache_cluster', asff: 'AwsElastiCacheCacheCluster' },
  // Legacy Elasticsearch domains (AWS::Elasticsearch::Domain, aws_elasticsearch_domain) map to the same type.
  'opensearch.domain': { scope: 'regional', cloudformation: 'AWS::OpenSearchService::Domain', terraform: 'aws_opensearch_domain', asff: 'AwsOpenSearchServiceDomain' },
  'backup.vault': { scope: 'regional', cloudformation: 'AWS::Backup::BackupVault', terraform: 'aws_backup_vault', asff: 'AwsBackupBackupVault' },
  'backup.plan': { scope: 'regional', cloudformation: 'AWS::Backup::BackupPlan', terraform: 'aws_backup_plan', asff: 'AwsBackupBackupPlan' },
  // Recovery points are made by backup jobs, never declared in templates: live only.
  'backup.recovery-point': { scope: 'regional', asff: 'AwsBackupRecoveryPoint' },
  'dax.cluster': { scope: 'regional', cloudformation: 'AWS::DAX::Cluster', terraform: 'aws_dax_cluster', asff: 'Other' },
  // Edge, containers and messaging.
  'apigateway.stage': { scope: 'regional', cloudformation: 'AWS::ApiGateway::Stage', terraform: 'aws_api_gateway_stage', asff: 'AwsApiGatewayStage' },
  'apigateway.domain-name': { scope: 'regional', cloudformation: 'AWS::ApiGateway::DomainName', terraform: 'aws_api_gateway_domain_name', asff: 'Other' },
  'elb.load-balancer': { scope: 'regional', cloudformation: 'AWS::ElasticLoadBalancingV2::LoadBalancer', terraform: 'aws_lb', asff: 'AwsElbv2LoadBalancer' },
  'elb.classic-load-balancer': { scope: 'regional', cloudformation: 'AWS::ElasticLoadBalancing::LoadBalancer', terraform: 'aws_elb', asff: 'AwsElbLoadBalancer' },
  // CloudFront is global: its API is served from us-east-1 and its distributions have no region.
  'cloudfront.distribution': { scope: 'global', cloudformation: 'AWS::CloudFront::Distribution', terraform: 'aws_cloudfront_distribution', asff: 'AwsCloudFrontDistribution' },
  'acm.certificate': { scope: 'regional', cloudformation: 'AWS::CertificateManager::Certificate', terraform: 'aws_acm_certificate', asff: 'AwsCertificateManagerCertificate' },
  // Regional web ACLs have a region; CloudFront-scope ACLs are collected once, with region `global`.
  'waf.web-acl': { scope: 'regional', cloudformation: 'AWS::WAFv2::WebACL', terraform: 'aws_wafv2_web_acl', asff: 'AwsWafv2WebAcl' },
  // Rule groups follow their web ACLs: regional in their region, CloudFront scope with region `global`.
  'waf.rule-group': { scope: 'regional', cloudformation: 'AWS::WAFv2::RuleGroup', terraform: 'aws_wafv2_rule_group', asff: 'AwsWafv2RuleGroup' },
  'ecr.repository': { scope: 'regional', cloudformation: 'AWS::ECR::Repository', terraform: 'aws_ecr_repository', asff: 'AwsEcrRepository' },
  'ecs.task-definition': { scope: 'regional', cloudformation: 'AWS::ECS::TaskDefinition', terraform: 'aws_ecs_task_definition', asff: 'AwsEcsTaskDefinition' },
  'ecs.service': { scope: 'regional', cloudformation: 'AWS::ECS::Service', terraform: 'aws_ecs_service', asff: 'AwsEcsService' },
  'ecs.cluster': { scope: 'regional', cloudformation: 'AWS::ECS::Cluster', terraform: 'aws_ecs_cluster', asff: 'AwsEcsCluster' },
  // ASFF has no task-set type.
  'ecs.task-set': { scope: 'regional', cloudformation: 'AWS::ECS::TaskSet', terraform: 'aws_ecs_task_set', asff: 'Other' },
  // ASFF has no capacity-provider type.
  'ecs.capacity-provider': { scope: 'regional', cloudformation: 'AWS::ECS::CapacityProvider', terraform: 'aws_ecs_capacity_provider', asff: 'Other' },
  'eks.cluster': { scope: 'regional', cloudformation: 'AWS::EKS::Cluster', terraform: 'aws_eks_cluster', asff: 'AwsEksCluster' },
  // ASFF has no node-group type.
  'eks.nodegroup': { scope: 'regional', cloudformation: 'AWS::EKS::Nodegroup', terraform: 'aws_eks_node_group', asff: 'Other' },
  // An account-level object listed once per scan; each is reported in its writer cluster's region. ASFF has no global-cluster type.
  'rds.global-cluster': { scope: 'global', cloudformation: 'AWS::RDS::GlobalCluster', terraform: 'aws_rds_global_cluster', asff: 'Other' },
  'ssm.document': { scope: 'regional', cloudformation: 'AWS::SSM::Document', terraform: 'aws_ssm_document', asff: 'Other' },
  // Managed nodes and their patch state come from agents on running machines: live only.
  'ssm.managed-instance': { scope: 'regional', asff: 'AwsSsmPatchCompliance' },
  // Launch templates are judged by their default version; Spot Fleet requests while they are open.
  'ec2.launch-template': { scope: 'regional', cloudformation: 'AWS::EC2::LaunchTemplate', terraform: 'aws_launch_template', asff: 'AwsEc2LaunchTemplate' },
  'ec2.spot-fleet-request': { scope: 'regional', cloudformation: 'AWS::EC2::SpotFleet', terraform: 'aws_spot_fleet_request', asff: 'Other' },
  // Regional Systems Manager service settings: no CloudFormation resource exists; Terraform declares each with aws_ssm_service_setting.
  'ssm.automation-log-setting': { scope: 'regional', terraform: 'aws_ssm_service_setting', asff: 'AwsAccount' },
  'ssm.document-sharing-setting': { scope: 'regional', terraform: 'aws_ssm_service_setting', asff: 'AwsAccount' },
}

export const RESOURCE_TYPE_IDS = Object.keys(RESOURCE_TYPES) as ResourceType[]

export function isResourceType(value: string): value is ResourceType {
  return Object.hasOwn(RESOURCE_TYPES, value)
}
