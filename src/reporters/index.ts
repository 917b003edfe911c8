import type { ScanReport } from '../core/finding.js'
import type { AnyCheck } from '../core/check.js'
import { renderConsole } from './console.js'
import { renderJson } from './json.js'
import { renderSarif } from './sarif.js'
import { renderOcsf } from './ocsf.js'
import { renderAsff } from './asff.js'
import { renderCsv } from './csv.js'
import { renderJunit } from './junit.js'
import { renderMarkdown } from './markdown.js'
import { renderHtml } from './html/render-html.js'

export interface RenderContext {
  /** The checks that ran (the catalogue's meta: titles, risk, remediation for rule help). */
  checks: readonly AnyCheck[]
  color: boolean
  verbose: boolean
}

export interface Reporter {
  /** File extension for --output-dir (`clearsky-report.<extension>`). */
  extension: string
  render(report: ScanReport, ctx: RenderContext): string
}

/** Every output format, by its --format name. Reporters are pure: report in, text out. */
export const REPORTERS: Record<string, Reporter> = {
  console: { extension: 'txt', render: (r, ctx) => renderConsole(r, { color: ctx.color, checks: ctx.checks, verbose: ctx.verbose }) },
  json: { extension: 'json', render: (r) => renderJson(r) },
  sarif: { extension: 'sarif', render: (r, ctx) => renderSarif(r, ctx.checks) },
  ocsf: { extension: 'ocsf.ndjson', render: (r, ctx) => renderOcsf(r, ctx.checks) },
  asff: { extension: 'asff.json', render: (r, ctx) => renderAsff(r, ctx.checks) },
  csv: { extension: 'csv', render: (r, ctx) => renderCsv(r, ctx.checks) },
  junit: { extension: 'junit.xml', render: (r, ctx) => renderJunit(r, ctx.checks) },
  markdown: { extension: 'md', render: (r, ctx) => renderMarkdown(r, ctx.checks) },
  html: { extension: 'html', render: (r, ctx) => renderHtml(r, ctx.checks) },
}
