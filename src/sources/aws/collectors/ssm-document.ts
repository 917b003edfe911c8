/**
 * Systems Manager: documents the account owns with whom they are shared, and managed nodes with
 * their patch and State Manager association compliance summaries.
 */
import type { DocumentIdentifier, InstanceInformation, ResourceComplianceSummaryItem } from '@aws-sdk/client-ssm'
import type { SsmDocument, SsmManagedInstance } from '../../../model/ssm.js'
import { selectedDetails, type Collector, type CollectResult, type DetailGroups } from '../collector.js'
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

/** Maps one managed node with its patch and association compliance summaries (undefined: none reported). Pure. */
export function mapManagedInstance(i: InstanceInformation, patch: ResourceComplianceSummaryItem | undefined, where: { region: string; accountId: string; partition: string }, association?: ResourceComplianceSummaryItem): SsmManagedInstance {
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
    ...(association?.Status ? { associationStatus: association.Status } : {}),
    ...(association?.NonCompliantSummary?.NonCompliantCount !== undefined ? { associationNonCompliantCount: association.NonCompliantSummary.NonCompliantCount } : {}),
  }
}

/** One compliance type's summaries by node id, or the reason they could not be read. */
type Summaries = { ok: true; byId: Map<string, ResourceComplianceSummaryItem> } | { ok: false; reason: string }

async function complianceSummaries(ctx: AwsContext, region: string, S: typeof import('@aws-sdk/client-ssm'), complianceType: 'Patch' | 'Association'): Promise<Summaries> {
  try {
    const items = await collectPages(
      (NextToken) => ctx.send(region, 'ssm:ListResourceComplianceSummaries', new S.ListResourceComplianceSummariesCommand({ Filters: [{ Key: 'ComplianceType', Values: [complianceType], Type: 'EQUAL' }], MaxResults: 50, ...(NextToken ? { NextToken } : {}) })),
      (p) => p.NextToken,
      (p) => p.ResourceComplianceSummaryItems,
    )
    return { ok: true, byId: new Map(items.filter((x) => x.ComplianceType === undefined || x.ComplianceType === complianceType).map((x) => [x.ResourceId ?? '', x])) }
  } catch (err) {
    if (isAbort(err)) throw err
    return { ok: false, reason: unresolvedReason(err) }
  }
}

type NodeDetailGroup = 'patch' | 'association'

/** The two compliance listings, each read only when a selected check needs it (and nodes exist). */
const NODE_DETAILS: DetailGroups<NodeDetailGroup> = {
  patch: { actions: ['ssm:ListResourceComplianceSummaries'], fields: ['patchStatus', 'nonCompliantCount', 'patchReportedAt'], per: 'region' },
  association: { actions: ['ssm:ListResourceComplianceSummaries'], fields: ['associationStatus', 'associationNonCompliantCount'], per: 'region' },
}
const NODE_DETAIL_READERS: Record<string, NodeDetailGroup[]> = {
  'ssm-managed-instance-patch-compliant': ['patch'],
  'ssm-managed-instance-association-compliant': ['association'],
}
const COMPLIANCE_TYPE: Record<NodeDetailGroup, 'Patch' | 'Association'> = { patch: 'Patch', association: 'Association' }
const notCollected = (group: NodeDetailGroup) => `not collected: no selected check reads it (ssm:ListResourceComplianceSummaries, ${COMPLIANCE_TYPE[group]})`

/**
 * Managed nodes (DescribeInstanceInformation) joined with their patch and State Manager
 * association compliance (ListResourceComplianceSummaries, compliance types Patch and
 * Association): one paginated listing per region, and each compliance listing only when there
 * are nodes and a selected check reads it.
 */
export const ssmManagedInstanceCollector: Collector = {
  id: 'ssm.managed-instance',
  produces: ['ssm.managed-instance'],
  actions: ['ssm:DescribeInstanceInformation', 'ssm:ListResourceComplianceSummaries'],
  scope: 'regional',
  details: { groups: NODE_DETAILS, readers: NODE_DETAIL_READERS },
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
    const wanted = selectedDetails(ssmManagedInstanceCollector, ctx.details, ctx.wanted)
    const read = (group: NodeDetailGroup): Promise<Summaries> => (wanted.has(group) ? complianceSummaries(ctx, region, S, COMPLIANCE_TYPE[group]) : Promise.resolve({ ok: false, reason: notCollected(group) }))
    const [patch, association] = await Promise.all([read('patch'), read('association')])
    const out = nodes.map((n) => {
      const nodeId = n.InstanceId ?? ''
      const m = mapManagedInstance(n, patch.ok ? patch.byId.get(nodeId) : undefined, where, association.ok ? association.byId.get(nodeId) : undefined)
      const unresolved = { ...(patch.ok ? {} : { patchStatus: patch.reason }), ...(association.ok ? {} : { associationStatus: association.reason }) }
      if (Object.keys(unresolved).length) m.unresolved = unresolved
      return m
    })
    const skipped = (['patch', 'association'] as const).filter((g) => !wanted.has(g))
    return {
      resources: { 'ssm.managed-instance': out.sort((a, b) => a.id.localeCompare(b.id)) },
      gaps: [],
      ...(skipped.length ? { partial: [{ resourceType: 'ssm.managed-instance', kind: 'fields', region, fields: skipped.flatMap((g) => [...NODE_DETAILS[g].fields]), reason: `not collected: no selected check reads them (${skipped.map((g) => `${COMPLIANCE_TYPE[g]} compliance`).join(', ')} skipped)` }] } : {}),
    }
  },
}
