import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { MARKDOWN_TABLE_LIMIT, renderMarkdown } from '../../src/reporters/markdown.js'
import type { Finding } from '../../src/core/finding.js'
import { FIXTURE_CHECKS, fixtureReport } from './fixture.js'

function tableRows(md: string, heading: string): string[] {
  const start = md.indexOf(heading)
  assert.ok(start >= 0, `no section ${heading}`)
  const lines = md.slice(start).split('\n')
  const first = lines.findIndex((l) => l.startsWith('|'))
  const rows: string[] = []
  for (const l of lines.slice(first + 2)) {
    if (!l.startsWith('|')) break
    rows.push(l)
  }
  return rows
}

/** Cells of a GFM table row, honouring `\|` escapes. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim())
}

describe('markdown reporter', () => {
  const md = renderMarkdown(fixtureReport(), FIXTURE_CHECKS)

  it('summarises failed counts by severity, unmuted only', () => {
    assert.match(md, /^## clearsky: 6 failed findings\n/)
    assert.match(md, /\| 🟥 critical \| 2 \|/)
    assert.match(md, /7 failed \(1 muted\), 2 passed, 3 could not be evaluated, 1 not applicable/)
  })

  it('lists failed findings most severe first, without the muted one, one row each with five cells', () => {
    const rows = tableRows(md, '### Failed findings')
    assert.equal(rows.length, 6)
    for (const r of rows) assert.equal(cells(r).length, 5, r)
    assert.deepEqual(
      rows.map((r) => cells(r)[0]),
      ['🟥 critical', '🟥 critical', '🟧 high', '🟨 medium', '🟦 low', '⬜ info'],
    )
    assert.ok(!md.includes('internal-tool'))
  })

  it('escapes pipes, backticks, HTML and neutralises @mentions in table cells', () => {
    const role = tableRows(md, '### Failed findings').find((r) => r.includes('iam-role-no-admin-access'))!
    assert.ok(role.includes('\\|') && role.includes('\\`rm -rf\\`') && role.includes('\\[link\\]'))
    assert.ok(role.includes('@\u200boctocat') && !/@octocat/.test(role))
    assert.ok(!md.includes('<img') && !md.includes('<script') && !md.includes('<b>'))
    assert.ok(md.includes('&lt;img src=x onerror=alert(1)&gt;'))
  })

  it('gives the fix per failing check and collapses what could not be evaluated', () => {
    assert.match(md, /### How to fix\n\n\*\*Lambda function policy does not allow public invocation\*\* \(lambda-function-public-policy, 2 resources\)/)
    assert.match(md, /```sh\naws lambda remove-permission --function-name <name> --statement-id <sid>\n```/)
    assert.match(md, /<details><summary>3 results could not be evaluated<\/summary>/)
    assert.equal(tableRows(md, '<details>').length, 3)
    assert.ok(md.trimEnd().endsWith('</details>'))
  })

  it('shows compliance scores when the report has them', () => {
    assert.match(md, /\| CIS AWS Foundations Benchmark 7\.0\.0 \| 50% \| 2 \|/)
    assert.match(md, /\| AWS Foundational Security Best Practices &lt;v1&gt; \| 0% \| 1 \|/)
  })

  it(`caps the table at ${MARKDOWN_TABLE_LIMIT} rows and says how many more`, () => {
    const report = fixtureReport()
    const base = report.findings[0]!
    report.findings = Array.from({ length: 60 }, (_, i): Finding => ({ ...base, resourceId: `r${i}`, resourceArn: `arn:aws:lambda:eu-west-1:111122223333:function:r${i}`, resourceName: `r${i}` }))
    const out = renderMarkdown(report, FIXTURE_CHECKS)
    assert.equal(tableRows(out, '### Failed findings').length, MARKDOWN_TABLE_LIMIT)
    assert.match(out, /_… and 10 more failed findings: see the full report\._/)
    assert.ok(!out.includes('<details>'))
  })

  it('says so when nothing failed', () => {
    const report = fixtureReport()
    report.findings = report.findings.filter((f) => f.status === 'pass')
    assert.match(renderMarkdown(report, FIXTURE_CHECKS), /^## clearsky: no failed checks\n/)
  })
})
