import type { ResourceBase } from './common.js'

/** `eks.cluster`: an EKS cluster's control-plane settings (DescribeCluster). */
export interface EksCluster extends ResourceBase {
  /** Kubernetes minor version (`1.33`). */
  version: string
  status?: string
  endpointPublicAccess: boolean
  endpointPrivateAccess: boolean
  /** CIDRs allowed to reach the public endpoint (AWS default `0.0.0.0/0`). */
  publicAccessCidrs: string[]
  /** KMS key that envelope-encrypts Kubernetes secrets; absent when not configured. */
  secretsEncryptionKeyArn?: string
  /** Control-plane log types sent to CloudWatch Logs: `api`, `audit`, `authenticator`, `controllerManager`, `scheduler`. */
  enabledLogTypes: string[]
  /** `STANDARD` or `EXTENDED` (the cluster stays on a version through extended support, at extra cost). */
  upgradeSupportType?: string
}

/** `eks.nodegroup`: a managed node group of an EKS cluster (DescribeNodegroup). */
export interface EksNodegroup extends ResourceBase {
  clusterName: string
  nodegroupName: string
  /** Kubernetes minor version of the nodes (`1.33`); a template that sets none gets the cluster's. */
  version: string
  /** AMI release version of the nodes (`1.33.0-20250704`); absent for custom AMIs and in templates that set none. */
  releaseVersion?: string
  status?: string
}
