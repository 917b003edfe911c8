import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { runCli } from '../../../test/cli/capture.js'
import { automatedControls, FRAMEWORKS } from '../../compliance/index.js'

describe('clearsky frameworks', () => {
  it('lists every framework with its control and automated counts', async () => {
    const { code, stdout } = await runCli(['frameworks'])
    assert.equal(code, 0)
    for (const f of FRAMEWORKS) {
      const row = stdout.split('\n').find((l) => l.includes(` ${f.id} `))
      assert.ok(row, f.id)
      const cells = row.split('│').map((c) => c.trim())
      assert.deepEqual(cells.slice(1, 7), [f.id, f.title, f.version, String(f.controls.length), String(automatedControls(f)), String(f.controls.filter((c) => c.manual).length)])
    }
  })

  it('--json gives each framework with its controls', async () => {
    const { code, stdout } = await runCli(['frameworks', '--json'])
    assert.equal(code, 0)
    const out = JSON.parse(stdout) as { id: string; controlCount: number; automated: number; controls: { id: string }[] }[]
    assert.deepEqual(out.map((f) => f.id), FRAMEWORKS.map((f) => f.id))
    for (const f of out) assert.equal(f.controls.length, f.controlCount)
  })
})
