/**
 * Probe resources: the concrete ARNs a capability question ("can this principal run
 * iam:PassRole on some role it does not control?") is asked against.
 *
 * An action is authorized against each resource type the Service Authorization Reference marks
 * required for it (ec2:RunInstances against an image, an instance, a network interface, a
 * security group and a subnet), so a probe set holds one group of ARNs per required type; the
 * action is allowed when every group has an allowed ARN. Each ARN comes from the catalogue's
 * ARN template for the type, with the principal's partition and account, each scanned region for
 * regional types, and `clearsky-probe` for every name part. So a policy that grants the action
 * on `*`, `arn:aws:iam::*:role/*` or `arn:aws:lambda:*:*:function:*` reaches the probe, and one
 * that names specific resources (one role, one function, the caller's own user through
 * `${aws:username}`) does not — what those named resources lead to is a transitive question this
 * module leaves out.
 *
 * Actions without resource-level permissions are asked against `*`. Actions whose resource types
 * are all optional get one group with a probe per listed type (any suffices).
 */
import { actionInfo, resourceTypeArn } from './catalogue.js'

/** The name put into every `${…}` part of an ARN template other than partition, region, account. */
export const PROBE_NAME = 'clearsky-probe'

export interface ProbeScope {
  partition: string
  account: string
  /** Regions regional resource types are probed in (at least one). */
  regions: readonly string[]
}

/** Probe ARNs for one resource type (or `*`); any one allowed suffices. */
export interface ProbeGroup {
  /** Resource type name; `*` for actions without resource-level permissions. */
  types: readonly string[]
  arns: readonly string[]
}

/** Groups of probe ARNs: every group needs one allowed ARN. */
export type ProbeGroups = readonly ProbeGroup[]

function fill(template: string, scope: ProbeScope, region: string): string {
  return template.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
    if (name === 'Partition') return scope.partition
    if (name === 'Account') return scope.account
    if (name === 'Region') return region
    return PROBE_NAME
  })
}

function arnsOf(service: string, type: string, scope: ProbeScope): string[] {
  const template = resourceTypeArn(service, type)
  if (!template) return ['*']
  if (!template.includes('${Region}')) return [fill(template, scope, '')]
  return scope.regions.map((r) => fill(template, scope, r))
}

const cache = new Map<string, ProbeGroups>()

/** The probe groups for an action in a scope (cached). */
export function probeGroups(action: string, scope: ProbeScope): ProbeGroups {
  const key = `${action.toLowerCase()}|${scope.partition}|${scope.account}|${scope.regions.join(',')}`
  const hit = cache.get(key)
  if (hit) return hit
  const info = actionInfo(action)
  const service = action.slice(0, action.indexOf(':'))
  let groups: ProbeGroup[]
  if (!info || info.resourceTypes.length === 0) groups = [{ types: ['*'], arns: ['*'] }]
  else if (info.requiredResourceTypes.length > 0) groups = info.requiredResourceTypes.map((t) => ({ types: [t], arns: arnsOf(service, t, scope) }))
  else groups = [{ types: info.resourceTypes, arns: info.resourceTypes.flatMap((t) => arnsOf(service, t, scope)) }]
  if (cache.size > 5000) cache.clear()
  cache.set(key, groups)
  return groups
}

/** The resource type names an action is authorized against (required ones, else all listed). */
export function probeResourceTypes(action: string): readonly string[] {
  const info = actionInfo(action)
  if (!info) return []
  return info.requiredResourceTypes.length > 0 ? info.requiredResourceTypes : info.resourceTypes
}
