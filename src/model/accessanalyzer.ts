import type { ResourceBase } from './common.js'

/** What ListFindingsV2 returned for the analyzer's ACTIVE findings (bounded). */
export interface AccessAnalyzerFindings {
  /** Active findings counted (all of them unless `truncated`). */
  count: number
  /** More active findings exist than the collector reads (it stops after a few pages). */
  truncated: boolean
  /** The first few findings: which resource is shared, and its type. */
  sample: { resource: string; resourceType: string }[]
}

/** `accessanalyzer.analyzer`: an IAM Access Analyzer analyzer of one region. */
export interface AccessAnalyzer extends ResourceBase {
  /**
   * `ACCOUNT` / `ORGANIZATION` analyze external access; `ACCOUNT_UNUSED_ACCESS`,
   * `ORGANIZATION_UNUSED_ACCESS` and the internal-access types analyze other things.
   */
  type: string
  /** `ACTIVE`, `CREATING`, `DISABLED` or `FAILED`. */
  status: string
  /** Why the analyzer is not active (`AWS_SERVICE_ACCESS_DISABLED` …), when AWS says. */
  statusReason?: string
  createdAt?: string
  /** External-access analyzers only; unresolved when the findings could not be listed. */
  activeFindings?: AccessAnalyzerFindings
}
