import { after, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../test/cli/capture.js'
import { addResources, emptyInventory } from '../core/inventory.js'
import type { ScanReport } from '../core/finding.js'
import { kmsKey, lambdaFunction, logGroup } from '../../test/factories/index.js'
import { CHECKS } from '../checks/index.js'
import { checksOfFrameworks, findFramework } from '../compliance/index.js'

// A small snapshot: one public function URL (high), one key without rotation (medium), and a
// log group kept 90 days.
const dir = mkdtempSync(join(tmpdir(), 'clearsky-settings-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const inv = emptyInventory({ kind: 'snapshot', accountId: '111122223333', regions: ['us-east-1'] })
addResources(inv, 'lambda.function', [lambdaFunction({ name: 'orders-api', url: { authType: 'NONE' }, tags: { owner: 'team-a' } })])
addResources(inv, 'kms.key', [kmsKey({ rotationEnabled: false })])
addResources(inv, 'logs.log-group', [logGroup({ name: '/aws/lambda/orders-api', retentionInDays: 90 })])
const SNAPSHOT = join(dir, 'snapshot.json')
writeFileSync(SNAPSHOT, JSON.stringify(inv))

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

const scan = (...args: string[]) => runCli(['scan', 'snapshot', SNAPSHOT, '--no-store', ...args])
const json = (stdout: string) => JSON.parse(stdout) as ScanReport
const URL_CHECK = 'lambda-function-url-auth-required'

describe('scan --framework', () => {
  it('runs only the checks the framework maps, and attaches compliance to findings and report', async () => {
    const { code, stdout } = await scan('--no-config', '--framework', 'cis-7.0', '-f', 'json', '--fail-on', 'medium')
    assert.equal(code, 1)
    const report = json(stdout)
    const ids = new Set(report.findings.map((f) => f.checkId))
    assert.ok(ids.has(URL_CHECK) && ids.has('kms-key-rotation-enabled'))
    assert.ok(!ids.has('lambda-log-group-retention-set'), 'not a CIS check')
    assert.deepEqual(report.compliance!.map((r) => r.id), ['cis-7.0'])
    const control = (id: string) => report.compliance![0]!.controls.find((c) => c.id === id)!
    assert.equal(control('2.21').status, 'fail')
    assert.equal(control('4.6').status, 'fail')
    assert.ok(report.findings.find((f) => f.checkId === URL_CHECK)!.compliance!.includes('cis-7.0:2.21'))
  })

  it('narrows --checks (the two flags intersect)', async () => {
    const { stdout } = await scan('--no-config', '--framework', 'cis-7.0', '--checks', 'kms-*', '-f', 'json', '--fail-on', 'none')
    // The snapshot's only KMS resource is a key: the key checks CIS maps run, no other kms-* check does.
    const cis = checksOfFrameworks([findFramework('cis-7.0')!])
    const keyChecks = CHECKS.filter((c) => c.meta.id.startsWith('kms-') && c.meta.resourceType === 'kms.key').map((c) => c.meta.id)
    const expected = keyChecks.filter((id) => cis.has(id)).sort()
    assert.ok(expected.includes('kms-key-rotation-enabled') && keyChecks.some((id) => !cis.has(id)), 'the framework must leave some key check out for this test to mean anything')
    assert.deepEqual([...new Set(json(stdout).findings.map((f) => f.checkId))].sort(), expected)
  })

  it('prints a per-control summary after the console report', async () => {
    const { stdout } = await scan('--no-config', '--framework', 'cis-7.0', '--checks', `${URL_CHECK},kms-*`, '--fail-on', 'none')
    const summary = stdout.slice(stdout.indexOf('COMPLIANCE: '))
    assert.ok(stdout.indexOf('COMPLIANCE: ') > 0, 'after the report')
    assert.match(summary, /fail\s+2\.21 /)
    assert.match(summary, /score: 0% \(0 of 2 evaluated controls pass; 2 fail, 0 unknown\)/)
  })

  it('without --framework there is no summary, but the report carries every framework', async () => {
    const console = await scan('--no-config', '--fail-on', 'none')
    assert.ok(!console.stdout.includes('COMPLIANCE: '))
    const report = json((await scan('--no-config', '-f', 'json', '--fail-on', 'none')).stdout)
    assert.ok(report.compliance!.length > 1)
  })

  it('an unknown framework exits 2 with a suggestion', async () => {
    const { code, stderr } = await scan('--no-config', '--framework', 'cis-7')
    assert.equal(code, 2)
    assert.match(stderr, /unknown framework 'cis-7' \(did you mean cis-7\.0\?\)/)
  })
})

describe('scan --mutelist', () => {
  it('marks matching findings muted, keeps them in the output, and they do not fail the scan', async () => {
    const list = file('mutelist.yaml', `- name: webhook\n  checks: [${URL_CHECK}]\n  tags: { owner: team-a }\n  reason: public by design\n`)
    const { code, stdout } = await scan('--no-config', '--mutelist', list, '-f', 'json', '--fail-on', 'high')
    assert.equal(code, 0)
    const report = json(stdout)
    const muted = report.findings.find((f) => f.checkId === URL_CHECK && f.status === 'fail')!
    assert.deepEqual(muted.muted, { reason: 'public by design', rule: `webhook (${list}:1)` })
    assert.equal(report.summary.failedBySeverity.high, 0)
    assert.equal(report.compliance!.find((r) => r.id === 'cis-7.0')!.controls.find((c) => c.id === '2.21')!.status, 'pass')
  })

  it('warns on stderr about an expired rule, which no longer mutes', async () => {
    const list = file('expired.yaml', `- checks: [${URL_CHECK}]\n  reason: old\n  expires: 2020-01-31\n`)
    const { code, stderr } = await scan('--no-config', '--mutelist', list, '-f', 'json')
    assert.equal(code, 1)
    assert.match(stderr, new RegExp(`warning: ${list.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:1: mutelist rule 1 expired on 2020-01-31`))
    assert.equal(stderr.match(/expired on/g)!.length, 1, 'once per rule')
  })

  it('an invalid mutelist exits 2 with file, line and rule', async () => {
    const list = file('bad.yaml', `- checks: [${URL_CHECK}]\n  reason: ok\n- checks: [${URL_CHECK}]\n`)
    const { code, stderr, stdout } = await scan('--no-config', '--mutelist', list)
    assert.equal(code, 2)
    assert.equal(stdout, '')
    assert.equal(stderr, `clearsky: ${list}:3: rule 2: 'reason' is required\n`)
  })
})

describe('scan --config', () => {
  it('applies settings and check options from the file; flags override it', async () => {
    const config = file(
      'clearsky.config.yaml',
      [
        'checks: [lambda-log-group-retention-set]',
        'failOn: none',
        'formats: [json]',
        'checkOptions:',
        '  lambda-log-group-retention-set:',
        '    minRetentionDays: 365',
      ].join('\n'),
    )
    const fromFile = await scan('--config', config)
    assert.equal(fromFile.code, 0, 'failOn: none from the file')
    const finding = json(fromFile.stdout).findings.find((f) => f.checkId === 'lambda-log-group-retention-set')!
    assert.equal(finding.status, 'fail')
    assert.equal(finding.messageId, 'tooShort')
    const overridden = await scan('--config', config, '--fail-on', 'low')
    assert.equal(overridden.code, 1, '--fail-on on the command line wins')
  })

  it('reads clearsky.config.yaml from the working directory unless --no-config', async () => {
    const cwd = process.cwd()
    process.chdir(dir)
    try {
      file('clearsky.config.yaml', 'failOn: none\nformats: [json]\n')
      assert.equal((await scan()).code, 0)
      assert.equal((await scan('--no-config', '-f', 'json')).code, 1)
    } finally {
      process.chdir(cwd)
    }
  })

  it('uses an inline mutelist from the file, and --mutelist replaces it', async () => {
    const config = file('inline.yaml', `formats: [json]\nmutelist:\n  - checks: ['*']\n    reason: everything accepted\n`)
    const inline = await scan('--config', config)
    assert.equal(inline.code, 0)
    assert.ok(json(inline.stdout).findings.filter((f) => f.status === 'fail').every((f) => f.muted?.reason === 'everything accepted'))
    const other = file('kms-only.yaml', `- checks: [kms-*]\n  reason: key rotation handled outside AWS\n`)
    const replaced = await scan('--config', config, '--mutelist', other)
    assert.equal(replaced.code, 1, 'the URL failure is no longer muted')
  })

  it('a config error exits 2 naming the file, line and check', async () => {
    const config = file('bad-config.yaml', 'failOn: high\ncheckOptions:\n  lambda-log-group-retention-set:\n    minRetentionDays: forever\n')
    const { code, stderr } = await scan('--config', config)
    assert.equal(code, 2)
    assert.equal(stderr, `clearsky: ${config}:4: checkOptions.lambda-log-group-retention-set.minRetentionDays must be a number (got text 'forever')\n`)
  })

  it('a missing --config file exits 2', async () => {
    const { code, stderr } = await scan('--config', join(dir, 'nope.yaml'))
    assert.equal(code, 2)
    assert.match(stderr, /nope\.yaml: cannot read the configuration \(no such file\)/)
  })
})

describe('examples/clearsky.config.yaml', () => {
  it('is a valid configuration for this catalogue', async () => {
    const { loadConfig } = await import('../core/config.js')
    const { CHECKS } = await import('../checks/index.js')
    const { REPORTERS } = await import('../reporters/index.js')
    const { FRAMEWORKS } = await import('../compliance/index.js')
    const config = loadConfig('examples/clearsky.config.yaml', { checks: CHECKS, formats: Object.keys(REPORTERS), frameworks: FRAMEWORKS.map((f) => f.id) })
    assert.equal(config.mutelist?.kind, 'inline')
    assert.ok(Object.keys(config.checkOptions).length > 0)
  })
})
