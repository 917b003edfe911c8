import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildZip } from '../../../../test/zip-builder.js'
import { analyzeArchive } from './analyze-archive.js'
import { DEFAULT_CODE_LIMITS } from './limits.js'

const signal = () => AbortSignal.timeout(5000)

describe('analyzeArchive', () => {
  it('tells Python packages installed beside the handler from the owner\'s code through top_level.txt', async () => {
    const zip = buildZip([
      { name: 'handler.py', content: 'def lambda_handler(event, ctx):\n    return eval(event["expr"])\n' },
      { name: 'yaml/constructor.py', content: 'def construct(event):\n    return eval(event)\n' },
      { name: 'PyYAML-6.0.1.dist-info/top_level.txt', content: '_yaml\nyaml\n' },
      { name: 'PyYAML-6.0.1.dist-info/METADATA', content: 'Metadata-Version: 2.1\nName: PyYAML\nVersion: 6.0.1\n' },
    ])
    const r = await analyzeArchive(zip, DEFAULT_CODE_LIMITS, signal())
    assert.deepEqual(
      r.dynamicExec.map((f) => f.path),
      ['handler.py'],
    )
    assert.deepEqual(
      r.dependencies.map((d) => `${d.name}@${d.version}`),
      ['PyYAML@6.0.1'],
    )
  })

  it('notes files over the per-file limit and unreadable entries, with what they affect', async () => {
    const big = 'x = 1\n'.repeat(400)
    const zip = buildZip([
      { name: 'src/big.py', content: big },
      { name: 'package-lock.json', content: JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/a': { version: '1.0.0' }, pad: { x: big } } }) },
      { name: '../escape.js', content: 'eval(event.body)' },
      { name: 'link.js', content: '/etc/passwd', mode: 0o120777 },
    ])
    const r = await analyzeArchive(zip, { ...DEFAULT_CODE_LIMITS, maxFileBytes: 1000 }, signal())
    assert.deepEqual(
      r.truncated?.map((t) => [t.reason, t.paths, t.affects]),
      [
        ['file-too-large', ['src/big.py'], ['secrets', 'source']],
        ['unreadable-entry', ['../escape.js'], ['secrets', 'source']],
      ],
    )
    assert.deepEqual(
      r.dependencies.map((d) => d.name),
      ['a'],
      'lockfiles get a larger allowance than source files',
    )
    assert.equal(r.dynamicExec.length, 0, 'the traversal entry was never read')
  })
})
