import type { ResourceType } from '../model/resource-types.js'
import type { ResourceBase, Unresolved } from '../model/common.js'
import { makeVerdict, renderMessage, type AnyCheck, type CheckContext, type Verdict } from './check.js'
import { createInventoryView, type Inventory } from './inventory.js'
import type { Finding, FindingStatus, ScanReport, ScanSummary } from './finding.js'
import { SEVERITIES, type Severity } from './severity.js'
import { trackReads } from './read-tracker.js'
import { createTrackedView, type TrackedView } from './tracked-view.js'
import { partialFindings, partialNotes } from './partial.js'

export interface EngineOptions {
  now?: Date
  /** Per-check option overrides, by check id. */
  checkOptions?: Record<string, Record<string, unknown>>
  toolVersion?: string
  startedAt?: Date
}

/**
 * Runs checks over an inventory. The engine, not the checks, enforces "could not read is
 * never pass":
 *  - a check over a resource type with an InventoryGap in that region yields `unknown`;
 *  - a verdict whose evaluation read a field listed in the resource's `unresolved` map (or a
 *    resource type that has a gap, through the inventory view) becomes `unknown`;
 *  - a check that throws yields `error` for that resource and the scan goes on.
 */
export function runChecks(inv: Inventory, checks: readonly AnyCheck[], opts: EngineOptions = {}): Finding[] {
  const view = createTrackedView(inv, createInventoryView(inv))
  const now = opts.now ?? new Date()
  const findings: Finding[] = []
  for (const check of checks) {
    const type = check.meta.resourceType as ResourceType
    const options = { ...(check.meta.options ?? {}), ...(opts.checkOptions?.[check.meta.id] ?? {}) }
    const regionsWithGap = new Set<string>()
    for (const gap of inv.gaps) {
      if (gap.resourceType !== type) continue
      findings.push(gapFinding(check, gap.region ?? '*', inv.scope.accountId, `${gap.code}: ${gap.message}`))
      regionsWithGap.add(gap.region ?? '*')
    }
    // A type collected only where other resources name it: the rest of the set is unknown.
    findings.push(...partialFindings(check, inv, regionsWithGap))
    for (const resource of (inv.resources[type] ?? []) as ResourceBase[]) {
      if (regionsWithGap.has('*') || regionsWithGap.has(resource.region)) continue
      findings.push(...evaluateOne(check, resource, view, options, now))
    }
  }
  return findings
}

function gapFinding(check: AnyCheck, region: string, accountId: string | undefined, reason: string): Finding {
  const f: Finding = {
    checkId: check.meta.id,
    status: 'unknown',
    severity: check.meta.severity,
    title: check.meta.title,
    resourceType: check.meta.resourceType,
    resourceId: `${check.meta.resourceType}:${region}:*`,
    resourceName: `all ${check.meta.resourceType} in ${region === '*' ? 'every region' : region}`,
    region,
    messageId: 'inventory-gap',
    message: `Could not list ${check.meta.resourceType} (${reason}); this check could not be evaluated.`,
    data: {},
    reason,
  }
  if (accountId) f.accountId = accountId
  return f
}

function evaluateOne(
  check: AnyCheck,
  resource: ResourceBase,
  view: TrackedView,
  options: Record<string, unknown>,
  now: Date,
): Finding[] {
  const taints: string[] = []
  const tracked = trackReads(resource, resource.unresolved, (path, why) => taints.push(`${path}: ${why}`))
  const ctx: CheckContext = {
    pass: (id, init) => makeVerdict('pass', id, init),
    fail: (id, init) => makeVerdict('fail', id, init),
    skip: (reason) => ({ status: 'skip', messageId: 'skipped', data: {}, reason }),
    unknown: (reason, init) => ({ status: 'unknown', messageId: 'unknown', data: init?.data ?? {}, reason, ...(init?.at ? { at: init.at } : {}) }),
    inventory: view.view,
    options,
    now,
  }
  let verdicts: Verdict[]
  try {
    const out = view.during(resource, taints, () => check.evaluate(tracked, ctx))
    verdicts = Array.isArray(out) ? out : [out]
  } catch (err) {
    return [toFinding(check, resource, { status: 'skip', messageId: 'error', data: {}, reason: (err as Error)?.message ?? String(err) }, 'error')]
  }
  const status = (v: Verdict): FindingStatus => (taints.length > 0 && v.status !== 'unknown' ? 'unknown' : v.status)
  return verdicts.map((v) => {
    const s = status(v)
    const f = toFinding(check, resource, v, s)
    if (s === 'unknown' && v.status !== 'unknown') {
      f.reason = `depends on what could not be read: ${[...new Set(taints)].slice(0, 5).join('; ')}`
      f.messageId = 'unresolved'
      f.message = `Could not evaluate: ${f.reason}`
    }
    return f
  })
}

function toFinding(check: AnyCheck, resource: ResourceBase, v: Verdict, status: FindingStatus): Finding {
  const template = check.meta.messages[v.messageId]
  let message: string
  if (status === 'error') message = `Check failed to run: ${v.reason ?? 'unknown error'}`
  else if (v.status === 'skip') message = `Not applicable: ${v.reason ?? ''}`
  else if (v.status === 'unknown' && !template) message = `Could not evaluate: ${v.reason ?? ''}`
  else message = renderMessage(template ?? v.messageId, v.data)
  const f: Finding = {
    checkId: check.meta.id,
    status,
    severity: check.meta.severity,
    title: check.meta.title,
    resourceType: check.meta.resourceType,
    resourceId: resource.id,
    resourceName: resource.name,
    region: resource.region,
    messageId: v.messageId,
    message,
    data: v.data,
  }
  if (resource.arn) f.resourceArn = resource.arn
  if (resource.accountId) f.accountId = resource.accountId
  if (v.at) f.at = v.at
  if (v.subject) f.subject = v.subject
  if (v.reason) f.reason = v.reason
  const loc = (v.at && resource.attributeLocations?.[v.at]) || resource.location
  if (loc) f.location = loc
  return f
}

export function summarize(findings: readonly Finding[], checksRun: number, resourcesEvaluated: number): ScanSummary {
  const byStatus: Record<FindingStatus, number> = { pass: 0, fail: 0, unknown: 0, skip: 0, error: 0 }
  const failedBySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
  for (const f of findings) {
    byStatus[f.status]++
    if (f.status === 'fail' && !f.muted) failedBySeverity[f.severity]++
  }
  return { total: findings.length, byStatus, failedBySeverity, checksRun, resourcesEvaluated }
}

/** Builds the full ScanReport for an inventory. */
export function scan(inv: Inventory, checks: readonly AnyCheck[], opts: EngineOptions = {}): ScanReport {
  const startedAt = opts.startedAt ?? new Date()
  const findings = runChecks(inv, checks, opts)
  const types = new Set(checks.map((c) => c.meta.resourceType as ResourceType))
  let resources = 0
  for (const t of types) resources += inv.resources[t]?.length ?? 0
  return {
    schemaVersion: 1,
    tool: { name: 'clearsky', version: opts.toolVersion ?? '0.0.0' },
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    scope: inv.scope,
    findings,
    gaps: inv.gaps,
    notes: [...inv.notes, ...partialNotes(inv, checks)],
    summary: summarize(findings, checks.length, resources),
  }
}

export type { Unresolved }
