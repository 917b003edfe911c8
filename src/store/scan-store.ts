import { normalize } from 'node:path'
import type { Inventory, InventoryScope } from '../core/inventory.js'
import type { ScanReport, ScanSummary, TrendPoint } from '../core/finding.js'
import { StoreError, type OpenedStore } from './open-store.js'
import { storeSafeInventory } from './store-safe-inventory.js'

export interface StoredScanHeader {
  id: number
  createdAt: string
  kind: string
  scopeKey: string
  accountId: string | null
  toolVersion: string
  summary: ScanSummary
}

export interface StoredScan extends StoredScanHeader {
  report: ScanReport
  inventory: Inventory
}

/** What makes two scans comparable: same account and regions, or same IaC roots. */
export function scopeKey(scope: InventoryScope): string {
  // `examples/`, `./examples` and `examples` are the same root.
  if (scope.kind === 'iac') return `iac:${[...(scope.roots ?? [])].map((r) => normalize(r).replace(/(.)\/+$/, '$1')).sort().join(',')}`
  return `aws:${scope.accountId ?? 'unknown'}:${[...scope.regions].sort().join(',')}`
}

/** Saves a scan with its report and store-safe inventory; returns its id. */
export async function saveScan(store: OpenedStore, report: ScanReport, inventory: Inventory): Promise<number> {
  const safe = storeSafeInventory(inventory, store.hashKey)
  const row = await store.db
    .insertInto('scans')
    .values({
      created_at: report.finishedAt,
      kind: inventory.scope.kind,
      scope_key: scopeKey(inventory.scope),
      account_id: inventory.scope.accountId ?? null,
      tool_version: report.tool.version,
      summary_json: JSON.stringify(report.summary),
      report_json: JSON.stringify(report),
      inventory_json: JSON.stringify(safe),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return Number(row.id)
}

const header = (r: { id: number; created_at: string; kind: string; scope_key: string; account_id: string | null; tool_version: string; summary_json: string }): StoredScanHeader => ({
  id: Number(r.id),
  createdAt: r.created_at,
  kind: r.kind,
  scopeKey: r.scope_key,
  accountId: r.account_id,
  toolVersion: r.tool_version,
  summary: JSON.parse(r.summary_json) as ScanSummary,
})

export async function listScans(store: OpenedStore, opts: { accountId?: string; scopeKey?: string; limit?: number } = {}): Promise<StoredScanHeader[]> {
  let q = store.db.selectFrom('scans').select(['id', 'created_at', 'kind', 'scope_key', 'account_id', 'tool_version', 'summary_json'])
  if (opts.accountId) q = q.where('account_id', '=', opts.accountId)
  if (opts.scopeKey) q = q.where('scope_key', '=', opts.scopeKey)
  const rows = await q.orderBy('id', 'desc').limit(opts.limit ?? 20).execute()
  return rows.map(header)
}

export async function getScan(store: OpenedStore, id: number): Promise<StoredScan> {
  const r = await store.db.selectFrom('scans').selectAll().where('id', '=', id).executeTakeFirst()
  if (!r) throw new StoreError(`no scan with id ${id} (run 'clearsky history' for the list)`)
  return { ...header(r), report: JSON.parse(r.report_json) as ScanReport, inventory: JSON.parse(r.inventory_json) as Inventory }
}

export async function setBaseline(store: OpenedStore, scanId: number): Promise<StoredScanHeader> {
  const scan = await getScan(store, scanId)
  await store.db.deleteFrom('baselines').where('scope_key', '=', scan.scopeKey).execute()
  await store.db.insertInto('baselines').values({ scope_key: scan.scopeKey, scan_id: scanId, set_at: new Date().toISOString() }).execute()
  return scan
}

export async function getBaseline(store: OpenedStore, scope: string): Promise<number | undefined> {
  const r = await store.db.selectFrom('baselines').select('scan_id').where('scope_key', '=', scope).executeTakeFirst()
  return r ? Number(r.scan_id) : undefined
}

/** The last `limit` scans of a scope, oldest first, as open findings by severity. */
export async function loadTrend(store: OpenedStore, scope: string, limit = 20): Promise<TrendPoint[]> {
  const scans = await listScans(store, { scopeKey: scope, limit })
  return scans.reverse().map((s) => ({ scanId: s.id, at: s.createdAt, failedBySeverity: s.summary.failedBySeverity }))
}
