import type { ResourceBase } from './common.js'

/** `dax.cluster`: a DynamoDB Accelerator (DAX) cluster (DescribeClusters). */
export interface DaxCluster extends ResourceBase {
  clusterName: string
  status?: string
  /**
   * Server-side encryption of the nodes' disks (`SSEDescription.Status` ENABLED). Chosen when
   * the cluster is created and never changeable afterwards.
   */
  encryptedAtRest: boolean
  /**
   * `TLS`: clients must connect over TLS to the cluster endpoint; `NONE`: plain connections.
   * Also fixed at creation.
   */
  endpointEncryption: 'NONE' | 'TLS'
}
