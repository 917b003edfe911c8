import type { FindingSummaryV2 } from '@aws-sdk/client-accessanalyzer'
import type { AccessAnalyzer, AccessAnalyzerFindings } from '../../../model/accessanalyzer.js'
import type { AwsContext } from '../context.js'
import { fetchOptional } from '../outcome.js'
import { paginate } from '../paginate.js'

/** Pages of active findings read per analyzer (100 each): enough to count and show examples. */
export const MAX_FINDING_PAGES = 5
const SAMPLE = 5

/** External-access analyzers report who outside the zone of trust can use a resource. */
export function isExternalAccessAnalyzer(a: Pick<AccessAnalyzer, 'type' | 'status'>): boolean {
  return (a.type === 'ACCOUNT' || a.type === 'ORGANIZATION') && a.status === 'ACTIVE'
}

/** Pure. */
export function summarizeFindings(findings: readonly FindingSummaryV2[], truncated: boolean): AccessAnalyzerFindings {
  return {
    count: findings.length,
    truncated,
    sample: findings.slice(0, SAMPLE).map((f) => ({ resource: f.resource ?? '', resourceType: f.resourceType ?? '' })),
  }
}

/**
 * The analyzer's ACTIVE findings (ListFindingsV2 filtered on status), at most MAX_FINDING_PAGES
 * pages. Sets `activeFindings`, or an unresolved `activeFindings` when the listing failed.
 */
export async function attachActiveFindings(ctx: AwsContext, region: string, analyzer: AccessAnalyzer): Promise<AccessAnalyzer> {
  if (!isExternalAccessAnalyzer(analyzer) || !analyzer.arn) return analyzer
  const A = await import('@aws-sdk/client-accessanalyzer')
  const read = async () => {
    const all: FindingSummaryV2[] = []
    let pages = 0
    for await (const page of paginate(
      (nextToken) => ctx.send(region, 'access-analyzer:ListFindingsV2', new A.ListFindingsV2Command({ analyzerArn: analyzer.arn, filter: { status: { eq: ['ACTIVE'] } }, maxResults: 100, ...(nextToken ? { nextToken } : {}) })),
      (p) => p.nextToken,
    )) {
      all.push(...(page.findings ?? []))
      if (++pages >= MAX_FINDING_PAGES && page.nextToken) return summarizeFindings(all, true)
    }
    return summarizeFindings(all, false)
  }
  const r = await fetchOptional(read())
  if (r.ok) return { ...analyzer, activeFindings: r.value }
  return { ...analyzer, unresolved: { ...analyzer.unresolved, activeFindings: r.absent ? 'NotFound (access-analyzer:ListFindingsV2)' : r.reason } }
}
