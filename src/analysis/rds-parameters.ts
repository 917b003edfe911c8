/**
 * The DB parameters behind the RDS encryption-in-transit and audit-logging checks, from
 * data/rds-parameters.json: which parameter, which values mean on, and the engine defaults a
 * template falls back to. Pure lookups.
 */
import data from '../../data/rds-parameters.json' with { type: 'json' }
import { compareNumberLists } from './version-numbers.js'

/** One engine's TLS-only parameter (data/rds-parameters.json `transitEncryption`). */
export interface TransitRule {
  id: string
  title: string
  engines: string[]
  enginePrefixes: string[]
  /** Older versions lack the parameter: not evaluated. */
  minimumVersion?: string
  parameter: string
  onValues: string[]
  defaults: { fromVersion: string; value: string }[]
  /** A change takes effect only after a reboot (static parameter). */
  appliesOnReboot: boolean
}

/** One Aurora engine's audit parameters (data/rds-parameters.json `auditLogging`). */
export interface AuditRule {
  id: string
  title: string
  engines: string[]
  switch: { parameter: string; onValues: string[]; default: string }
  events: { parameter: string; default: string }
}

const TRANSIT = (data as { transitEncryption: TransitRule[] }).transitEncryption
const AUDIT = (data as { auditLogging: AuditRule[] }).auditLogging

const norm = (engine: string) => engine.trim().toLowerCase()

export function transitRuleFor(engine: string): TransitRule | undefined {
  const e = norm(engine)
  return TRANSIT.find((r) => r.engines.includes(e) || r.enginePrefixes.some((p) => e.startsWith(p)))
}

export function auditRuleFor(engine: string): AuditRule | undefined {
  const e = norm(engine)
  return AUDIT.find((r) => r.engines.includes(e))
}

/** The parameter names to read for a DB instance (`instance`) or DB cluster (`cluster`) of `engine`. */
export function watchedParameters(engine: string, of: 'instance' | 'cluster'): string[] {
  if (of === 'instance') {
    const r = transitRuleFor(engine)
    return r ? [r.parameter] : []
  }
  const a = auditRuleFor(engine)
  return a ? [a.switch.parameter, a.events.parameter] : []
}

/** True when a parameter value means on (`1`, `ON`, case-insensitive, as the rule lists). */
export function isOn(value: string | undefined, onValues: readonly string[]): boolean {
  return value !== undefined && onValues.some((v) => v.toLowerCase() === value.trim().toLowerCase())
}

/** Compares dotted version numbers (`10.11.9` vs `10.5`) by their numeric parts; non-numeric suffixes are ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split('.').map((p) => Number.parseInt(p, 10)).map((n) => (Number.isFinite(n) ? n : 0))
  return compareNumberLists(parts(a), parts(b))
}

/**
 * The engine default of a transit rule's parameter for `version`; `undefined` when the default
 * depends on a version that is not known.
 */
export function transitDefault(rule: TransitRule, version: string | undefined): string | undefined {
  const distinct = new Set(rule.defaults.map((d) => d.value))
  if (distinct.size === 1) return rule.defaults[0]?.value
  if (version === undefined) return undefined
  let value: string | undefined
  for (const d of [...rule.defaults].sort((p, q) => compareVersions(p.fromVersion, q.fromVersion))) if (compareVersions(version, d.fromVersion) >= 0) value = d.value
  return value
}
