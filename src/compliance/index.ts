/**
 * The compliance catalogue: every framework clearsky knows, and the inverted index from a
 * check id to the `framework:control` references it supports. Pure data, built once.
 */
import type { FrameworkDef } from './types.js'
import awsFsbp from './frameworks/aws-fsbp.js'
import cis50 from './frameworks/cis-aws-5.0.js'
import cis70 from './frameworks/cis-aws-7.0.js'
import gdpr from './frameworks/gdpr.js'
import hipaa from './frameworks/hipaa.js'
import nist80053r5 from './frameworks/nist-800-53-r5.js'
import pciDss401 from './frameworks/pci-dss-4.0.1.js'
import soc2 from './frameworks/soc2.js'

export type { CheckId, ControlDef, FrameworkDef } from './types.js'

/** Every framework, in the order `clearsky frameworks` lists them. */
export const FRAMEWORKS: readonly FrameworkDef[] = [cis50, cis70, awsFsbp, nist80053r5, pciDss401, hipaa, soc2, gdpr]

/** `framework:control`, e.g. `cis-7.0:2.21`. */
export function controlRef(frameworkId: string, controlId: string): string {
  return `${frameworkId}:${controlId}`
}

/** Inverts framework → control → checks into check id → `framework:control` references. */
export function buildComplianceIndex(frameworks: readonly FrameworkDef[]): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const fw of frameworks) {
    for (const ctl of fw.controls) {
      for (const checkId of ctl.checks ?? []) {
        const refs = index.get(checkId)
        const ref = controlRef(fw.id, ctl.id)
        if (!refs) index.set(checkId, [ref])
        else if (!refs.includes(ref)) refs.push(ref)
      }
    }
  }
  return index
}

/** check id → references, over every framework. */
export const COMPLIANCE_INDEX: ReadonlyMap<string, readonly string[]> = buildComplianceIndex(FRAMEWORKS)

export function findFramework(id: string, frameworks: readonly FrameworkDef[] = FRAMEWORKS): FrameworkDef | undefined {
  return frameworks.find((f) => f.id === id)
}

/** Check ids named by any control of the given frameworks. */
export function checksOfFrameworks(frameworks: readonly FrameworkDef[]): Set<string> {
  const ids = new Set<string>()
  for (const fw of frameworks) for (const ctl of fw.controls) for (const id of ctl.checks ?? []) ids.add(id)
  return ids
}

/** Controls that at least one check evaluates. */
export function automatedControls(fw: FrameworkDef): number {
  return fw.controls.filter((c) => !c.manual && (c.checks?.length ?? 0) > 0).length
}
