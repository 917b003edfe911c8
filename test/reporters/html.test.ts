import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { renderHtml } from '../../src/reporters/html/render-html.js'
import { FIXTURE_CHECKS, fixtureReport } from './fixture.js'

const html = renderHtml(fixtureReport(), FIXTURE_CHECKS)

function blocks(tag: string): { attrs: string; body: string }[] {
  return [...html.matchAll(new RegExp(`<${tag}([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => ({ attrs: m[1]!, body: m[2]! }))
}

const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`

describe('html reporter (static checks; the browser tests are in html-browser.test.ts)', () => {
  it('has a strict CSP whose hashes match the inline style and script exactly', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]
    assert.ok(csp)
    const [style] = blocks('style')
    const scripts = blocks('script')
    assert.equal(scripts.length, 2)
    const code = scripts.find((s) => !s.attrs.includes('application/json'))!
    assert.equal(csp, `default-src 'none'; style-src ${sha(style!.body)}; script-src ${sha(code.body)}; img-src data:; base-uri 'none'; form-action 'none'`)
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/)
  })

  it('loads nothing from the network', () => {
    assert.doesNotMatch(html, /\s(src|action|srcset|xlink:href)="/i)
    assert.deepEqual([...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]), ['data:,'])
    assert.doesNotMatch(html, /url\(|@import/)
  })

  it('embeds the data as JSON that cannot end its script block', () => {
    const data = blocks('script').find((s) => s.attrs.includes('application/json'))!
    assert.doesNotMatch(data.body, /[<>]/)
    const parsed = JSON.parse(data.body) as { findings: { resourceName: string; data: [string, string][] }[] }
    assert.equal(parsed.findings.length, fixtureReport().findings.length)
    assert.equal(parsed.findings[0]!.resourceName, '<img src=x onerror=alert(1)>')
    assert.deepEqual(parsed.findings[0]!.data[1], ['team', '</script><script>alert(1)</script>'])
  })

  it('escapes every server-rendered value', () => {
    assert.ok(!html.includes('<img'))
    assert.ok(!html.includes('<v1>') && html.includes('&lt;v1&gt;'))
    assert.ok(!html.includes('<disabled>') && html.includes('not opted in &amp; &lt;disabled&gt;'))
    assert.ok(html.includes('lambda:ListFunctions &lt;script&gt;'))
    // Exactly the two script elements the page defines.
    assert.equal(html.match(/<script/g)!.length, 2)
  })

  it('draws the severity chart and one compliance bar per framework, no inline style attributes', () => {
    assert.match(html, /<svg class="chart" role="img" aria-label="Failed findings by severity: 2 critical, 1 high, 1 medium, 1 low, 1 info"/)
    assert.equal(html.match(/<svg class="bar"/g)!.length, 2)
    assert.doesNotMatch(html, /\sstyle="/)
  })

  it('leaves out the compliance section when no framework ran', () => {
    const report = fixtureReport()
    delete report.compliance
    assert.ok(!renderHtml(report, FIXTURE_CHECKS).includes('<h2>Compliance</h2>'))
    assert.ok(html.includes('<h2>Compliance</h2>'))
  })
})
