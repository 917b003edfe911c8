/**
 * Containers from Terraform → `ecr.repository` (with aws_ecr_repository_policy,
 * aws_ecr_lifecycle_policy and aws_ecr_registry_scanning_configuration), `ecs.task-definition`
 * (container_definitions is JSON), `ecs.service`, `ecs.cluster`, `ecs.capacity-provider` and `eks.cluster`.
 */
import type { EcsContainerDefinition } from '../../../model/ecs.js'
import type { PolicyDocument } from '../../../model/common.js'
import { registryScanningFor } from '../../aws/collectors/ecr-repository.js'
import { EncodedJson, identity, isRecord, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

function names(inst: TfInstance): Set<string> {
  return new Set([identity(inst.computed('name')), identity(inst.computed('id')), typeof inst.values.name === 'string' ? inst.values.name : undefined].filter((x): x is string => x !== undefined))
}

function adaptRepositories(ctx: AdapterContext): void {
  const registry = ctx.byType('aws_ecr_registry_scanning_configuration')[0]
  for (const inst of ctx.byType('aws_ecr_repository')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('name', inst.values.name) ?? inst.name
    const own = names(inst)
    const joined: TfInstance[] = []
    let policy: PolicyDocument | null = null
    let lifecycle = false
    for (const p of ctx.byType('aws_ecr_repository_policy')) {
      const target = identity(p.values.repository)
      if (target === undefined) f.mark('policy', `${p.address}: repository is not known`)
      if (target === undefined || !own.has(target)) continue
      joined.push(p)
      f.locateResource('policy', p)
      policy = f.policy('policy', 'policy', p) ?? null
    }
    for (const l of ctx.byType('aws_ecr_lifecycle_policy')) {
      const target = identity(l.values.repository)
      if (target === undefined) f.mark('hasLifecyclePolicy', `${l.address}: repository is not known`)
      if (target === undefined || !own.has(target)) continue
      joined.push(l)
      f.locateResource('hasLifecyclePolicy', l)
      lifecycle = true
    }
    let registryScanning
    if (registry) {
      joined.push(registry)
      const type = identity(registry.values.scan_type)
      if (type === undefined) f.mark('registryScanning', `${registry.address}: scan_type is not known`)
      registryScanning = registryScanningFor(name, {
        scanType: type === 'ENHANCED' ? 'ENHANCED' : 'BASIC',
        rules: blocksOf(registry.values.rule).map((r) => ({ scanFrequency: identity(r.scan_frequency) as 'SCAN_ON_PUSH', repositoryFilters: blocksOf(r.repository_filter).map((x) => ({ filter: identity(x.filter) ?? '', filterType: 'WILDCARD' as const })) })),
      })
    }
    const kms = f.id('kmsKey', 'encryption_configuration.0.kms_key')
    ctx.emit(
      'ecr.repository',
      f.finish({
        ...f.base(inst.id, name, { arn: f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER }),
        imageTagMutability: f.str('imageTagMutability', 'image_tag_mutability') ?? 'MUTABLE',
        scanOnPush: f.bool('scanOnPush', 'image_scanning_configuration.0.scan_on_push') ?? false,
        ...(registryScanning ? { registryScanning } : {}),
        encryptionType: f.str('encryptionType', 'encryption_configuration.0.encryption_type') ?? 'AES256',
        ...(kms ? { kmsKey: kms } : {}),
        policy,
        hasLifecyclePolicy: lifecycle,
      }),
      inst,
      joined,
    )
  }
}

/** container_definitions as a list of objects (JSON text, or jsonencode() with unknown parts). */
function containerList(f: Fields, v: Value | undefined): Record<string, Value>[] {
  if (v instanceof Unknown) {
    f.mark('containers', v.reason)
    return []
  }
  let doc: Value | undefined = v instanceof EncodedJson ? v.value : v
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc) as Value
    } catch {
      f.mark('containers', 'container_definitions is not valid JSON')
      return []
    }
  }
  return Array.isArray(doc) ? doc.filter(isRecord) : []
}

function container(f: Fields, c: Record<string, Value>, i: number): EcsContainerDefinition {
  const at = (field: string) => `containers.${i}.${field}`
  const str = (field: string, v: Value | undefined): string | undefined => {
    if (v instanceof Unknown) {
      f.mark(at(field), v.reason)
      return PLACEHOLDER
    }
    return typeof v === 'string' ? v : undefined
  }
  const bool = (field: string, v: Value | undefined): boolean => {
    if (v instanceof Unknown) f.mark(at(field), v.reason)
    return v === true || v === 'true'
  }
  const environment: Record<string, string> = {}
  for (const e of Array.isArray(c.environment) ? c.environment.filter(isRecord) : []) {
    const name = typeof e.name === 'string' ? e.name : undefined
    if (!name) continue
    if (e.value instanceof Unknown) {
      f.mark(`containers.${i}.environment.${name}`, e.value.reason)
      environment[name] = PLACEHOLDER
    } else environment[name] = e.value === undefined || e.value === null ? '' : String(e.value)
  }
  const log = isRecord(c.logConfiguration) ? c.logConfiguration : undefined
  const user = str('user', c.user)
  const image = str('image', c.image)
  const driver = log ? str('logDriver', log.logDriver) : undefined
  return {
    name: str('name', c.name) ?? `container-${i}`,
    ...(image ? { image } : {}),
    privileged: bool('privileged', c.privileged),
    readonlyRootFilesystem: bool('readonlyRootFilesystem', c.readonlyRootFilesystem),
    ...(user ? { user } : {}),
    environment,
    secretNames: (Array.isArray(c.secrets) ? c.secrets.filter(isRecord) : []).map((s) => (typeof s.name === 'string' ? s.name : '')),
    ...(driver ? { logDriver: driver } : {}),
  }
}

/**
 * The operating system family of the task definition a service runs, when the configuration
 * defines it: runtime_platform.operating_system_family, else LINUX (ECS's default). Undefined
 * when the task definition is managed elsewhere or its family is not known.
 */
function platformFamilyOf(ctx: AdapterContext, ref: Value | undefined): string | undefined {
  const wanted = identity(ref)
  if (wanted === undefined) return undefined
  const td = ctx.byType('aws_ecs_task_definition').find((t) => [identity(t.computed('arn')), identity(t.computed('arn_without_revision')), identity(t.values.family)].some((n) => n !== undefined && n === wanted))
  if (!td) return undefined
  const platform = td.values.runtime_platform
  if (platform instanceof Unknown) return undefined
  const block = blocksOf(platform)[0]
  if (!block || block.operating_system_family === undefined || block.operating_system_family === null) return 'LINUX'
  return typeof block.operating_system_family === 'string' ? block.operating_system_family : undefined
}

function adaptEcs(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_ecs_task_definition')) {
    const f = new Fields(ctx, inst)
    const family = f.str('family', 'family') ?? inst.name
    f.locate('containers', 'container_definitions')
    const networkMode = f.str('networkMode', 'network_mode')
    const pidMode = f.str('pidMode', 'pid_mode')
    const operatingSystemFamily = f.str('operatingSystemFamily', 'runtime_platform.0.operating_system_family')
    ctx.emit(
      'ecs.task-definition',
      f.finish({ ...f.base(inst.id, family, { arn: f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER }), family, ...(networkMode ? { networkMode } : {}), ...(pidMode ? { pidMode } : {}), ...(operatingSystemFamily ? { operatingSystemFamily } : {}), containers: containerList(f, inst.values.container_definitions).map((c, i) => container(f, c, i)) }),
      inst,
    )
  }
  for (const inst of ctx.byType('aws_ecs_service')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('name', inst.values.name) ?? inst.name
    const network = blocksOf(inst.values.network_configuration)[0]
    const assign = network ? f.bool('assignPublicIp', 'network_configuration.0.assign_public_ip') : undefined
    const launchType = f.str('launchType', 'launch_type')
    const platformVersion = f.str('platformVersion', 'platform_version')
    const platformFamily = platformFamilyOf(ctx, inst.values.task_definition)
    const controller = f.str('deploymentController', 'deployment_controller.0.type')
    const strategy = f.get('capacity_provider_strategy')
    if (strategy instanceof Unknown) f.mark('capacityProviders', strategy.reason)
    const capacityProviders = blocksOf(strategy).map((b) => identity(b.capacity_provider)).filter((p): p is string => !!p)
    ctx.emit('ecs.service', f.finish({ ...f.base(inst.id, name, { arn: f.ident('arn', inst.computed('id')) ?? PLACEHOLDER }), clusterArn: f.ident('clusterArn', inst.values.cluster) ?? 'default', ...(launchType ? { launchType } : {}), ...(network ? { assignPublicIp: assign ? 'ENABLED' : 'DISABLED' } : {}), ...(capacityProviders.length ? { capacityProviders } : {}), ...(platformVersion ? { platformVersion } : {}), ...(platformFamily ? { platformFamily } : {}), ...(controller ? { deploymentController: controller } : {}) }), inst)
  }
  for (const inst of ctx.byType('aws_ecs_task_set')) {
    const f = new Fields(ctx, inst)
    const service = f.ident('serviceArn', inst.values.service) ?? PLACEHOLDER
    const network = blocksOf(inst.values.network_configuration)[0]
    // assign_public_ip defaults to false, as AWS does.
    const assign = network ? f.bool('assignPublicIp', 'network_configuration.0.assign_public_ip') : undefined
    const launchType = f.str('launchType', 'launch_type')
    ctx.emit('ecs.task-set', f.finish({ ...f.base(inst.id, `${service.split('/').pop()}/${inst.name}`, { arn: f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER }), clusterArn: f.ident('clusterArn', inst.values.cluster) ?? 'default', serviceArn: service, ...(launchType ? { launchType } : {}), ...(network ? { assignPublicIp: assign ? 'ENABLED' : 'DISABLED' } : {}) }), inst)
  }
  for (const inst of ctx.byType('aws_ecs_capacity_provider')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('name', inst.values.name) ?? inst.name
    const asgBlock = f.get('auto_scaling_group_provider')
    if (asgBlock instanceof Unknown) f.mark('managedTerminationProtection', asgBlock.reason)
    const hasAsg = asgBlock instanceof Unknown || blocksOf(asgBlock).length > 0
    const asgArn = f.id('autoScalingGroupArn', 'auto_scaling_group_provider.0.auto_scaling_group_arn')
    // Left out, AWS turns managed termination protection off.
    const protection = hasAsg ? (f.str('managedTerminationProtection', 'auto_scaling_group_provider.0.managed_termination_protection') ?? 'DISABLED') : undefined
    if (protection !== undefined) f.locate('managedTerminationProtection', 'auto_scaling_group_provider.0.managed_termination_protection')
    const scaling = f.str('managedScaling', 'auto_scaling_group_provider.0.managed_scaling.0.status')
    ctx.emit('ecs.capacity-provider', f.finish({ ...f.base(inst.id, name, { arn: f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER }), ...(asgArn ? { autoScalingGroupArn: asgArn } : {}), ...(protection !== undefined ? { managedTerminationProtection: protection } : {}), ...(scaling ? { managedScaling: scaling } : {}) }), inst)
  }
  for (const inst of ctx.byType('aws_ecs_cluster')) {
    const f = new Fields(ctx, inst)
    const settings = inst.values.setting
    if (settings instanceof Unknown) f.mark('containerInsights', settings.reason)
    f.locate('containerInsights', 'setting')
    const s = blocksOf(settings).find((x) => x.name === 'containerInsights')
    if (s?.value instanceof Unknown) f.mark('containerInsights', s.value.reason)
    ctx.emit('ecs.cluster', f.finish({ ...f.base(inst.id, f.ident('name', inst.values.name) ?? inst.name, { arn: f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER }), ...(typeof s?.value === 'string' ? { containerInsights: s.value } : {}) }), inst)
  }
}

function adaptEks(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_eks_cluster')) {
    const f = new Fields(ctx, inst)
    let version = f.str('version', 'version')
    if (version === undefined) {
      f.mark('version', 'no version: EKS picks its default version when the cluster is created')
      version = PLACEHOLDER
    }
    const vpc = blocksOf(inst.values.vpc_config)[0]
    const encryption = blocksOf(inst.values.encryption_config).find((e) => Array.isArray(e.resources) && e.resources.includes('secrets'))
    const key = encryption ? identity(blocksOf(encryption.provider)[0]?.key_arn) : undefined
    if (encryption && key === undefined) f.mark('secretsEncryptionKeyArn', 'the key of encryption_config is not known')
    f.locate('secretsEncryptionKeyArn', 'encryption_config')
    const cidrs = vpc?.public_access_cidrs
    ctx.emit(
      'eks.cluster',
      f.finish({
        ...f.base(inst.id, f.ident('name', inst.values.name) ?? inst.name, { arn: f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER }),
        version,
        endpointPublicAccess: f.bool('endpointPublicAccess', 'vpc_config.0.endpoint_public_access') ?? true,
        endpointPrivateAccess: f.bool('endpointPrivateAccess', 'vpc_config.0.endpoint_private_access') ?? false,
        publicAccessCidrs: cidrs !== undefined ? (f.strList('publicAccessCidrs', 'vpc_config.0.public_access_cidrs', false) ?? []) : ['0.0.0.0/0'],
        ...(key ? { secretsEncryptionKeyArn: key } : {}),
        enabledLogTypes: (f.strList('enabledLogTypes', 'enabled_cluster_log_types', false) ?? []).sort(),
      }),
      inst,
    )
  }
}

export function adaptContainers(ctx: AdapterContext): void {
  adaptRepositories(ctx)
  adaptEcs(ctx)
  adaptEks(ctx)
}
