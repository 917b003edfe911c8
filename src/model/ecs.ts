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
  containers: EcsContainerDefinition[]
}

/** `ecs.service` */
export interface EcsService extends ResourceBase {
  clusterArn: string
  launchType?: string
  /** awsvpc services: whether tasks get a public IP (`ENABLED`/`DISABLED`; AWS default DISABLED). */
  assignPublicIp?: string
}

/** `ecs.cluster` */
export interface EcsCluster extends ResourceBase {
  /** `containerInsights` setting: `enabled`, `enhanced` or `disabled` (absent = the account default, disabled unless changed). */
  containerInsights?: string
}
