import type { Generated } from 'kysely'

/** Tables of the scan store. JSON columns hold text on both SQLite and PostgreSQL. */
export interface ScansTable {
  id: Generated<number>
  created_at: string
  /** aws | iac | snapshot */
  kind: string
  /** What makes two scans comparable: `aws:<account>:<regions>` or `iac:<roots>`. */
  scope_key: string
  account_id: string | null
  tool_version: string
  summary_json: string
  report_json: string
  inventory_json: string
}

export interface BaselinesTable {
  scope_key: string
  scan_id: number
  set_at: string
}

export interface StoreMetaTable {
  key: string
  value: string
}

export interface StoreDatabase {
  scans: ScansTable
  baselines: BaselinesTable
  store_meta: StoreMetaTable
}
