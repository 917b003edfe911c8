/**
 * The protection plans a GuardDuty detector created from a template ends up with. CreateDetector
 * turns on every optional plan that the request does not mention, except Runtime Monitoring,
 * which stays off until asked for; the older `DataSources` switches (S3 logs, EKS audit logs,
 * EBS malware scans) can still turn their plan off. Explicit `Features` entries win over both.
 */
import type { GuardDutyFeature } from '../../model/guardduty.js'

/** The plans CreateDetector enables by default (RUNTIME_MONITORING excluded, see above). */
const ENABLED_BY_DEFAULT = ['S3_DATA_EVENTS', 'EKS_AUDIT_LOGS', 'EBS_MALWARE_PROTECTION', 'RDS_LOGIN_EVENTS', 'LAMBDA_NETWORK_LOGS'] as const

/** What a template says about a detector's plans; `undefined` = not said. */
export interface DeclaredDetectorPlans {
  /** Legacy `DataSources` switches. */
  s3Logs?: boolean
  eksAuditLogs?: boolean
  ebsMalwareScans?: boolean
  /** Explicit feature entries, in declaration order (a later entry for the same name wins). */
  features: GuardDutyFeature[]
}

export function detectorFeatures(declared: DeclaredDetectorPlans): GuardDutyFeature[] {
  const byName = new Map<string, GuardDutyFeature>()
  const set = (name: string, enabled: boolean) => byName.set(name, { name, status: enabled ? 'ENABLED' : 'DISABLED', additionalConfiguration: [] })
  for (const name of ENABLED_BY_DEFAULT) set(name, true)
  set('RUNTIME_MONITORING', false)
  if (declared.s3Logs !== undefined) set('S3_DATA_EVENTS', declared.s3Logs)
  if (declared.eksAuditLogs !== undefined) set('EKS_AUDIT_LOGS', declared.eksAuditLogs)
  if (declared.ebsMalwareScans !== undefined) set('EBS_MALWARE_PROTECTION', declared.ebsMalwareScans)
  for (const f of declared.features) byName.set(f.name, f)
  return [...byName.values()]
}
