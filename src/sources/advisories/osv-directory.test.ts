import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AdvisoryDirectoryError, loadOsvDirectory } from './osv-directory.js'

describe('loadOsvDirectory', () => {
  it('reads every OSV file below the directory and indexes it by package', () => {
    const { index, skipped } = loadOsvDirectory('test/fixtures/osv')
    assert.equal(index.count, 7)
    assert.equal(skipped, 1)
    assert.ok(index.byPackage.has('npm|lodash'))
    assert.ok(index.byPackage.has('PyPI|pyyaml'))
    assert.ok(index.byPackage.has('Go|golang.org/x/net'))
    assert.equal(index.source, 'test/fixtures/osv')
  })
  it('accepts a file holding a list of advisories, and skips broken JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'osv-'))
    try {
      writeFileSync(join(dir, 'list.json'), JSON.stringify([{ id: 'A-1', affected: [{ package: { ecosystem: 'npm', name: 'x' } }] }, { id: 'A-2' }]))
      writeFileSync(join(dir, 'broken.json'), '{')
      writeFileSync(join(dir, 'ignored.txt'), 'not json')
      const { index, skipped } = loadOsvDirectory(dir)
      assert.equal(index.count, 2)
      assert.equal(skipped, 1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
  it('a missing path or a file is an AdvisoryDirectoryError', () => {
    assert.throws(() => loadOsvDirectory('test/fixtures/osv/does-not-exist'), AdvisoryDirectoryError)
    assert.throws(() => loadOsvDirectory('test/fixtures/osv/README.md'), AdvisoryDirectoryError)
  })
})
