/**
 * SAM `Globals`: the resource's own value wins for scalars, maps are merged key by key, and
 * lists are concatenated with the global entries first. An intrinsic function counts as a
 * scalar (it is replaced, never merged).
 */
import { isRecord } from '../values.js'

const isIntrinsic = (v: unknown) => isRecord(v) && Object.keys(v).length === 1 && /^(Ref|Condition|Fn::)/.test(Object.keys(v)[0]!)

export function mergeGlobals(global: unknown, local: unknown): unknown {
  if (local === undefined) return global
  if (global === undefined) return local
  if (Array.isArray(global) && Array.isArray(local)) return [...global, ...local]
  if (isRecord(global) && isRecord(local) && !isIntrinsic(global) && !isIntrinsic(local)) {
    const out: Record<string, unknown> = { ...global }
    for (const [k, v] of Object.entries(local)) out[k] = mergeGlobals(global[k], v)
    return out
  }
  return local
}
