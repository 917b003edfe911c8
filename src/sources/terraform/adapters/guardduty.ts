/**
 * aws_guardduty_detector (+ aws_guardduty_detector_feature) → `guardduty.detector`. `enable`
 * defaults to true; the plans follow CreateDetector's defaults (see detectorFeatures),
 * overridden by the legacy `datasources` block and by feature resources naming the detector.
 */
import type { GuardDutyFeature } from '../../../model/guardduty.js'
import { detectorFeatures } from '../../iac/guardduty-defaults.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

/** A legacy `datasources` switch, or undefined when not declared (an unknown one is marked). */
function dataSource(f: Fields, path: string): boolean | undefined {
  const v = f.get(path)
  if (v === undefined) return undefined
  f.locate('features', path)
  if (v instanceof Unknown) {
    f.mark('features', v.reason)
    return undefined
  }
  return v === true || v === 'true'
}

const statusOf = (v: Value | undefined): string | Unknown => (v instanceof Unknown ? v : typeof v === 'string' ? v.toUpperCase() : 'ENABLED')

function featureOf(f: Fields, inst: TfInstance): GuardDutyFeature | undefined {
  const { name, status } = inst.values
  if (name instanceof Unknown || status instanceof Unknown) {
    f.mark('features', `${inst.address}: ${(name instanceof Unknown ? name : (status as Unknown)).reason}`)
    return undefined
  }
  const st = statusOf(status)
  return {
    name: String(name),
    status: typeof st === 'string' ? st : 'DISABLED',
    additionalConfiguration: blocksOf(inst.values.additional_configuration).map((a) => {
      const s = statusOf(a.status)
      return { name: String(identity(a.name) ?? ''), status: typeof s === 'string' ? s : 'DISABLED' }
    }),
  }
}

export function adaptGuardDuty(ctx: AdapterContext): void {
  const featureResources = ctx.byType('aws_guardduty_detector_feature')
  for (const inst of ctx.byType('aws_guardduty_detector')) {
    const f = new Fields(ctx, inst)
    const detectorId = f.ident('detectorId', inst.computed('id')) ?? PLACEHOLDER
    const s3Logs = dataSource(f, 'datasources.0.s3_logs.0.enable')
    const eksAuditLogs = dataSource(f, 'datasources.0.kubernetes.0.audit_logs.0.enable')
    const ebsMalwareScans = dataSource(f, 'datasources.0.malware_protection.0.scan_ec2_instance_with_findings.0.ebs_volumes.0.enable')
    const joined: TfInstance[] = []
    const declared: GuardDutyFeature[] = []
    for (const p of featureResources) {
      // A reference to a detector resolves to its symbolic id; anything else unknown could be this one.
      const target = identity(p.values.detector_id)
      if (target === undefined && p.values.detector_id instanceof Unknown) {
        f.mark('features', `${p.address} names its detector by ${p.values.detector_id.reason}`)
        continue
      }
      if (target !== detectorId) continue
      joined.push(p)
      f.locateResource('features', p)
      const feature = featureOf(f, p)
      if (feature) declared.push(feature)
    }
    const features = detectorFeatures({ features: declared, ...(s3Logs !== undefined ? { s3Logs } : {}), ...(eksAuditLogs !== undefined ? { eksAuditLogs } : {}), ...(ebsMalwareScans !== undefined ? { ebsMalwareScans } : {}) })
    const frequency = f.str('findingPublishingFrequency', 'finding_publishing_frequency')
    ctx.emit(
      'guardduty.detector',
      f.finish({
        ...f.base(inst.id, detectorId),
        detectorId,
        enabled: f.bool('enabled', 'enable') ?? true,
        features,
        ...(frequency !== undefined ? { findingPublishingFrequency: frequency } : {}),
      }),
      inst,
      joined,
    )
  }
}
