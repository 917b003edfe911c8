/** The page's only stylesheet (its SHA-256 is in the CSP; any change updates the hash). */
export const PAGE_STYLE = `
:root { color-scheme: light; --fg: #111827; --muted: #6b7280; --line: #e5e7eb; --bg: #ffffff; --panel: #f9fafb; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 20px 28px; border-bottom: 1px solid var(--line); background: var(--panel); }
header h1 { margin: 0 0 4px; font-size: 22px; }
main { padding: 8px 28px 40px; }
h2 { font-size: 17px; margin: 24px 0 10px; }
.muted { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; background: var(--bg); }
.card .n { font-size: 24px; font-weight: 600; }
.overview { display: flex; flex-wrap: wrap; gap: 32px; align-items: flex-start; }
.chart-label, .chart-value { font-size: 13px; fill: #374151; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; }
td.num, th.num { text-align: right; }
table.compliance { width: auto; }
.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; margin: 8px 0 12px; }
.filters input[type=search] { min-width: 260px; padding: 5px 8px; }
.filters select { padding: 4px 6px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; }
.sev-critical .badge.sev { background: #991b1b; }
.sev-high .badge.sev { background: #dc2626; }
.sev-medium .badge.sev { background: #d97706; }
.sev-low .badge.sev { background: #2563eb; }
.sev-info .badge.sev { background: #6b7280; }
.badge.status { background: #e5e7eb; color: #111827; }
.status-fail .badge.status { background: #fee2e2; color: #991b1b; }
.status-pass .badge.status { background: #dcfce7; color: #166534; }
.status-unknown .badge.status, .status-error .badge.status { background: #fef3c7; color: #92400e; }
.badge.mute { background: #e5e7eb; color: #374151; margin-left: 4px; }
button.toggle { border: 1px solid var(--line); background: var(--bg); border-radius: 4px; width: 26px; height: 24px; cursor: pointer; }
tr.detail td { background: var(--panel); }
.detail dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 4px 0 8px; }
.detail dt { color: var(--muted); }
.detail dd { margin: 0; overflow-wrap: anywhere; }
.detail pre { background: #111827; color: #f9fafb; padding: 8px 10px; border-radius: 6px; overflow-x: auto; white-space: pre-wrap; }
.detail h4 { margin: 10px 0 4px; font-size: 13px; }
td.res { overflow-wrap: anywhere; max-width: 420px; }
ul.gaps li { margin-bottom: 4px; }
`
