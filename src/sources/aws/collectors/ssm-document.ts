/**
 * Systems Manager: documents the account owns with whom they are shared, and managed nodes with
 * their patch compliance summary.
 */
import type { DocumentIdentifier, InstanceInformation, ResourceComplianceSummaryItem } from '@aws-sdk/client-ssm'
import type { SsmDocument, SsmManagedInstance } from '../../../model/ssm.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, unresolvedReason } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { isAbort } from '../classify-error.js'

export function mapDocument(d: DocumentIdentifier, sharedWith: string[], where: { region: string; accountId: string; partition: string }): SsmDocument {
  const name = d.Name ?? ''
  const arn = `arn:${where.partition}:ssm:${where.region}:${where.accountId}:document/${name}`
  const tags = Object.fromEntries((d.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']))
  return { id: arn, arn, name, accountId: where.accountId, region: where.region, ...(Object.keys(tags).length ? { tags } : {}), ...(d.DocumentType ? { documentType: d.DocumentType } : {}), sharedWith }
}

/** Documents owned by the account (Owner = Self) and their Share permissions. */
export const ssmDocumentCollector: Collector = {
  id: 'ssm.document',
  produces: ['ssm.document'],
  actions: ['ssm:ListDocuments', 'ssm:DescribeDocumentPermission'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const S = await import('@aws-sdk/client-ssm')
    let docs: DocumentIdentifier[]
    try {
      docs = await collectPages((NextToken) => ctx.send(region, 'ssm:ListDocuments', new S.ListDocumentsCommand({ Filters: [{ Key: 'Owner', Values: ['Self'] }], MaxResults: 50, ...(NextToken ? { NextToken } : {}) })), (p) => p.NextToken, (p) => p.DocumentIdentifiers)
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'ssm.document', region)] }
    }
    const where = { region, accountId: ctx.accountId, partition: ctx.partition }
    const out = (
      await Promise.all(
        docs.map(async (d) => {
          const r = await fetchOptional(ctx.send(region, 'ssm:DescribeDocumentPermission', new S.DescribeDocumentPermissionCommand({ Name: d.Name, PermissionType: 'Share' })))
          if (!r.ok && r.absent) return [] // deleted in between
          const doc = mapDocument(d, r.ok ? [...(r.value.AccountIds ?? [])] : [], where)
          if (!r.ok) doc.unresolved = { sharedWith: r.reason }
          return [doc]
        }),
      )
    ).flat()
    return { resources: { 'ssm.document': out.sort((a, b) => a.id.localeCompare(b.id)) }, gaps: [] }
  },
}

const iso = (d: Date | undefined) => (d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined)

/** Maps one managed node with its patch compliance summary (undefined: none reported). Pure. */
export function mapManagedInstance(i: InstanceInformation, patch: ResourceComplianceSummaryItem | undefined, where: { region: string; accountId: string; partition: string }): SsmManagedInstance {
  const id = i.InstanceId ?? ''
  const arn = id.startsWith('mi-') ? `arn:${where.partition}:ssm:${where.region}:${where.accountId}:managed-instance/${id}` : `arn:${where.partition}:ec2:${where.region}:${where.accountId}:instance/${id}`
  const reported = iso(patch?.ExecutionSummary?.ExecutionTime)
  return {
    id: arn,
    arn,
    name: i.ComputerName ? `${id} (${i.ComputerName})` : id,
    accountId: where.accountId,
    region: where.region,
    instanceId: id,
    ...(i.PlatformType ? { platformType: i.PlatformType } : {}),
    ...(i.PingStatus ? { pingStatus: i.PingStatus } : {}),
    ...(patch?.Status ? { patchStatus: patch.Status } : {}),
    ...(patch?.NonCompliantSummary?.NonCompliantCount !== undefined ? { nonCompliantCount: patch.NonCompliantSummary.NonCompliantCount } : {}),
    ...(reported ? { patchReportedAt: reported } : {}),
  }
}

/**
 * Managed nodes (DescribeInstanceInformation) joined with their patch compliance
 * (ListResourceComplianceSummaries, compliance type Patch): two paginated listings per region,
 * the second only when there are nodes.
 */
export const ssmManagedInstanceCollector: Collector = {
  id: 'ssm.managed-instance',
  produces: ['ssm.managed-instance'],
  actions: ['ssm:DescribeInstanceInformation', 'ssm:ListResourceComplianceSummaries'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const S = await import('@aws-sdk/client-ssm')
    let nodes: InstanceInformation[]
    try {
      nodes = await collectPages((NextToken) => ctx.send(region, 'ssm:DescribeInstanceInformation', new S.DescribeInstanceInformationCommand({ MaxResults: 50, ...(NextToken ? { NextToken } : {}) })), (p) => p.NextToken, (p) => p.InstanceInformationList)
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'ssm.managed-instance', region)] }
    }
    const where = { region, accountId: ctx.accountId, partition: ctx.partition }
    if (!nodes.length) return { resources: { 'ssm.managed-instance': [] }, gaps: [] }
    let byId: Map<string, ResourceComplianceSummaryItem> | undefined
    let failure: string | undefined
    try {
      const items = await collectPages(
        (NextToken) => ctx.send(region, 'ssm:ListResourceComplianceSummaries', new S.ListResourceComplianceSummariesCommand({ Filters: [{ Key: 'ComplianceType', Values: ['Patch'], Type: 'EQUAL' }], MaxResults: 50, ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.ResourceComplianceSummaryItems,
      )
      byId = new Map(items.filter((x) => x.ComplianceType === undefined || x.ComplianceType === 'Patch').map((x) => [x.ResourceId ?? '', x]))
    } catch (err) {
      if (isAbort(err)) throw err
      failure = unresolvedReason(err)
    }
    const out = nodes.map((n) => {
      const m = mapManagedInstance(n, byId?.get(n.InstanceId ?? ''), where)
      if (failure) m.unresolved = { patchStatus: failure }
      return m
    })
    return { resources: { 'ssm.managed-instance': out.sort((a, b) => a.id.localeCompare(b.id)) }, gaps: [] }
  },
}

