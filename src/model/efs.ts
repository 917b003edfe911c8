import type { PolicyDocument, ResourceBase } from './common.js'

/** `efs.file-system`: an EFS file system with its file system policy and backup policy. */
export interface EfsFileSystem extends ResourceBase {
  fileSystemId: string
  encrypted: boolean
  kmsKeyId?: string
  /** The file system policy; `null` when it has none (then IAM and mount access decide). */
  policy: PolicyDocument | null
  /**
   * Automatic backups (the file system's backup policy): `ENABLED`, `ENABLING`, `DISABLED` or
   * `DISABLING`. A file system without a backup policy reports `DISABLED`.
   */
  backupPolicyStatus: string
  lifeCycleState?: string
}

/** `efs.access-point`: an application entry point into a file system. */
export interface EfsAccessPoint extends ResourceBase {
  accessPointId: string
  fileSystemId: string
  /** The directory clients see as the root; `/` (the default) exposes the whole file system. */
  rootDirectory: string
  /** The POSIX identity enforced on every request through the access point; `null` when none is. */
  posixUser: { uid: number; gid: number; secondaryGids: number[] } | null
}

/** `efs.mount-target`: the network endpoint of a file system in one subnet (DescribeMountTargets). */
export interface EfsMountTarget extends ResourceBase {
  mountTargetId: string
  fileSystemId: string
  subnetId: string
  vpcId?: string
  availabilityZone?: string
}
