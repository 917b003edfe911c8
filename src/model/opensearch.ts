import type { PolicyDocument, ResourceBase } from './common.js'

/** One log stream a domain can publish to CloudWatch Logs. */
export interface OpenSearchLogPublishing {
  enabled: boolean
  logGroupArn?: string
}

/**
 * `opensearch.domain`: an Amazon OpenSearch Service domain, OpenSearch or legacy Elasticsearch
 * (both are listed and described by the same API).
 */
export interface OpenSearchDomain extends ResourceBase {
  domainName: string
  /** `OpenSearch_2.13`, `Elasticsearch_7.10` … */
  engineVersion?: string
  encryptionAtRest: boolean
  kmsKeyId?: string
  nodeToNodeEncryption: boolean
  enforceHttps: boolean
  /** `Policy-Min-TLS-1-2-2019-07` …; absent when the source does not say (AWS's default then applies). */
  tlsSecurityPolicy?: string
  /** VPC access; `null` for a domain with a public endpoint. */
  vpc: { vpcId?: string; subnetIds: string[]; securityGroupIds: string[] } | null
  /** The domain's resource-based access policy; `null` when it has none. */
  accessPolicy: PolicyDocument | null
  /** Fine-grained access control (AdvancedSecurityOptions). */
  fineGrainedAccessControl: boolean
  internalUserDatabase?: boolean
  /** By log type: `AUDIT_LOGS`, `ES_APPLICATION_LOGS`, `SEARCH_SLOW_LOGS`, `INDEX_SLOW_LOGS`. */
  logPublishing: Record<string, OpenSearchLogPublishing>
  instanceCount?: number
  dedicatedMasterEnabled?: boolean
  /** Number of dedicated master (primary) nodes when they are enabled. */
  dedicatedMasterCount?: number
  /** ServiceSoftwareOptions.UpdateAvailable: a service software update is waiting to be installed (live only). */
  softwareUpdateAvailable?: boolean
  zoneAwareness?: boolean
}
