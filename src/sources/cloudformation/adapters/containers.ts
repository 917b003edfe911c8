/**
 * Containers from templates → `ecr.repository` (with an AWS::ECR::RegistryScanningConfiguration of
 * the template), `ecs.task-definition`, `ecs.service`, `ecs.cluster`, `ecs.capacity-provider` and `eks.cluster`, with the
 * defaults AWS applies to properties a template leaves out.
 */
import type { EcsContainerDefinition } from '../../../model/ecs.js'
import { registryScanningFor } from '../../aws/collectors/ecr-repository.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asBoolean, asString, isRecord, isUnresolved, PLACEHOLDER } from '../values.js'

function adaptRepositories(stack: Stack): void {
  const registry = stack.ofType('AWS::ECR::RegistryScanningConfiguration')[0]
  const registryProps = registry ? stack.props(registry) : undefined
  for (const res of stack.ofType('AWS::ECR::Repository')) {
    const f = stack.fields(res)
    const name = f.str('name', ['RepositoryName']) ?? String(stack.ref(res)).toLowerCase()
    const lifecycle = stack.props(res).LifecyclePolicy
    if (isUnresolved(lifecycle)) f.mark('hasLifecyclePolicy', lifecycle.reason)
    f.locate('hasLifecyclePolicy', ['LifecyclePolicy'])
    let registryScanning
    if (registryProps) {
      if (isUnresolved(registryProps.Rules) || isUnresolved(registryProps.ScanType)) f.mark('registryScanning', 'the registry scanning configuration depends on an unresolved value')
      else
        registryScanning = registryScanningFor(name, {
          scanType: asString(registryProps.ScanType) === 'ENHANCED' ? 'ENHANCED' : 'BASIC',
          rules: (Array.isArray(registryProps.Rules) ? registryProps.Rules : []).filter(isRecord).map((r) => ({
            scanFrequency: asString(r.ScanFrequency) as 'SCAN_ON_PUSH',
            repositoryFilters: (Array.isArray(r.RepositoryFilters) ? r.RepositoryFilters : []).filter(isRecord).map((x) => ({ filter: asString(x.Filter) ?? '', filterType: 'WILDCARD' as const })),
          })),
        })
    }
    const kms = f.str('kmsKey', ['EncryptionConfiguration', 'KmsKey'])
    stack.emit(
      'ecr.repository',
      f.finish({
        ...f.base(stack.resourceId(res), name, { arn: `arn:${stack.options.partition}:ecr:${stack.region}:${stack.options.accountId}:repository/${name}` }),
        imageTagMutability: f.str('imageTagMutability', ['ImageTagMutability']) ?? 'MUTABLE',
        scanOnPush: f.bool('scanOnPush', ['ImageScanningConfiguration', 'ScanOnPush']) ?? false,
        ...(registryScanning ? { registryScanning } : {}),
        encryptionType: f.str('encryptionType', ['EncryptionConfiguration', 'EncryptionType']) ?? 'AES256',
        ...(kms ? { kmsKey: kms } : {}),
        policy: f.policy('policy', ['RepositoryPolicyText']) ?? null,
        hasLifecyclePolicy: isRecord(lifecycle) && lifecycle.LifecyclePolicyText !== undefined,
      }),
      res,
    )
  }
}

function container(f: Fields, c: Record<string, unknown>, i: number): EcsContainerDefinition {
  const P = (...p: (string | number)[]) => ['ContainerDefinitions', i, ...p]
  const env: Record<string, string> = {}
  const rawEnv = c.Environment
  if (isUnresolved(rawEnv)) f.mark(`containers.${i}.environment`, rawEnv.reason)
  ;(Array.isArray(rawEnv) ? rawEnv : []).forEach((e, j) => {
    if (!isRecord(e)) return
    const name = asString(e.Name)
    if (!name) return
    f.locate(`containers.${i}.environment.${name}`, P('Environment', j, 'Value'))
    if (isUnresolved(e.Value)) {
      f.mark(`containers.${i}.environment.${name}`, e.Value.reason)
      env[name] = PLACEHOLDER
    } else env[name] = asString(e.Value) ?? ''
  })
  const user = f.str(`containers.${i}.user`, P('User'))
  const image = f.str(`containers.${i}.image`, P('Image'))
  const driver = f.str(`containers.${i}.logDriver`, P('LogConfiguration', 'LogDriver'))
  return {
    name: f.str(`containers.${i}.name`, P('Name')) ?? `container-${i}`,
    ...(image ? { image } : {}),
    privileged: f.bool(`containers.${i}.privileged`, P('Privileged')) ?? false,
    readonlyRootFilesystem: f.bool(`containers.${i}.readonlyRootFilesystem`, P('ReadonlyRootFilesystem')) ?? false,
    ...(user ? { user } : {}),
    environment: env,
    secretNames: (Array.isArray(c.Secrets) ? c.Secrets : []).filter(isRecord).map((s) => asString(s.Name) ?? ''),
    ...(driver ? { logDriver: driver } : {}),
  }
}

/**
 * The operating system family of the task definition a service runs, when the template defines
 * it: RuntimePlatform.OperatingSystemFamily, else LINUX (ECS's default). Undefined when the task
 * definition is defined elsewhere or its family is not resolvable.
 */
function platformFamilyOf(stack: Stack, taskDefinitions: TemplateResource[], ref: unknown): string | undefined {
  if (ref === undefined || ref === null || isUnresolved(ref)) return undefined
  const td = taskDefinitions.find((t) => stack.ref(t) === ref)
  if (!td) return undefined
  const platform = stack.props(td).RuntimePlatform
  if (platform === undefined || platform === null) return 'LINUX'
  if (isUnresolved(platform) || !isRecord(platform)) return undefined
  const family = platform.OperatingSystemFamily
  if (family === undefined || family === null) return 'LINUX'
  return isUnresolved(family) ? undefined : asString(family)
}

function adaptEcs(stack: Stack): void {
  for (const res of stack.ofType('AWS::ECS::TaskDefinition')) {
    const f = stack.fields(res)
    const props = stack.props(res)
    const family = f.str('family', ['Family']) ?? `${stack.template.stackName}-${res.logicalId}`
    if (isUnresolved(props.ContainerDefinitions)) f.mark('containers', props.ContainerDefinitions.reason)
    const networkMode = f.str('networkMode', ['NetworkMode'])
    const pidMode = f.str('pidMode', ['PidMode'])
    const operatingSystemFamily = f.str('operatingSystemFamily', ['RuntimePlatform', 'OperatingSystemFamily'])
    stack.emit(
      'ecs.task-definition',
      f.finish({
        ...f.base(stack.resourceId(res), family, { arn: String(stack.ref(res)) }),
        family,
        ...(networkMode ? { networkMode } : {}),
        ...(pidMode ? { pidMode } : {}),
        ...(operatingSystemFamily ? { operatingSystemFamily } : {}),
        containers: (Array.isArray(props.ContainerDefinitions) ? props.ContainerDefinitions : []).map((c, i) => (isRecord(c) ? container(f, c, i) : (f.mark(`containers.${i}`, 'unresolved'), undefined))).filter((c): c is EcsContainerDefinition => c !== undefined),
      }),
      res,
    )
  }
  const taskDefinitions = stack.ofType('AWS::ECS::TaskDefinition')
  for (const res of stack.ofType('AWS::ECS::Service')) {
    const f = stack.fields(res)
    const name = f.str('name', ['ServiceName']) ?? res.logicalId
    const platformFamily = platformFamilyOf(stack, taskDefinitions, f.get(['TaskDefinition']))
    const assign = f.str('assignPublicIp', ['NetworkConfiguration', 'AwsvpcConfiguration', 'AssignPublicIp'])
    const launchType = f.str('launchType', ['LaunchType'])
    const platformVersion = f.str('platformVersion', ['PlatformVersion'])
    const controller = f.str('deploymentController', ['DeploymentController', 'Type'])
    const strategy = stack.props(res).CapacityProviderStrategy
    if (isUnresolved(strategy)) f.mark('capacityProviders', strategy.reason)
    const capacityProviders = (Array.isArray(strategy) ? strategy : []).filter(isRecord).map((s) => asString(s.CapacityProvider)).filter((p): p is string => !!p)
    stack.emit('ecs.service', f.finish({ ...f.base(stack.resourceId(res), name, { arn: String(stack.ref(res)) }), clusterArn: f.str('clusterArn', ['Cluster']) ?? 'default', ...(launchType ? { launchType } : {}), ...(assign ? { assignPublicIp: assign } : {}), ...(capacityProviders.length ? { capacityProviders } : {}), ...(platformVersion ? { platformVersion } : {}), ...(platformFamily ? { platformFamily } : {}), ...(controller ? { deploymentController: controller } : {}) }), res)
  }
  for (const res of stack.ofType('AWS::ECS::TaskSet')) {
    const f = stack.fields(res)
    // The task set's block is spelled AwsVpcConfiguration (the service's is AwsvpcConfiguration); accept both.
    const vpcKey = isRecord(f.get(['NetworkConfiguration', 'AwsVpcConfiguration'])) || isUnresolved(f.get(['NetworkConfiguration', 'AwsVpcConfiguration'])) ? 'AwsVpcConfiguration' : 'AwsvpcConfiguration'
    const assign = f.str('assignPublicIp', ['NetworkConfiguration', vpcKey, 'AssignPublicIp'])
    const launchType = f.str('launchType', ['LaunchType'])
    const service = f.str('serviceArn', ['Service']) ?? PLACEHOLDER
    stack.emit('ecs.task-set', f.finish({ ...f.base(stack.resourceId(res), `${service.split('/').pop()}/${res.logicalId}`, { arn: String(stack.getAtt(res, 'Id')) }), clusterArn: f.str('clusterArn', ['Cluster']) ?? 'default', serviceArn: service, ...(launchType ? { launchType } : {}), ...(assign ? { assignPublicIp: assign } : {}) }), res)
  }
  for (const res of stack.ofType('AWS::ECS::CapacityProvider')) {
    const f = stack.fields(res)
    const name = f.str('name', ['Name']) ?? `${stack.template.stackName}-${res.logicalId}`
    const asg = f.get(['AutoScalingGroupProvider'])
    if (isUnresolved(asg)) f.mark('managedTerminationProtection', asg.reason)
    const asgArn = f.str('autoScalingGroupArn', ['AutoScalingGroupProvider', 'AutoScalingGroupArn'])
    // Left out, AWS turns managed termination protection off.
    const protection = asg !== undefined ? (f.str('managedTerminationProtection', ['AutoScalingGroupProvider', 'ManagedTerminationProtection']) ?? 'DISABLED') : undefined
    if (protection !== undefined) f.locate('managedTerminationProtection', ['AutoScalingGroupProvider'])
    const scaling = f.str('managedScaling', ['AutoScalingGroupProvider', 'ManagedScaling', 'Status'])
    stack.emit('ecs.capacity-provider', f.finish({ ...f.base(stack.resourceId(res), name, { arn: `arn:${stack.options.partition}:ecs:${stack.region}:${stack.options.accountId}:capacity-provider/${name}` }), ...(asgArn ? { autoScalingGroupArn: asgArn } : {}), ...(protection !== undefined ? { managedTerminationProtection: protection } : {}), ...(scaling ? { managedScaling: scaling } : {}) }), res)
  }
  for (const res of stack.ofType('AWS::ECS::Cluster')) {
    const f = stack.fields(res)
    const settings = stack.props(res).ClusterSettings
    if (isUnresolved(settings)) f.mark('containerInsights', settings.reason)
    f.locate('containerInsights', ['ClusterSettings'])
    const setting = (Array.isArray(settings) ? settings : []).filter(isRecord).find((s) => s.Name === 'containerInsights')
    if (setting && isUnresolved(setting.Value)) f.mark('containerInsights', setting.Value.reason)
    const value = setting ? asString(setting.Value) : undefined
    stack.emit('ecs.cluster', f.finish({ ...f.base(stack.resourceId(res), f.str('name', ['ClusterName']) ?? res.logicalId, { arn: String(stack.getAtt(res, 'Arn')) }), ...(value ? { containerInsights: value } : {}) }), res)
  }
}

function adaptEks(stack: Stack): void {
  for (const res of stack.ofType('AWS::EKS::Cluster')) {
    const f = stack.fields(res)
    const props = stack.props(res)
    let version = f.str('version', ['Version'])
    // Without Version, EKS creates the cluster on its default version of the day.
    if (version === undefined) {
      f.mark('version', 'no Version: EKS picks its default version when the cluster is created')
      version = PLACEHOLDER
    }
    const vpc = isRecord(props.ResourcesVpcConfig) ? props.ResourcesVpcConfig : {}
    const encryption = props.EncryptionConfig
    if (isUnresolved(encryption)) f.mark('secretsEncryptionKeyArn', encryption.reason)
    const secrets = (Array.isArray(encryption) ? encryption : []).filter(isRecord).find((e) => Array.isArray(e.Resources) && e.Resources.includes('secrets'))
    const key = secrets && isRecord(secrets.Provider) ? secrets.Provider.KeyArn : undefined
    if (isUnresolved(key)) f.mark('secretsEncryptionKeyArn', key.reason)
    f.locate('secretsEncryptionKeyArn', ['EncryptionConfig'])
    const logging = isRecord(props.Logging) && isRecord(props.Logging.ClusterLogging) ? props.Logging.ClusterLogging.EnabledTypes : undefined
    if (isUnresolved(logging)) f.mark('enabledLogTypes', logging.reason)
    f.locate('enabledLogTypes', ['Logging'])
    const publicAccess = f.bool('endpointPublicAccess', ['ResourcesVpcConfig', 'EndpointPublicAccess']) ?? true
    stack.emit(
      'eks.cluster',
      f.finish({
        ...f.base(stack.resourceId(res), f.str('name', ['Name']) ?? res.logicalId, { arn: String(stack.getAtt(res, 'Arn')) }),
        version,
        endpointPublicAccess: publicAccess,
        endpointPrivateAccess: f.bool('endpointPrivateAccess', ['ResourcesVpcConfig', 'EndpointPrivateAccess']) ?? false,
        publicAccessCidrs: vpc.PublicAccessCidrs !== undefined ? (f.strList('publicAccessCidrs', ['ResourcesVpcConfig', 'PublicAccessCidrs']) ?? []) : ['0.0.0.0/0'],
        ...(asString(key) ? { secretsEncryptionKeyArn: asString(key)! } : {}),
        enabledLogTypes: (Array.isArray(logging) ? logging : []).filter(isRecord).flatMap((t) => (asString(t.Type) ? [asString(t.Type)!] : [])).sort(),
      }),
      res,
    )
  }
}

export function adaptContainers(stack: Stack): void {
  adaptRepositories(stack)
  adaptEcs(stack)
  adaptEks(stack)
}

