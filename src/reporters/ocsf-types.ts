/**
 * The subset of OCSF 1.9.0 a clearsky Detection Finding uses. Hand-written: there is no
 * maintained OCSF package for TypeScript. Attribute names and enum values follow the schema at
 * https://schema.ocsf.io/1.9.0/classes/detection_finding.
 */
export const OCSF_VERSION = '1.9.0'

export interface OcsfProduct {
  name: string
  vendor_name: string
  version: string
}

export interface OcsfMetadata {
  version: string
  product: OcsfProduct
  /** `cloud`: the event carries the Cloud profile's `cloud` object. */
  profiles: string[]
  /** The check id. */
  event_code: string
  log_name: string
  log_provider: string
}

export interface OcsfAnalytic {
  uid: string
  name: string
  /** 1 = Rule. */
  type_id: 1
  type: 'Rule'
}

export interface OcsfFindingInfo {
  uid: string
  title: string
  desc: string
  types: string[]
  created_time: number
  modified_time: number
  analytic: OcsfAnalytic
}

export interface OcsfResource {
  uid: string
  name: string
  type: string
  region?: string
  cloud_partition?: string
  /** Where an IaC resource is declared, and which attribute the verdict is about. */
  data?: Record<string, string | number>
}

export interface OcsfCloud {
  provider: 'AWS'
  region?: string
  account?: { uid: string; type_id: 10; type: 'AWS Account' }
}

export interface OcsfRemediation {
  desc: string
  references?: string[]
}

/** OCSF Detection Finding (class 2004), activity Create. */
export interface OcsfDetectionFinding {
  activity_id: 1
  activity_name: 'Create'
  category_uid: 2
  category_name: 'Findings'
  class_uid: 2004
  class_name: 'Detection Finding'
  type_uid: 200401
  type_name: 'Detection Finding: Create'
  time: number
  message: string
  severity_id: number
  severity: string
  status_id: number
  status: string
  status_detail?: string
  is_alert: boolean
  metadata: OcsfMetadata
  finding_info: OcsfFindingInfo
  resources: OcsfResource[]
  cloud: OcsfCloud
  remediation?: OcsfRemediation
  /** Data with no OCSF attribute in this class: the clearsky verdict and compliance references. */
  unmapped: Record<string, unknown>
}
