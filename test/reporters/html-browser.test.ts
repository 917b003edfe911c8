import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { renderHtml } from '../../src/reporters/html/render-html.js'
import { CHROMIUM, CHROMIUM_ARGS, chromiumSkipReason } from './chromium.js'
import { FIXTURE_CHECKS, fixtureReport } from './fixture.js'

const skip = chromiumSkipReason()

describe('html report in headless Chromium', { skip }, () => {
  let browser: Browser
  let page: Page
  let dir: string
  const dialogs: string[] = []
  const consoleErrors: string[] = []
  const pageErrors: string[] = []
  const requests: string[] = []
  const report = fixtureReport()
  const count = (pred: (f: (typeof report.findings)[number]) => boolean) => report.findings.filter(pred).length

  before(async () => {
    const { chromium } = await import('playwright-core')
    dir = mkdtempSync(join(tmpdir(), 'clearsky-html-'))
    const file = join(dir, 'report.html')
    writeFileSync(file, renderHtml(report, FIXTURE_CHECKS))
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text())
    })
    page.on('pageerror', (e) => pageErrors.push(e.message))
    page.on('request', (r) => requests.push(r.url()))
    await page.goto(pathToFileURL(file).href)
    await page.waitForSelector('#findings-body tr.finding', { timeout: 5000 })
  })

  after(async () => {
    await browser?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const visibleRows = () => page.locator('#findings-body tr.finding:not([hidden])').count()

  it('renders a row per finding; by default the problems (fail, unknown, error)', async () => {
    assert.equal(await page.locator('#findings-body tr.finding').count(), report.findings.length)
    assert.equal(await visibleRows(), count((f) => f.status === 'fail' || f.status === 'unknown' || f.status === 'error'))
    await page.selectOption('#filter-status', 'all')
    assert.equal(await visibleRows(), report.findings.length)
    assert.equal(await page.textContent('#shown-count'), `${report.findings.length} of ${report.findings.length}`)
  })

  it('filters by severity, status and check', async () => {
    await page.selectOption('#filter-status', 'all')
    await page.selectOption('#filter-severity', 'critical')
    assert.equal(await visibleRows(), count((f) => f.severity === 'critical'))
    await page.selectOption('#filter-status', 'fail')
    assert.equal(await visibleRows(), count((f) => f.severity === 'critical' && f.status === 'fail'))
    await page.selectOption('#filter-severity', 'all')
    await page.selectOption('#filter-status', 'all')
    await page.selectOption('#filter-check', 'kms-key-rotation-enabled')
    assert.equal(await visibleRows(), count((f) => f.checkId === 'kms-key-rotation-enabled'))
    await page.selectOption('#filter-check', 'all')
  })

  it('searches as you type, and says when nothing matches', async () => {
    await page.selectOption('#filter-status', 'all')
    await page.fill('#filter-search', '')
    await page.locator('#filter-search').pressSequentially('aws_kms_key.LOGS')
    assert.equal(await visibleRows(), 1)
    assert.equal(await page.locator('#findings-body tr.finding:not([hidden]) td.res').textContent(), 'aws_kms_key.logs')
    await page.fill('#filter-search', 'no-such-thing-anywhere')
    assert.equal(await visibleRows(), 0)
    assert.equal(await page.locator('#no-match').isVisible(), true)
    await page.fill('#filter-search', '')
    assert.equal(await visibleRows(), report.findings.length)
  })

  it('expands a finding to show risk and the CLI, CloudFormation and Terraform fixes', async () => {
    await page.selectOption('#filter-status', 'all')
    const row = page.locator('#findings-body tr.finding').first()
    await row.locator('button.toggle').click()
    const detail = page.locator('#detail-0')
    assert.equal(await detail.isVisible(), true)
    assert.equal(await row.locator('button.toggle').getAttribute('aria-expanded'), 'true')
    const text = (await detail.textContent()) ?? ''
    for (const part of ['Risk', 'Anyone can run the function', 'AWS CLI', 'aws lambda remove-permission', 'CloudFormation', 'Terraform', 'cis-aws-7.0:3.1']) assert.ok(text.includes(part), part)
    await row.locator('button.toggle').click()
    assert.equal(await detail.isVisible(), false)
  })

  it('shows hostile values as literal text and runs none of them', async () => {
    await page.selectOption('#filter-status', 'all')
    const first = page.locator('#findings-body tr.finding').first()
    assert.equal(await first.locator('td.res').textContent(), '<img src=x onerror=alert(1)>')
    await first.locator('button.toggle').click()
    const detail = (await page.locator('#detail-0').textContent()) ?? ''
    assert.ok(detail.includes('</script><script>alert(1)</script>'), 'the tag value appears literally')
    const iacMessage = await page.locator('#findings-body tr.finding', { hasText: 'ApiFunction' }).locator('td.msg').textContent()
    assert.ok(iacMessage!.endsWith('Owner tag: </script><script>alert(1)</script>'))
    assert.equal(await page.locator('img').count(), 0)
    assert.equal(await page.locator('script').count(), 2)
    assert.equal(await page.locator('.chart rect').count(), 5)
    assert.deepEqual(dialogs, [])
    assert.deepEqual(pageErrors, [])
    assert.deepEqual(consoleErrors, [], 'no CSP violation or other console error')
  })

  it('makes no network request besides the file itself', () => {
    assert.ok(requests.every((u) => u.startsWith('file://')), requests.join(', '))
  })

  it('takes a non-trivial screenshot', async () => {
    const png = join(dir, 'report.png')
    await page.selectOption('#filter-status', 'problems')
    await page.screenshot({ path: png, fullPage: true })
    const buf = readFileSync(png)
    assert.deepEqual([...buf.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const width = buf.readUInt32BE(16)
    const height = buf.readUInt32BE(20)
    assert.equal(width, 1280)
    assert.ok(height >= 900, `height ${height}`)
    assert.ok(buf.length > 20_000, `${buf.length} bytes`)
  })
})
