/** Runs every Terraform adapter over a set of resource instances. */
import type { ResourceType } from '../../../model/resource-types.js'
import type { IacOptions, IacResource } from '../../iac/types.js'
import type { TfInstance } from '../instance.js'
import { adaptTrails } from './cloudtrail.js'
import { createContext } from './fields.js'
import { adaptIam } from './iam.js'
import { adaptIamUsersAndGroups } from './iam-users.js'
import { adaptKeys } from './kms.js'
import { adaptLambda } from './lambda.js'
import { adaptAlarms, adaptLogGroups } from './logs-alarms.js'
import { adaptQueues, adaptTopics } from './messaging.js'
import { adaptNetwork } from './network.js'
import { adaptSecurityGroups } from './security-groups.js'
import { adaptS3 } from './s3.js'
import { adaptEc2Compute } from './ec2-compute.js'
import { adaptEc2Launch } from './ec2-launch.js'
import { adaptEc2Vpn } from './ec2-vpn.js'
import { adaptDataStores } from './data-stores.js'
import { adaptApiGateway } from './apigateway.js'
import { adaptOpenApiRoutes } from './apigateway-openapi.js'
import { adaptGuardDuty } from './guardduty.js'
import { adaptSecretsManager } from './secretsmanager.js'
import { adaptSsm } from './ssm.js'

import { adaptApiGatewayStages } from './apigateway-stage.js'
import { adaptElb } from './elb.js'
import { adaptEdge } from './edge.js'
import { adaptContainers } from './containers.js'
import { adaptEksNodegroups } from './eks-nodegroup.js'
import { adaptRdsGlobalClusters } from './rds-global-cluster.js'

/** The model resource types the Terraform source produces. */
export const TERRAFORM_MODEL_TYPES: readonly ResourceType[] = [
  'lambda.function',
  'lambda.layer',
  'lambda.code-signing-config',
  'iam.role',
  'iam.policy',
  'iam.user',
  'iam.group',
  'ec2.security-group',
  'ec2.vpc',
  'ec2.subnet',
  'ec2.route-table',
  'ec2.nat-gateway',
  'logs.log-group',
  'cloudwatch.alarm',
  'kms.key',
  'cloudtrail.trail',
  'sqs.queue',
  'sns.topic',
  'rds.instance',
  'rds.cluster',
  'dynamodb.table',
  'dax.cluster',
  'efs.file-system',
  'efs.access-point',
  'rds.event-subscription',
  'rds.proxy',
  'efs.mount-target',
  'elasticache.replication-group',
  'elasticache.cluster',
  'opensearch.domain',
  'backup.vault',
  'backup.plan',
  's3.bucket',
  's3.account-settings',
  's3.access-point',
  'ec2.instance',
  'ec2.volume',
  'ec2.network-acl',
  'ec2.flow-log',
  'ec2.transit-gateway',
  'ec2.vpc-peering-connection',
  'ec2.ebs-default-encryption',
  'ec2.serial-console-access',
  'ec2.vpc-endpoint',
  'ec2.vpn-connection',
  'ec2.client-vpn-endpoint',
  'ec2.vpc-block-public-access',
  'apigateway.route',
  'guardduty.detector',
  'secretsmanager.secret',
  'ssm.parameter',
  'ssm.automation-log-setting',
  'ssm.document-sharing-setting',
  'apigateway.stage',
  'apigateway.domain-name',
  'elb.load-balancer',
  'elb.classic-load-balancer',
  'cloudfront.distribution',
  'acm.certificate',
  'waf.web-acl',
  'waf.rule-group',
  'ecr.repository',
  'ecs.task-definition',
  'ecs.service',
  'ecs.cluster',
  'eks.cluster',
  'eks.nodegroup',
  'rds.global-cluster',
  'ec2.launch-template',
  'ec2.spot-fleet-request',
]

export function adaptInstances(instances: readonly TfInstance[], options: IacOptions): IacResource[] {
  const out: IacResource[] = []
  const ctx = createContext(instances, options, out)
  adaptLambda(ctx)
  adaptIam(ctx)
  adaptIamUsersAndGroups(ctx)
  adaptSecurityGroups(ctx)
  adaptNetwork(ctx)
  adaptLogGroups(ctx)
  adaptAlarms(ctx)
  adaptKeys(ctx)
  adaptTrails(ctx)
  adaptQueues(ctx)
  adaptTopics(ctx)
  adaptDataStores(ctx)
  adaptS3(ctx)
  adaptEc2Compute(ctx)
  adaptEc2Launch(ctx)
  adaptEc2Vpn(ctx)
  adaptApiGateway(ctx)
  adaptOpenApiRoutes(ctx)
  adaptGuardDuty(ctx)
  adaptSecretsManager(ctx)
  adaptSsm(ctx)
  adaptApiGatewayStages(ctx)
  adaptElb(ctx)
  adaptEdge(ctx)
  adaptContainers(ctx)
  adaptEksNodegroups(ctx)
  adaptRdsGlobalClusters(ctx)
  return out
}
