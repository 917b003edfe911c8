import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { runCli } from '../../../test/cli/capture.js'
import { CHECKS } from '../../checks/index.js'
import { COMPLIANCE_INDEX } from '../../compliance/index.js'

const ID = 'lambda-function-url-auth-required'

describe('clearsky explain', () => {
  it('prints title, severity, remediation in every form and the compliance controls', async () => {
    const { code, stdout } = await runCli(['explain', ID])
    assert.equal(code, 0)
    const meta = CHECKS.find((c) => c.meta.id === ID)!.meta
    assert.ok(stdout.startsWith(`${ID}  —  ${meta.title}`))
    assert.ok(stdout.includes(`severity: ${meta.severity}`))
    for (const section of ['What it checks:', 'Why it matters:', 'How to fix:', 'AWS CLI:', 'CloudFormation:', 'Terraform:', 'Compliance:']) assert.ok(stdout.includes(section), section)
    assert.ok(stdout.includes(meta.remediation.cli!))
    for (const ref of COMPLIANCE_INDEX.get(ID)!) assert.ok(stdout.includes(ref), ref)
  })

  it('--json carries the metadata and resolved compliance controls', async () => {
    const { code, stdout } = await runCli(['explain', ID, '--json'])
    assert.equal(code, 0)
    const out = JSON.parse(stdout) as { id: string; remediation: { terraform: string }; compliance: { ref: string; title: string }[] }
    assert.equal(out.id, ID)
    assert.ok(out.remediation.terraform.length > 0)
    assert.deepEqual(out.compliance.map((c) => c.ref), COMPLIANCE_INDEX.get(ID))
    assert.ok(out.compliance.every((c) => c.title.length > 0), 'every reference resolves to a control title')
  })

  it('lists options with their defaults for a check that has some', async () => {
    const withOptions = CHECKS.find((c) => Object.keys(c.meta.options ?? {}).length > 0)
    if (!withOptions) return
    const { stdout } = await runCli(['explain', withOptions.meta.id])
    for (const [k, v] of Object.entries(withOptions.meta.options!)) assert.ok(stdout.includes(`${withOptions.meta.id}.${k}  default ${JSON.stringify(v)}`), k)
  })

  it('an unknown id exits 2 and suggests close ids', async () => {
    const { code, stderr, stdout } = await runCli(['explain', 'lambda-url-auth'])
    assert.equal(code, 2)
    assert.equal(stdout, '')
    assert.match(stderr, /unknown check 'lambda-url-auth'; did you mean lambda-function-url-auth-required\?/)
  })
})
