import type { ScanReport } from '../core/finding.js'
import type { AnyCheck } from '../core/check.js'
import { renderConsole } from './console.js'
import { renderJson } from './json.js'

export interface RenderContext {
  checks: readonly AnyCheck[]
  color: boolean
  verbose: boolean
}

export interface Reporter {
  /** File extension for --output-dir. */
  extension: string
  render(report: ScanReport, ctx: RenderContext): string
}

/** Every output format, by its --format name. */
export const REPORTERS: Record<string, Reporter> = {
  console: { extension: 'txt', render: (r, ctx) => renderConsole(r, { color: ctx.color, checks: ctx.checks, verbose: ctx.verbose }) },
  json: { extension: 'json', render: (r) => renderJson(r) },
}
