import type { ControlResult, Finding, FrameworkResult, ScanReport } from '../core/finding.js'
import { buildComplianceIndex } from './index.js'
import type { ControlDef, FrameworkDef } from './types.js'

type ControlStatus = ControlResult['status']
const STATUSES: readonly ControlStatus[] = ['pass', 'fail', 'unknown', 'manual', 'not-evaluated']

/**
 * Attaches compliance to a finished scan, without mutating it:
 *  - every finding gets `compliance`: the `framework:control` references its check supports;
 *  - `report.compliance` gets one FrameworkResult per framework.
 *
 * A control fails when any finding of its checks fails (unmuted); it is unknown when none fails
 * but one could not be evaluated; it passes when its checks produced only passes or muted
 * findings (a muted finding is an accepted exception, as Security Hub treats suppressed
 * findings); it is not-evaluated when its checks did not run or applied to nothing.
 * The score counts unknown controls as not passing: "could not read" is never "pass".
 *
 * @param selectedFrameworkIds only these frameworks (every one when absent or empty).
 * @throws Error naming an id that is not a framework.
 */
export function applyCompliance(report: ScanReport, frameworks: readonly FrameworkDef[], selectedFrameworkIds?: readonly string[]): ScanReport {
  const chosen = selectedFrameworkIds?.length ? selectedFrameworkIds.map((id) => pick(frameworks, id)) : [...frameworks]
  const index = buildComplianceIndex(chosen)
  const findings = report.findings.map((f) => {
    const { compliance: _previous, ...rest } = f
    const refs = index.get(f.checkId)
    return refs ? { ...rest, compliance: [...refs] } : rest
  })
  const byCheck = new Map<string, Finding[]>()
  for (const f of findings) {
    const list = byCheck.get(f.checkId)
    if (list) list.push(f)
    else byCheck.set(f.checkId, [f])
  }
  return { ...report, findings, compliance: chosen.map((fw) => evaluateFramework(fw, byCheck)) }
}

function pick(frameworks: readonly FrameworkDef[], id: string): FrameworkDef {
  const fw = frameworks.find((f) => f.id === id)
  if (!fw) throw new Error(`unknown framework '${id}' (known: ${frameworks.map((f) => f.id).join(', ')})`)
  return fw
}

/** Evaluates every control of one framework from the findings grouped by check id. */
export function evaluateFramework(fw: FrameworkDef, byCheck: ReadonlyMap<string, readonly Finding[]>): FrameworkResult {
  const controls = fw.controls.map((ctl) => evaluateControl(ctl, byCheck))
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ControlStatus, number>
  for (const c of controls) counts[c.status]++
  const evaluated = counts.pass + counts.fail + counts.unknown
  const score = evaluated === 0 ? 0 : Math.round((counts.pass / evaluated) * 1000) / 10
  return { id: fw.id, title: fw.title, version: fw.version, controls, score, counts }
}

export function evaluateControl(ctl: ControlDef, byCheck: ReadonlyMap<string, readonly Finding[]>): ControlResult {
  const checkIds = [...(ctl.checks ?? [])]
  const base = { id: ctl.id, title: ctl.title, checkIds }
  if (ctl.manual) return { ...base, status: 'manual' }
  const n = { pass: 0, fail: 0, unknown: 0, muted: 0 }
  for (const id of checkIds) {
    for (const f of byCheck.get(id) ?? []) {
      if (f.status === 'skip') continue
      if (f.status === 'pass') n.pass++
      else if (f.muted) n.muted++
      else if (f.status === 'fail') n.fail++
      else n.unknown++ // unknown and error
    }
  }
  const status: ControlStatus = n.fail > 0 ? 'fail' : n.unknown > 0 ? 'unknown' : n.pass + n.muted > 0 ? 'pass' : 'not-evaluated'
  return { ...base, status, findings: n }
}
