/**
 * AWS::GuardDuty::Detector → `guardduty.detector`. `Enable` is required by CloudFormation; the
 * plans follow CreateDetector's defaults (see detectorFeatures) overridden by `DataSources` and
 * `Features`.
 */
import type { GuardDutyFeature } from '../../../model/guardduty.js'
import { detectorFeatures } from '../../iac/guardduty-defaults.js'
import type { Fields, Stack } from '../stack.js'
import { asBoolean, asString, isRecord, isUnresolved } from '../values.js'

/** A `DataSources` switch, or undefined when not declared (an unresolved one is marked). */
function dataSource(f: Fields, path: (string | number)[]): boolean | undefined {
  const v = f.get(path)
  if (v === undefined || v === null) return undefined
  f.locate('features', path)
  if (isUnresolved(v)) {
    f.mark('features', v.reason)
    return undefined
  }
  return asBoolean(v)
}

function declaredFeatures(f: Fields): GuardDutyFeature[] {
  const raw = f.get(['Features'])
  if (raw === undefined || raw === null) return []
  f.locate('features', ['Features'])
  if (isUnresolved(raw)) {
    f.mark('features', raw.reason)
    return []
  }
  if (!Array.isArray(raw)) return []
  const out: GuardDutyFeature[] = []
  for (const entry of raw) {
    if (isUnresolved(entry)) {
      f.mark('features', entry.reason)
      continue
    }
    if (!isRecord(entry)) continue
    const name = entry.Name
    const status = entry.Status
    const unresolved = [name, status].find(isUnresolved)
    if (unresolved) {
      f.mark('features', unresolved.reason)
      continue
    }
    const additional = Array.isArray(entry.AdditionalConfiguration) ? entry.AdditionalConfiguration.filter(isRecord) : []
    out.push({
      name: asString(name) ?? '',
      status: (asString(status) ?? 'ENABLED').toUpperCase(),
      additionalConfiguration: additional.map((a) => ({ name: isUnresolved(a.Name) ? '' : (asString(a.Name) ?? ''), status: isUnresolved(a.Status) ? 'DISABLED' : (asString(a.Status) ?? 'DISABLED').toUpperCase() })),
    })
  }
  return out
}

export function adaptGuardDuty(stack: Stack): void {
  for (const res of stack.ofType('AWS::GuardDuty::Detector')) {
    const f = stack.fields(res)
    const detectorId = f.text('detectorId', stack.ref(res))
    const enabled = f.bool('enabled', ['Enable'])
    const s3Logs = dataSource(f, ['DataSources', 'S3Logs', 'Enable'])
    const eksAuditLogs = dataSource(f, ['DataSources', 'Kubernetes', 'AuditLogs', 'Enable'])
    const ebsMalwareScans = dataSource(f, ['DataSources', 'MalwareProtection', 'ScanEc2InstanceWithFindings', 'EbsVolumes'])
    const features = detectorFeatures({ features: declaredFeatures(f), ...(s3Logs !== undefined ? { s3Logs } : {}), ...(eksAuditLogs !== undefined ? { eksAuditLogs } : {}), ...(ebsMalwareScans !== undefined ? { ebsMalwareScans } : {}) })
    const frequency = f.str('findingPublishingFrequency', ['FindingPublishingFrequency'])
    stack.emit(
      'guardduty.detector',
      f.finish({
        ...f.base(stack.resourceId(res), detectorId),
        detectorId,
        // CloudFormation requires Enable; a template that leaves it out fails to deploy.
        enabled: enabled ?? false,
        features,
        ...(frequency !== undefined ? { findingPublishingFrequency: frequency } : {}),
      }),
      res,
    )
  }
}
