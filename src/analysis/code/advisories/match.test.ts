import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { CodeDependency } from '../../../model/lambda.js'
import { loadOsvDirectory } from '../../../sources/advisories/osv-directory.js'
import { evaluateRange, matchVulnerabilities } from './match.js'
import { parseVersion } from './versions.js'

const { index } = loadOsvDirectory('test/fixtures/osv')

const dep = (ecosystem: CodeDependency['ecosystem'], name: string, version?: string): CodeDependency => ({ ecosystem, name, ...(version ? { version } : {}), manifestPath: 'lock' })
const ids = (d: CodeDependency) => matchVulnerabilities([d], index).map((v) => v.advisoryId)

describe('evaluateRange', () => {
  const range = (events: object[]) => ({ type: 'ECOSYSTEM', events }) as never
  const affected = (v: string, events: object[]) => evaluateRange('npm', parseVersion('npm', v)!, range(events))?.affected
  it('introduced/fixed is a half-open interval', () => {
    const ev = [{ introduced: '1.0.0' }, { fixed: '1.2.0' }]
    assert.equal(affected('0.9.9', ev), false)
    assert.equal(affected('1.0.0', ev), true)
    assert.equal(affected('1.1.9', ev), true)
    assert.equal(affected('1.2.0', ev), false)
  })
  it('last_affected is inclusive', () => {
    const ev = [{ introduced: '0' }, { last_affected: '2.0.0' }]
    assert.equal(affected('2.0.0', ev), true)
    assert.equal(affected('2.0.1', ev), false)
  })
  it('several introduced/fixed pairs in one range, in any order', () => {
    const ev = [{ fixed: '3.0.0' }, { introduced: '2.5.0' }, { fixed: '1.5.0' }, { introduced: '1.0.0' }]
    assert.deepEqual(['0.5.0', '1.2.0', '2.0.0', '2.7.0', '3.1.0'].map((v) => affected(v, ev)), [false, true, false, true, false])
  })
  it('a range with an unparsable event cannot be evaluated', () => {
    assert.equal(evaluateRange('npm', parseVersion('npm', '1.0.0')!, range([{ introduced: 'not-a-version' }])), undefined)
  })
  it('GIT ranges are not evaluated', () => {
    assert.equal(evaluateRange('npm', parseVersion('npm', '1.0.0')!, { type: 'GIT', events: [{ introduced: '0' }] }), undefined)
  })
})

describe('matchVulnerabilities against test/fixtures/osv', () => {
  it('loads the fixture set: withdrawn advisories and non-advisories are left out', () => {
    const loaded = loadOsvDirectory('test/fixtures/osv')
    assert.equal(loaded.index.count, 7)
    assert.equal(loaded.skipped, 1)
  })
  it('npm ECOSYSTEM range: vulnerable below the fix, not at or above it', () => {
    assert.deepEqual(ids(dep('npm', 'lodash', '4.17.11')), ['GHSA-jf85-cpcp-j695'])
    assert.deepEqual(ids(dep('npm', 'lodash', '4.17.12')), [])
    assert.deepEqual(ids(dep('npm', 'lodash', '4.17.21')), [])
  })
  it('reports severity, the fixed version, aliases and the manifest', () => {
    const [v] = matchVulnerabilities([{ ecosystem: 'npm', name: 'axios', version: '0.21.0', manifestPath: 'node_modules/axios/package.json' }], index)
    assert.deepEqual(v, {
      advisoryId: 'GHSA-4w2v-q235-vp99',
      aliases: ['CVE-2020-28168'],
      ecosystem: 'npm',
      name: 'axios',
      version: '0.21.0',
      manifestPath: 'node_modules/axios/package.json',
      severity: 'MODERATE',
      fixedIn: '0.21.1',
      summary: 'axios follows a redirect to another host, which allows server-side request forgery',
    })
  })
  it('SEMVER last_affected and pre-release ranges', () => {
    const at = (v: string) => ids(dep('npm', 'clearsky-fixture-parser', v))
    assert.deepEqual(at('1.1.9'), [])
    assert.deepEqual(at('1.2.0'), ['GHSA-9c4h-3f7v-xm2p'])
    assert.deepEqual(at('1.4.2'), ['GHSA-9c4h-3f7v-xm2p'])
    assert.deepEqual(at('1.4.3'), [])
    assert.deepEqual(at('2.0.0-beta.3'), ['GHSA-9c4h-3f7v-xm2p'])
    assert.deepEqual(at('2.0.0'), [])
    assert.equal(matchVulnerabilities([dep('npm', 'clearsky-fixture-parser', '1.3.0')], index)[0]?.severity, 'MEDIUM', 'rated from the CVSS v3 vector')
  })
  it('PyPI: PEP 503 names, PEP 440 versions, and the explicit versions list', () => {
    assert.deepEqual(ids(dep('PyPI', 'Requests', '2.25.0')), ['GHSA-j8r2-6x86-q33q'])
    assert.deepEqual(ids(dep('PyPI', 'requests', '2.2.1')), [], 'before introduced')
    assert.deepEqual(ids(dep('PyPI', 'requests', '2.31.0')), [])
    assert.deepEqual(ids(dep('PyPI', 'PyYAML', '5.3')), ['PYSEC-2020-96'])
    assert.deepEqual(ids(dep('PyPI', 'py_yaml', '5.3')), [], 'a different normalized name')
    assert.deepEqual(ids(dep('PyPI', 'PyYAML', '5.3.1')), [])
    assert.equal(matchVulnerabilities([dep('PyPI', 'pyyaml', '5.1')], index)[0]?.severity, 'CRITICAL')
  })
  it('PyPI pre- and post-releases', () => {
    const at = (v: string) => ids(dep('PyPI', 'Clearsky-Fixture-Tool', v))
    assert.deepEqual(at('1.0b2'), [])
    assert.deepEqual(at('1.0rc1'), ['PYSEC-0000-1'])
    assert.deepEqual(at('1.0'), ['PYSEC-0000-1'])
    assert.deepEqual(at('1.0.post1'), [])
  })
  it('Go: module versions with the v prefix', () => {
    assert.deepEqual(ids(dep('Go', 'golang.org/x/net', 'v0.7.0')), ['GO-2023-2102'])
    assert.deepEqual(ids(dep('Go', 'golang.org/x/net', 'v0.17.0')), [])
    assert.deepEqual(ids(dep('Go', 'golang.org/x/net', 'v0.0.0-20220722155237-a158d28d115b')), ['GO-2023-2102'], 'pseudo-versions compare as pre-releases')
  })
  it('dependencies without an exact version, or of another ecosystem, are not matched', () => {
    assert.deepEqual(ids(dep('PyPI', 'requests')), [])
    assert.deepEqual(ids(dep('PyPI', 'lodash', '4.17.11')), [])
    assert.deepEqual(ids(dep('npm', 'lodash', 'not-a-version')), [])
  })
})
