/** Runs every Terraform adapter over a set of resource instances. */
import type { ResourceType } from '../../../model/resource-types.js'
import type { IacOptions, IacResource } from '../../iac/types.js'
import type { TfInstance } from '../instance.js'
import { adaptTrails } from './cloudtrail.js'
import { createContext } from './fields.js'
import { adaptIam } from './iam.js'
import { adaptKeys } from './kms.js'
import { adaptLambda } from './lambda.js'
import { adaptAlarms, adaptLogGroups } from './logs-alarms.js'
import { adaptQueues, adaptTopics } from './messaging.js'
import { adaptNetwork } from './network.js'
import { adaptSecurityGroups } from './security-groups.js'

/** The model resource types the Terraform source produces. */
export const TERRAFORM_MODEL_TYPES: readonly ResourceType[] = [
  'lambda.function',
  'lambda.layer',
  'lambda.code-signing-config',
  'iam.role',
  'iam.policy',
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
]

export function adaptInstances(instances: readonly TfInstance[], options: IacOptions): IacResource[] {
  const out: IacResource[] = []
  const ctx = createContext(instances, options, out)
  adaptLambda(ctx)
  adaptIam(ctx)
  adaptSecurityGroups(ctx)
  adaptNetwork(ctx)
  adaptLogGroups(ctx)
  adaptAlarms(ctx)
  adaptKeys(ctx)
  adaptTrails(ctx)
  adaptQueues(ctx)
  adaptTopics(ctx)
  return out
}
