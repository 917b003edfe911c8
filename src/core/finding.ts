import type { SourceLocation } from '../model/common.js'
import type { ResourceType } from '../model/resource-types.js'
import type { InventoryGap, InventoryScope } from './inventory.js'
import type { MessageData } from './check.js'
import type { Severity } from './severity.js'

/** Version of the ScanReport JSON. Bump on any incompatible change. */
export const REPORT_SCHEMA_VERSION = 1

export type FindingStatus = 'pass' | 'fail' | 'unknown' | 'skip' | 'error'

export interface Finding {
  checkId: string
  status: FindingStatus
  severity: Severity
  title: string
  resourceType: ResourceType
  resourceId: string
  resourceArn?: string
  resourceName: string
  region: string
  accountId?: string
  messageId: string
  /** The rendered message (values already masked/escaped-safe text, never a secret). */
  message: string
  data: MessageData
  at?: string
  subject?: string
  location?: SourceLocation
  /** Why the verdict is unknown/skip/error. */
  reason?: string
  /** Set when a suppression rule matched: the finding stays in every output, marked. */
  muted?: { reason: string; rule?: string }
  /** Compliance references, `framework:control`. Filled by the compliance layer when present. */
  compliance?: string[]
}

export interface ScanSummary {
  total: number
  byStatus: Record<FindingStatus, number>
  /** Failed findings by severity (muted excluded). */
  failedBySeverity: Record<Severity, number>
  checksRun: number
  resourcesEvaluated: number
}

/** The result of one scan, as every reporter and the store receive it. */
/** Per-control result of a compliance framework over one scan. */
export interface ControlResult {
  id: string
  title: string
  /** manual: no check can automate it; unknown: some mapped check could not be evaluated. */
  status: 'pass' | 'fail' | 'unknown' | 'manual' | 'not-evaluated'
  checkIds: string[]
  /** Findings of the mapped checks behind the status (skips left out; muted counted apart). */
  findings?: { pass: number; fail: number; unknown: number; muted: number }
}

export interface FrameworkResult {
  id: string
  title: string
  version?: string
  controls: ControlResult[]
  /** Share of automated, evaluated controls that pass, 0–100. */
  score: number
  /** How many controls ended in each status. */
  counts?: Record<ControlResult['status'], number>
}

/** Open (failed, unmuted) findings of one stored scan of the same scope, for trend charts. */
export interface TrendPoint {
  scanId: number
  at: string
  failedBySeverity: Record<Severity, number>
}

export interface ScanReport {
  schemaVersion: number
  tool: { name: 'clearsky'; version: string }
  startedAt: string
  finishedAt: string
  scope: InventoryScope
  findings: Finding[]
  gaps: InventoryGap[]
  notes: string[]
  summary: ScanSummary
  /** Compliance results per framework, when the compliance layer ran. */
  compliance?: FrameworkResult[]
  /** Stored scans of this scope, oldest first, ending with this one (when the scan was stored). */
  trend?: TrendPoint[]
  /** Per Lambda function: who can invoke it, who can change it, what its role can reach. */
  exposure?: FunctionExposure[]
}

/** One way in to a function from outside its account (or through an AWS service). */
export interface ExposureInvoker {
  via: 'function-url' | 'resource-policy' | 'api-route' | 'event-source'
  /** Who: `anyone`, `any AWS account`, `account 444455556666`, `sns.amazonaws.com` … */
  who: string
  /** Where: the URL, the statement and its actions, the route, the source. */
  detail: string
  /** Anyone on the internet can use this way in. */
  public: boolean
}

/** A principal that can change a function (code, configuration, permissions, availability). */
export interface ExposureChanger {
  kind: 'user' | 'role' | 'external'
  principal: string
  actions: string[]
  /** `without MFA`, `assumable by account …`, `under conditions`. */
  notes: string[]
}

/**
 * A factual summary of one Lambda function's exposure, computed from the inventory (not from the
 * findings): how it can be invoked, who can change it, and what its execution role can reach.
 */
export interface FunctionExposure {
  functionArn: string
  name: string
  region: string
  /** Some invoker is public (URL auth NONE, a public policy statement, an open API route, a public trigger). */
  internetReachable: boolean
  invokers: ExposureInvoker[]
  changers: ExposureChanger[]
  /** Changers left out of `changers` (the list is capped). */
  moreChangers?: number
  role?: {
    arn: string
    admin: 'yes' | 'conditional' | 'no'
    /** Privilege-escalation method ids (`(conditional)` appended when only under conditions). */
    escalation: string[]
    /** Service prefixes its Allow statements name (`*` for every service). */
    services: string[]
  }
  /** What could not be determined (an unreadable policy, a role not in the inventory …). */
  unknowns: string[]
}
