import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { loadOsvDirectory } from '../../sources/advisories/osv-directory.js'
import { analyzeFiles, createCodeAnalyzer, MAX_FINDINGS_PER_KIND } from './analyze.js'

const GITHUB = ['ghp', '_', 'R7x2Kq9LmN4pT8vW3yZ6aB1cD5eF0gH2iJ4k'].join('')

const files = [
  { path: 'handler.py', text: 'import os\ndef lambda_handler(event, ctx):\n    os.system("echo " + event["msg"])\n    cur.execute(f"SELECT * FROM t WHERE id = {event[\'id\']}")\n' },
  { path: 'config.json', text: `{"token": "${GITHUB}"}\n` },
  { path: 'requirements.txt', text: 'requests==2.25.0\n' },
  { path: 'requests-2.25.0.dist-info/METADATA', text: 'Name: requests\nVersion: 2.25.0\n' },
  // Third-party code is neither scanned for secrets nor analyzed as source.
  { path: 'node_modules/bad/index.js', text: `eval(event.body); const t = "${GITHUB}"` },
  { path: 'node_modules/bad/package.json', text: '{"name":"lodash","version":"4.17.11"}' },
  { path: 'img.bin', text: 'ELF\u0000\u0000 eval(event)' },
]

describe('analyzeFiles', () => {
  it('collects secrets, SQL building, dynamic execution and dependencies from the files it should read', () => {
    const r = analyzeFiles(files)
    assert.equal(r.inspected, true)
    assert.equal(r.filesScanned, 5)
    assert.deepEqual(r.secrets, [{ path: 'config.json', line: 1, patternId: 'github-token' }])
    assert.deepEqual(
      r.sqlInjection.map((f) => `${f.path}:${f.line}:${f.construction}`),
      ['handler.py:4:f-string'],
    )
    assert.deepEqual(
      r.dynamicExec.map((f) => `${f.path}:${f.line}:${f.sink}`),
      ['handler.py:3:os.system'],
    )
    assert.deepEqual(
      r.dependencies.map((d) => `${d.ecosystem}:${d.name}@${d.version} ${d.manifestPath}`),
      ['PyPI:requests@2.25.0 requirements.txt', 'npm:lodash@4.17.11 node_modules/bad/package.json'],
    )
    assert.equal(r.vulnerabilities, undefined, 'no advisory database: not matched')
    assert.equal(r.truncated, undefined)
  })
  it('matches the dependencies when an advisory index is given', () => {
    const r = analyzeFiles(files, { advisories: loadOsvDirectory('test/fixtures/osv').index })
    assert.deepEqual(
      r.vulnerabilities?.map((v) => `${v.name}@${v.version}:${v.advisoryId}`),
      ['requests@2.25.0:GHSA-j8r2-6x86-q33q', 'lodash@4.17.11:GHSA-jf85-cpcp-j695'],
    )
  })
  it('records what limits left out, and which analyses it affects', () => {
    const a = createCodeAnalyzer()
    a.leftOut('file-too-large', ['big.js', 'data/dump.csv'], '2 files too large')
    a.leftOut('file-too-large', ['package-lock.json'], '1 lockfile too large')
    a.leftOut('compression-ratio', [], 'nothing')
    const r = a.result()
    assert.deepEqual(
      r.truncated?.map((t) => [t.reason, t.count, t.affects]),
      [
        ['file-too-large', 2, ['secrets', 'source']],
        ['file-too-large', 1, ['dependencies', 'secrets']],
      ],
    )
  })
  it('keeps at most MAX_FINDINGS_PER_KIND findings per kind and says so', () => {
    const text = Array.from({ length: MAX_FINDINGS_PER_KIND + 5 }, () => `t = "${GITHUB}"`).join('\n')
    const r = analyzeFiles([{ path: 'many.py', text }])
    assert.equal(r.secrets.length, MAX_FINDINGS_PER_KIND)
    assert.deepEqual(
      r.truncated?.map((t) => [t.reason, t.count, t.affects]),
      [['findings-cap', 5, []]],
    )
  })
})
