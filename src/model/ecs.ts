import type { ResourceBase } from './common.js'

/** One container definition of a task definition, as the checks read it. */
export interface EcsContainerDefinition {
  name: string
  image?: string
  privileged: boolean
  readonlyRootFilesystem: boolean
  /** `user` (a name, uid, `uid:gid` …); absent = the image's default user, root for most images. */
  user?: string
  /** Plain environment variables (name → value). Secret references (`secrets`) are not values and are listed by name. */
  environment: Record<string, string>
  /** Names of variables injected from Secrets Manager or SSM (`secrets`). */
  secretNames: string[]
  /** Log driver of `logConfiguration` (`awslogs`, `awsfirelens` …); absent when none is configured. */
  logDriver?: string
}

/** `ecs.task-definition`: the latest ACTIVE revision of a task definition family. */
export interface EcsTaskDefinition extends ResourceBase {
  family: string
  revision?: number
  /** `awsvpc`, `bridge`, `host` or `none`; absent = `bridge` on EC2 (Fargate requires awsvpc). */
  networkMode?: string
  /** `host` when the containers share the host's process namespace. */
  pidMode?: string
  /**
   * `runtimePlatform.operatingSystemFamily`: `LINUX` or a `WINDOWS_SERVER_…` family; absent when the
   * task definition declares none (Fargate requires it for Windows; EC2 task definitions often omit it).
   */
  operatingSystemFamily?: string
  containers: EcsContainerDefinition[]
}

/** `ecs.service` */
export interface EcsService extends ResourceBase {
  clusterArn: string
  launchType?: string
  /** awsvpc services: whether tasks get a public IP (`ENABLED`/`DISABLED`; AWS default DISABLED). */
  assignPublicIp?: string
  /** Capacity providers of the service's strategy (`FARGATE`, `FARGATE_SPOT`, an Auto Scaling group provider …); used instead of a launch type. */
  capacityProviders?: string[]
  /** Fargate platform version: `LATEST` or a number such as `1.4.0`; absent = AWS's default, `LATEST`. */
  platformVersion?: string
  /** Fargate operating system family (`LINUX`, `WINDOWS_SERVER_2019_CORE` …); absent = not known (a template whose task definition is defined elsewhere). */
  platformFamily?: string
  /** Deployment controller: `ECS` (default), `CODE_DEPLOY` or `EXTERNAL` (the last two run task sets). */
  deploymentController?: string
}

/** `ecs.task-set`: a task set of a service deployed by CodeDeploy or an external controller. */
export interface EcsTaskSet extends ResourceBase {
  clusterArn: string
  serviceArn: string
  launchType?: string
  /** awsvpc task sets: whether tasks get a public IP (`ENABLED`/`DISABLED`; AWS default DISABLED). */
  assignPublicIp?: string
}

/** `ecs.cluster` */
export interface EcsCluster extends ResourceBase {
  /** `containerInsights` setting: `enabled`, `enhanced` or `disabled` (absent = the account default, disabled unless changed). */
  containerInsights?: string
}

/**
 * `ecs.capacity-provider`: a capacity provider of the account (it exists apart from clusters and is
 * attached to them later). The AWS-owned FARGATE and FARGATE_SPOT providers are not kept: they carry
 * no settings of their own.
 */
export interface EcsCapacityProvider extends ResourceBase {
  /** `ACTIVE`, `PROVISIONING`, `DEPROVISIONING` or `INACTIVE`. */
  status?: string
  /** The Auto Scaling group of an EC2 capacity provider; absent for ECS Managed Instances providers. */
  autoScalingGroupArn?: string
  /** `ENABLED` or `DISABLED` (AWS's default); present exactly when the provider is backed by an Auto Scaling group. */
  managedTerminationProtection?: string
  /** Managed scaling status (`ENABLED`/`DISABLED`): termination protection only works with it on. */
  managedScaling?: string
}
