import type { AnalyzerSummary } from '@aws-sdk/client-accessanalyzer'
import type { AccessAnalyzer } from '../../../model/accessanalyzer.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { attachActiveFindings } from './accessanalyzer-findings.js'

/** Maps a ListAnalyzers entry. Pure. */
export function mapAnalyzer(a: AnalyzerSummary, w: { region: string; accountId: string }): AccessAnalyzer {
  const arn = a.arn ?? ''
  const createdAt = a.createdAt instanceof Date ? a.createdAt.toISOString() : a.createdAt ? new Date(String(a.createdAt)).toISOString() : undefined
  return {
    id: arn,
    arn,
    name: a.name ?? arn,
    accountId: arn.split(':')[4] || w.accountId,
    region: w.region,
    type: a.type ?? '',
    status: a.status ?? '',
    ...(a.statusReason?.code ? { statusReason: a.statusReason.code } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(a.tags && Object.keys(a.tags).length ? { tags: { ...a.tags } } : {}),
  }
}

/**
 * The IAM Access Analyzer analyzers of a region (every type: external, unused and internal
 * access). An empty list is a real answer (no analyzer here); a denied listing is a gap.
 */
export const accessAnalyzerCollector: Collector = {
  id: 'accessanalyzer.analyzer',
  produces: ['accessanalyzer.analyzer'],
  actions: ['access-analyzer:ListAnalyzers', 'access-analyzer:ListFindingsV2'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const A = await import('@aws-sdk/client-accessanalyzer')
    try {
      const list = await collectPages(
        (nextToken) => ctx.send(region, 'access-analyzer:ListAnalyzers', new A.ListAnalyzersCommand({ maxResults: 100, ...(nextToken ? { nextToken } : {}) })),
        (p) => p.nextToken,
        (p) => p.analyzers,
      )
      const analyzers = list.map((a) => mapAnalyzer(a, { region, accountId: ctx.accountId }))
      // External-access analyzers also report their ACTIVE findings (accessanalyzer-no-active-external-findings).
      return { resources: { 'accessanalyzer.analyzer': await Promise.all(analyzers.map((a) => attachActiveFindings(ctx, region, a))) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'accessanalyzer.analyzer', region)] }
    }
  },
}
