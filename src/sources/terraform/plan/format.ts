/**
 * The parts of Terraform's JSON output format (`terraform show -json plan.out`, format 1.x)
 * this scanner reads. Documented at developer.hashicorp.com/terraform/internals/json-format.
 */

export interface PlanJson {
  format_version?: string
  terraform_version?: string
  /** Root module variable values the plan was made with. */
  variables?: Record<string, { value?: unknown }>
  /** A plan: the values resources will have after apply (unknown ones left out). */
  planned_values?: { root_module?: ValuesModule }
  /** A state (`terraform show -json` without a plan file). */
  values?: { root_module?: ValuesModule }
  resource_changes?: ResourceChange[]
  configuration?: { root_module?: ConfigModule }
}

export interface ValuesModule {
  address?: string
  resources?: ValuesResource[]
  child_modules?: ValuesModule[]
}

export interface ValuesResource {
  address: string
  mode: 'managed' | 'data'
  type: string
  name: string
  index?: number | string
  values?: Record<string, unknown>
}

export interface ResourceChange {
  address: string
  module_address?: string
  mode?: string
  type?: string
  change?: {
    actions?: string[]
    after?: unknown
    /** Mirrors `after`: `true` where the value is only known after apply. */
    after_unknown?: unknown
  }
}

/** An expression in the configuration: a constant, or the references it makes. */
export interface ConfigExpression {
  constant_value?: unknown
  references?: string[]
}

export interface ConfigResource {
  address: string
  mode?: string
  type: string
  name: string
  /** Argument → expression; nested blocks → a list of such maps. */
  expressions?: Record<string, unknown>
}

export interface ConfigModule {
  resources?: ConfigResource[]
  module_calls?: Record<string, { source?: string; module?: ConfigModule }>
}

/** Does this parsed JSON look like Terraform's plan or state output? */
export function isPlanJson(v: unknown): v is PlanJson {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false
  const o = v as PlanJson
  return typeof o.format_version === 'string' && (o.planned_values !== undefined || o.values !== undefined || o.resource_changes !== undefined)
}
