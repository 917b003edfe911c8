import type { AnyCheck } from '../../core/check.js'
import type { ScanReport } from '../../core/finding.js'
import { SEVERITIES } from '../../core/severity.js'
import { rulesFor } from '../catalogue.js'
import { htmlText, jsonForScriptBlock } from '../html-text.js'
import { complianceBars, severityChart, trendChart } from './charts.js'
import { contentSecurityPolicy } from './csp.js'
import { pageData } from './page-data.js'
import { PAGE_SCRIPT } from './page-script.js'
import { PAGE_STYLE } from './page-style.js'

const STATUSES = ['fail', 'unknown', 'error', 'pass', 'skip'] as const

/**
 * One self-contained HTML file: no network, a strict hash-based CSP, every server-rendered value
 * escaped with {@link htmlText}, the findings embedded as JSON (with `<` escaped) and turned into
 * rows by the page's script with DOM APIs only.
 */
export function renderHtml(report: ScanReport, checks: readonly AnyCheck[]): string {
  const rules = rulesFor(report.findings, checks)
  const s = report.summary
  const muted = report.findings.filter((f) => f.status === 'fail' && f.muted).length
  const scope = report.scope
  const scopeText = [
    scope.kind === 'iac' ? 'infrastructure-as-code' : scope.kind === 'snapshot' ? 'snapshot' : 'AWS account',
    scope.accountId ? `account ${scope.accountId}` : '',
    scope.regions.length ? `regions ${scope.regions.join(', ')}` : '',
    scope.roots?.length ? `roots ${scope.roots.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ')
  const card = (n: number, label: string) => `<div class="card"><div class="n">${n}</div><div class="muted">${htmlText(label)}</div></div>`
  const gaps = report.gaps.length
    ? `<section><h2>Not collected</h2><ul class="gaps">${report.gaps
        .map((g) => `<li>${htmlText(g.resourceType)} in ${htmlText(g.region ?? 'every region')}: ${htmlText(g.code)} — ${htmlText(g.message)}</li>`)
        .join('')}</ul></section>`
    : ''
  const notes = report.notes.length ? `<section><h2>Notes</h2><ul>${report.notes.map((n) => `<li>${htmlText(n)}</li>`).join('')}</ul></section>` : ''
  const checkOptions = [...rules.keys()].map((id) => `<option value="${htmlText(id)}">${htmlText(id)}</option>`).join('')
  const severityOptions = SEVERITIES.map((x) => `<option value="${x}">${x}</option>`).join('')
  const statusOptions = STATUSES.map((x) => `<option value="${x}">${x}</option>`).join('')
  const json = jsonForScriptBlock(pageData(report, rules))
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(PAGE_STYLE, PAGE_SCRIPT)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>clearsky report — ${htmlText(scope.accountId ?? scope.kind)} — ${htmlText(report.finishedAt)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>clearsky security report</h1>
<div class="muted">${htmlText(scopeText)} · scanned ${htmlText(report.finishedAt)} · ${htmlText(report.tool.name)} ${htmlText(report.tool.version)}</div>
<div class="cards">${card(s.byStatus.fail, `failed${muted ? ` (${muted} muted)` : ''}`)}${card(s.byStatus.pass, 'passed')}${card(s.byStatus.unknown + s.byStatus.error, 'could not evaluate')}${card(s.byStatus.skip, 'not applicable')}${card(s.checksRun, 'checks')}${card(s.resourcesEvaluated, 'resources')}</div>
</header>
<main>
<section class="overview"><div><h2>Failed findings by severity</h2>${severityChart(s)}</div></section>
${trendChart(report.trend)}${complianceBars(report.compliance)}
${gaps}${notes}
<section>
<h2>Findings</h2>
<div class="filters">
<label>Severity <select id="filter-severity"><option value="all">all</option>${severityOptions}</select></label>
<label>Status <select id="filter-status"><option value="problems">fail, unknown, error</option><option value="all">all</option>${statusOptions}</select></label>
<label>Check <select id="filter-check"><option value="all">all</option>${checkOptions}</select></label>
<label>Search <input id="filter-search" type="search" placeholder="resource, message, check…" autocomplete="off"></label>
<span class="muted">showing <span id="shown-count">0</span></span>
</div>
<noscript><p>The findings table needs JavaScript; the same data is in the JSON report.</p></noscript>
<table class="findings">
<thead><tr><th></th><th>Severity</th><th>Status</th><th>Check</th><th>Resource</th><th>Where</th><th>Message</th></tr></thead>
<tbody id="findings-body"></tbody>
</table>
<p id="no-match" class="muted" hidden>No finding matches these filters.</p>
</section>
</main>
<script type="application/json" id="clearsky-data">${json}</script>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`
}
