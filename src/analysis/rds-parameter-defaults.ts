/**
 * What a template's DB (cluster) parameter group holds for the parameters clearsky reads: the
 * values the template sets, else the engine defaults of data/rds-parameters.json. Shared by the
 * CloudFormation and Terraform adapters. Pure.
 */
import { auditRuleFor, transitDefault, transitRuleFor, watchedParameters } from './rds-parameters.js'

/** The engine default of each watched parameter; `undefined` where it depends on an unknown version. */
function engineDefaults(engine: string, version: string | undefined, of: 'instance' | 'cluster'): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  if (of === 'instance') {
    const r = transitRuleFor(engine)
    if (r) out[r.parameter] = transitDefault(r, version)
  } else {
    const a = auditRuleFor(engine)
    if (a) {
      out[a.switch.parameter] = a.switch.default
      out[a.events.parameter] = a.events.default
    }
  }
  return out
}

/**
 * The values of the watched parameters: `explicit` (set in the template; `null` = set to
 * something unresolved) over the engine defaults. `unknown` lists what cannot be told.
 */
export function templateParameters(engine: string, version: string | undefined, of: 'instance' | 'cluster', explicit: Record<string, string | null>): { values: Record<string, string>; unknown: string[] } {
  const defaults = engineDefaults(engine, version, of)
  const values: Record<string, string> = {}
  const unknown: string[] = []
  for (const p of watchedParameters(engine, of)) {
    const set = explicit[p]
    const v = set === undefined ? defaults[p] : set
    if (v === null || v === undefined) unknown.push(p)
    else if (v !== '') values[p] = v
  }
  return { values, unknown }
}
