import type { Command } from 'commander'
import type { Inventory } from '../core/inventory.js'
import type { ScanReport } from '../core/finding.js'
import { openStore, StoreError, type OpenedStore } from '../store/open-store.js'
import { loadTrend, saveScan, scopeKey } from '../store/scan-store.js'
import { UsageError } from './errors.js'

export interface StoreFlags {
  db?: string
  /** commander sets store=false for --no-store */
  store?: boolean
}

export function addStoreOptions(cmd: Command, withNoStore: boolean): Command {
  cmd.option('--db <path|url>', 'scan history database: a SQLite file (default ~/.clearsky/clearsky.db, or CLEARSKY_DB) or postgres://…')
  if (withNoStore) cmd.option('--no-store', 'do not save this scan in the history database')
  return cmd
}

/** Opens the store, turning its errors into one-line usage errors (exit 2). */
export async function withStore<T>(flags: StoreFlags, fn: (store: OpenedStore) => Promise<T>): Promise<T> {
  let store: OpenedStore
  try {
    store = await openStore(flags.db)
  } catch (err) {
    if (err instanceof StoreError) throw new UsageError(err.message)
    throw err
  }
  try {
    return await fn(store)
  } catch (err) {
    if (err instanceof StoreError) throw new UsageError(err.message)
    throw err
  } finally {
    await store.db.destroy()
  }
}

/**
 * Saves a finished scan unless --no-store, and gives the report the trend of its scope's stored
 * scans (the HTML report charts it). Prints where, unless quiet.
 */
export async function persistScan(report: ScanReport, inv: Inventory, flags: StoreFlags & { quiet?: boolean }): Promise<void> {
  if (flags.store === false) return
  const id = await withStore(flags, async (store) => {
    const saved = await saveScan(store, report, inv)
    report.trend = await loadTrend(store, scopeKey(inv.scope))
    return saved
  })
  if (!flags.quiet) process.stderr.write(`saved as scan #${id} (clearsky history; --no-store to skip)\n`)
}
