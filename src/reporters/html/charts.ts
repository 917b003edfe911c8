import type { FrameworkResult, ScanSummary, TrendPoint } from '../../core/finding.js'
import { SEVERITIES, type Severity } from '../../core/severity.js'
import { htmlText } from '../html-text.js'

/** Severity colours, shared by the chart (SVG fill attributes) and the stylesheet. */
export const SEVERITY_COLOR: Record<Severity, string> = {
  critical: '#991b1b',
  high: '#dc2626',
  medium: '#d97706',
  low: '#2563eb',
  info: '#6b7280',
}

/** Horizontal bars of failed (unmuted) findings per severity. Plain SVG: no script, no style attribute. */
export function severityChart(summary: ScanSummary): string {
  const rowH = 28
  const labelW = 80
  const barMax = 260
  const max = Math.max(1, ...SEVERITIES.map((s) => summary.failedBySeverity[s]))
  const rows = SEVERITIES.map((sev, i) => {
    const n = summary.failedBySeverity[sev]
    const w = n === 0 ? 0 : Math.max(2, Math.round((n / max) * barMax))
    const y = i * rowH
    return (
      `<text x="0" y="${y + 18}" class="chart-label">${sev}</text>` +
      `<rect x="${labelW}" y="${y + 5}" width="${w}" height="18" rx="3" fill="${SEVERITY_COLOR[sev]}"/>` +
      `<text x="${labelW + w + 6}" y="${y + 18}" class="chart-value">${n}</text>`
    )
  }).join('')
  const label = SEVERITIES.map((s) => `${summary.failedBySeverity[s]} ${s}`).join(', ')
  return `<svg class="chart" role="img" aria-label="Failed findings by severity: ${htmlText(label)}" width="${labelW + barMax + 50}" height="${SEVERITIES.length * rowH + 4}" viewBox="0 0 ${labelW + barMax + 50} ${SEVERITIES.length * rowH + 4}" xmlns="http://www.w3.org/2000/svg">${rows}</svg>`
}

/** One row per framework: title, a score bar and control counts. Empty when no framework ran. */
export function complianceBars(frameworks: readonly FrameworkResult[] | undefined): string {
  if (!frameworks?.length) return ''
  const width = 240
  const rows = frameworks.map((fw) => {
    const score = Math.max(0, Math.min(100, Number.isFinite(fw.score) ? fw.score : 0))
    const count = (status: string) => fw.controls.filter((c) => c.status === status).length
    const fill = score >= 80 ? '#16a34a' : score >= 50 ? '#d97706' : '#dc2626'
    const bar =
      `<svg class="bar" role="img" aria-label="${htmlText(`${Math.round(score)}%`)}" width="${width}" height="14" viewBox="0 0 ${width} 14" xmlns="http://www.w3.org/2000/svg">` +
      `<rect x="0" y="0" width="${width}" height="14" rx="3" fill="#e5e7eb"/>` +
      `<rect x="0" y="0" width="${Math.round((score / 100) * width)}" height="14" rx="3" fill="${fill}"/></svg>`
    return (
      `<tr><th scope="row">${htmlText(fw.title)}${fw.version ? ` <span class="muted">${htmlText(fw.version)}</span>` : ''}</th>` +
      `<td>${bar}</td><td class="num">${Math.round(score)}%</td>` +
      `<td class="num">${count('pass')}</td><td class="num">${count('fail')}</td><td class="num">${count('unknown')}</td><td class="num">${count('manual') + count('not-evaluated')}</td></tr>`
    )
  })
  return (
    `<section><h2>Compliance</h2><table class="compliance"><thead><tr><th>Framework</th><th>Score</th><th></th>` +
    `<th class="num">Passed</th><th class="num">Failed</th><th class="num">Unknown</th><th class="num">Manual / not evaluated</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table></section>`
  )
}

/**
 * Open findings by severity across the stored scans of this scope (oldest → newest), as stacked
 * columns. Empty unless at least two scans are stored. Plain SVG, no script.
 */
export function trendChart(trend: readonly TrendPoint[] | undefined): string {
  if (!trend || trend.length < 2) return ''
  const colW = 26
  const gap = 8
  const h = 120
  const totals = trend.map((p) => SEVERITIES.reduce((n, s) => n + (p.failedBySeverity[s] ?? 0), 0))
  const max = Math.max(1, ...totals)
  const cols = trend.map((p, i) => {
    const x = i * (colW + gap)
    let y = h
    const parts = SEVERITIES.map((sev) => {
      const n = p.failedBySeverity[sev] ?? 0
      const ph = Math.round((n / max) * (h - 10))
      y -= ph
      return ph ? `<rect x="${x}" y="${y}" width="${colW}" height="${ph}" fill="${SEVERITY_COLOR[sev]}"><title>${htmlText(`scan #${p.scanId} ${p.at}: ${n} ${sev}`)}</title></rect>` : ''
    }).join('')
    return `${parts}<text x="${x + colW / 2}" y="${h + 14}" text-anchor="middle" class="chart-value">#${p.scanId}</text><text x="${x + colW / 2}" y="${y - 3}" text-anchor="middle" class="chart-value">${totals[i]}</text>`
  })
  const width = trend.length * (colW + gap)
  const label = trend.map((p, i) => `#${p.scanId}: ${totals[i]}`).join(', ')
  return `<section><h2>Open findings over time</h2><svg class="chart" role="img" aria-label="Open findings per stored scan: ${htmlText(label)}" width="${width}" height="${h + 20}" viewBox="0 0 ${width} ${h + 20}" xmlns="http://www.w3.org/2000/svg">${cols.join('')}</svg></section>`
}
