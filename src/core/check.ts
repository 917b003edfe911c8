import type { ResourceOf, ResourceType } from '../model/resource-types.js'
import type { InventoryView } from './inventory.js'
import type { Severity } from './severity.js'

export type VerdictStatus = 'pass' | 'fail' | 'skip' | 'unknown'

/** Values interpolated into a message template (`{{name}}`). Never put a secret value here. */
export type MessageData = Record<string, string | number | boolean | undefined>

/** What a check says about one resource (or one part of it). */
export interface Verdict {
  status: VerdictStatus
  /** Key into the check's `messages`. Tests assert this, never the rendered sentence. */
  messageId: string
  data: MessageData
  /** Dotted path of the attribute the verdict is about (`url.authType`), for IaC line mapping. */
  at?: string
  /** For skip and unknown verdicts: why. */
  reason?: string
  /** Refines the resource the verdict is about (e.g. one layer of a function). */
  subject?: string
}

export interface Remediation {
  text: string
  cli?: string
  cloudformation?: string
  terraform?: string
}

export type CheckCategory =
  | 'public-exposure'
  | 'least-privilege'
  | 'encryption'
  | 'secrets'
  | 'network'
  | 'logging'
  | 'monitoring'
  | 'resilience'
  | 'supply-chain'
  | 'injection'
  | 'lifecycle'
  | 'governance'

export interface CheckMeta<T extends ResourceType = ResourceType, Id extends string = string> {
  /** == file name; kebab-case with the service prefix. */
  id: Id
  resourceType: T
  /** Other resource types the check reads through the inventory (drives collection and gaps). */
  reads?: ResourceType[]
  /** Passing state, not "Ensure …". */
  title: string
  severity: Severity
  categories: CheckCategory[]
  description: string
  risk: string
  remediation: Remediation
  messages: Record<string, string>
  /** Default values of the check's options (overridable by configuration). */
  options?: Record<string, unknown>
  /** IaC sources cannot express what this check reads (e.g. CloudTrail state, last-used data). */
  liveOnly?: boolean
}

export interface VerdictInit {
  data?: MessageData
  at?: string
  subject?: string
}

export interface CheckContext {
  pass(messageId: string, init?: MessageData | VerdictInit): Verdict
  fail(messageId: string, init?: MessageData | VerdictInit): Verdict
  skip(reason: string): Verdict
  /** The check itself can tell that the answer depends on something it cannot see. */
  unknown(reason: string, init?: VerdictInit): Verdict
  inventory: InventoryView
  /** The check's options: defaults merged with configuration. */
  options: Record<string, unknown>
  /** Scan time, so date-based checks stay deterministic. */
  now: Date
}

export interface Check<T extends ResourceType = ResourceType, Id extends string = string> {
  meta: CheckMeta<T, Id>
  evaluate(resource: ResourceOf<T>, ctx: CheckContext): Verdict | Verdict[]
}

/** Declares a check. Identity function that keeps the resource type and id literal. */
export function defineCheck<T extends ResourceType, const Id extends string>(check: Check<T, Id>): Check<T, Id> {
  return check
}

// A check of any resource type, as the catalogue and engine hold them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCheck = Check<any, string>

function isInit(x: MessageData | VerdictInit | undefined): x is VerdictInit {
  return !!x && ('data' in x || 'at' in x || 'subject' in x) && (typeof x.data === 'object' || x.data === undefined)
}

export function makeVerdict(status: 'pass' | 'fail', messageId: string, init?: MessageData | VerdictInit): Verdict {
  if (isInit(init)) {
    const v: Verdict = { status, messageId, data: init.data ?? {} }
    if (init.at !== undefined) v.at = init.at
    if (init.subject !== undefined) v.subject = init.subject
    return v
  }
  return { status, messageId, data: (init as MessageData | undefined) ?? {} }
}

/** Fills `{{key}}` placeholders. Missing keys render as `?`. */
export function renderMessage(template: string, data: MessageData): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    const v = data[key]
    return v === undefined ? '?' : String(v)
  })
}
