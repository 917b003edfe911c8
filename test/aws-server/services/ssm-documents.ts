/**
 * Systems Manager documents and managed nodes (AWS JSON 1.1, merged into the ssm service in
 * index.ts): ListDocuments (Owner = Self), DescribeDocumentPermission, DescribeInstanceInformation
 * and ListResourceComplianceSummaries (compliance types Patch and Association).
 */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import type { OperationDef } from './types.js'

export interface FixtureSsmDocument {
  name: string
  type?: string
  /** Accounts the document is shared with; `All` = public. */
  sharedWith?: string[]
}

export interface FixtureManagedNode {
  instanceId: string
  platform?: 'Linux' | 'Windows' | 'MacOS'
  /** Absent: no patch compliance was ever reported. */
  patch?: { status: 'COMPLIANT' | 'NON_COMPLIANT'; missing?: number }
  /** Absent: no State Manager association has run on the node. */
  association?: { status: 'COMPLIANT' | 'NON_COMPLIANT'; failed?: number }
}

declare module '../fixture.js' {
  interface FixtureRegion {
    ssmDocuments?: FixtureSsmDocument[]
    managedNodes?: FixtureManagedNode[]
  }
}

export const ssmDocumentOperations: Record<string, OperationDef> = {
  ListDocuments: {
    handle(input, ctx) {
      const self = ((input.Filters as { Key?: string; Values?: string[] }[] | undefined) ?? []).some((f) => f.Key === 'Owner' && (f.Values ?? []).includes('Self'))
      // Without the Owner filter AWS also lists its own (and public) documents; the fixture only models the account's.
      const docs = self ? (ctx.data.ssmDocuments ?? []) : (ctx.data.ssmDocuments ?? [])
      const p = paginate(docs, { token: input.NextToken, requested: input.MaxResults, defaultSize: 50, maxSize: 50, fixtureMax: ctx.fixturePageSize('ListDocuments'), tokenName: 'NextToken', errorCode: 'InvalidNextToken' })
      return { DocumentIdentifiers: p.items.map((d) => ({ Name: d.name, Owner: ctx.accountId, DocumentType: d.type ?? 'Command', DocumentFormat: 'YAML', SchemaVersion: '2.2', PlatformTypes: ['Linux'] })), NextToken: p.next }
    },
  },
  DescribeDocumentPermission: {
    resource: (input) => String(input.Name ?? ''),
    handle(input, ctx) {
      const d = (ctx.data.ssmDocuments ?? []).find((x) => x.name === input.Name)
      if (!d) throw new ApiError('InvalidDocument', 'The specified document does not exist.', 400)
      return { AccountIds: d.sharedWith ?? [], AccountSharingInfoList: (d.sharedWith ?? []).map((AccountId) => ({ AccountId, SharedDocumentVersion: '$DEFAULT' })) }
    },
  },
  DescribeInstanceInformation: {
    handle(input, ctx) {
      const p = paginate(ctx.data.managedNodes ?? [], { token: input.NextToken, requested: input.MaxResults, defaultSize: 50, maxSize: 50, tokenName: 'NextToken', errorCode: 'InvalidNextToken' })
      return { InstanceInformationList: p.items.map((n) => ({ InstanceId: n.instanceId, PingStatus: 'Online', PlatformType: n.platform ?? 'Linux', ResourceType: n.instanceId.startsWith('mi-') ? 'ManagedInstance' : 'EC2Instance', AgentVersion: '3.3.0.0' })), NextToken: p.next }
    },
  },
  ListResourceComplianceSummaries: {
    handle(input, ctx) {
      // Without a ComplianceType filter AWS lists every type; the fixture models Patch and Association.
      const filter = ((input.Filters as { Key?: string; Values?: string[] }[] | undefined) ?? []).find((f) => f.Key === 'ComplianceType')
      const wanted = (type: string) => !filter || (filter.Values ?? []).includes(type)
      const items = (ctx.data.managedNodes ?? []).flatMap((n) => [
        ...(n.patch && wanted('Patch') ? [{ node: n, type: 'Patch', status: n.patch.status, bad: n.patch.missing ?? 0, good: 42 }] : []),
        ...(n.association && wanted('Association') ? [{ node: n, type: 'Association', status: n.association.status, bad: n.association.failed ?? (n.association.status === 'COMPLIANT' ? 0 : 1), good: 1 }] : []),
      ])
      const p = paginate(items, { token: input.NextToken, requested: input.MaxResults, defaultSize: 50, maxSize: 100, tokenName: 'NextToken', errorCode: 'InvalidNextToken' })
      return {
        ResourceComplianceSummaryItems: p.items.map((x) => ({
          ComplianceType: x.type,
          ResourceType: 'ManagedInstance',
          ResourceId: x.node.instanceId,
          Status: x.status,
          OverallSeverity: x.status === 'COMPLIANT' ? 'UNSPECIFIED' : 'CRITICAL',
          ExecutionSummary: { ExecutionTime: new Date('2026-11-20T03:00:00Z'), ExecutionType: 'Command' },
          CompliantSummary: { CompliantCount: x.good },
          NonCompliantSummary: { NonCompliantCount: x.bad },
        })),
        NextToken: p.next,
      }
    },
  },
}
