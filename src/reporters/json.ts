import type { ScanReport } from '../core/finding.js'

/** The ScanReport itself, as pretty JSON (schemaVersion included). */
export function renderJson(report: ScanReport): string {
  return JSON.stringify(report, null, 2) + '\n'
}
