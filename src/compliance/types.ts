import type { ResourceType } from '../model/resource-types.js'

/** Service prefix of a check id, taken from the resource type ids (`lambda.function` → `lambda`). */
type ServicePrefix = ResourceType extends `${infer S}.${string}` ? S : never

/**
 * A check id as compliance data names it. The catalogue (src/checks/index.ts) is generated and
 * typed `AnyCheck[]`, so the exact set of ids is not visible to the compiler; the prefix at
 * least rejects ids of services clearsky has no resource type for, and
 * test/meta/compliance.test.ts rejects any id that is not in the catalogue.
 */
export type CheckId = `${ServicePrefix}-${string}`

/** One control (requirement, article, criterion) of a framework. */
export interface ControlDef {
  /** The framework's own numbering: `2.21`, `AC-6`, `164.312(b)`, `Art.32(1)(b)`. */
  id: string
  /** Short title in clearsky's words (never the framework's prose). */
  title: string
  /** Checks whose findings decide the control. Empty = nothing automates it yet. */
  checks?: readonly CheckId[]
  /** No read-only API can decide it (a process, a policy, training …): always reported as manual. */
  manual?: boolean
}

/** A compliance framework: controls and the checks that evaluate each one. */
export interface FrameworkDef {
  /** Used by `--framework` and in `framework:control` references. */
  id: string
  title: string
  version: string
  /** Where the control list and numbering come from. */
  source: string
  /** When the control list was last compared with its source (YYYY-MM-DD). */
  verifiedAt: string
  /** What part of the framework the list covers, when it is not the whole of it. */
  scope?: string
  controls: readonly ControlDef[]
}

/** Declares a framework. Identity function that keeps literal types for the compiler. */
export function defineFramework<const F extends FrameworkDef>(framework: F): F {
  return framework
}

/** Shorthand for a control row, so each control stays on one line in the data modules. */
export function control(id: string, title: string, checks: readonly CheckId[] = []): ControlDef {
  return checks.length ? { id, title, checks } : { id, title }
}

/** Shorthand for a control that only people can assess. */
export function manualControl(id: string, title: string): ControlDef {
  return { id, title, manual: true }
}
