import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'

describe('bin/clearsky.js without a build', () => {
  it('says how to build instead of printing a module-resolution stack, and exits 2', () => {
    // The launcher finds dist/ next to its own bin/ folder: a copy in an empty folder has none.
    const root = mkdtempSync(join(tmpdir(), 'clearsky-bin-'))
    try {
      mkdirSync(join(root, 'bin'))
      writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module' }))
      copyFileSync(new URL('../../bin/clearsky.js', import.meta.url), join(root, 'bin', 'clearsky.js'))
      const r = spawnSync(process.execPath, [join(root, 'bin', 'clearsky.js'), 'checks'], { encoding: 'utf8' })
      assert.equal(r.status, 2)
      assert.match(r.stderr, /npm run build/)
      assert.doesNotMatch(r.stderr, /ERR_MODULE_NOT_FOUND/)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
