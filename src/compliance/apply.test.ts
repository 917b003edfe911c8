import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { applyCompliance } from './apply.js'
import { buildComplianceIndex, checksOfFrameworks } from './index.js'
import { control, defineFramework, manualControl } from './types.js'
import type { Finding, ScanReport } from '../core/finding.js'
import { summarize } from '../core/engine.js'
import { deepFreeze } from '../../test/deep-freeze.js'

const FW = defineFramework({
  id: 'test-fw',
  title: 'Test framework',
  version: '1',
  source: 'written for this test',
  verifiedAt: '2026-11-27',
  controls: [
    control('1', 'fails when any mapped finding fails', ['lambda-a', 'lambda-b']),
    control('2', 'unknown when one could not be evaluated', ['lambda-b', 'lambda-c']),
    control('3', 'passes with passes only', ['lambda-b']),
    control('4', 'passes when its only failure is muted', ['lambda-d']),
    control('5', 'not evaluated when its check only skipped', ['lambda-e']),
    control('6', 'not evaluated when its check did not run', ['lambda-zzz']),
    control('7', 'not evaluated without checks'),
    manualControl('8', 'manual'),
  ],
})
const OTHER = defineFramework({ id: 'other', title: 'Other', version: '2', source: 'test', verifiedAt: '2026-11-27', controls: [control('X', 'x', ['lambda-a'])] })

function f(checkId: string, status: Finding['status'], over: Partial<Finding> = {}): Finding {
  return { checkId, status, severity: 'high', title: 't', resourceType: 'lambda.function', resourceId: `${checkId}-${status}`, resourceName: 'n', region: 'us-east-1', messageId: 'm', message: 'm', data: {}, ...over }
}

function report(findings: Finding[]): ScanReport {
  return {
    schemaVersion: 1,
    tool: { name: 'clearsky', version: '0' },
    startedAt: '2026-11-27T00:00:00Z',
    finishedAt: '2026-11-27T00:00:01Z',
    scope: { kind: 'snapshot', regions: ['us-east-1'] },
    findings,
    gaps: [],
    notes: [],
    summary: summarize(findings, 5, 5),
  }
}

const FINDINGS = [
  f('lambda-a', 'fail'),
  f('lambda-a', 'pass'),
  f('lambda-b', 'pass'),
  f('lambda-c', 'unknown'),
  f('lambda-d', 'fail', { muted: { reason: 'accepted', rule: 'r' } }),
  f('lambda-e', 'skip'),
  f('lambda-unmapped', 'fail', { compliance: ['stale:ref'] }),
]

describe('applyCompliance', () => {
  const out = applyCompliance(deepFreeze(report(FINDINGS)), [FW, OTHER])
  const result = out.compliance!.find((r) => r.id === 'test-fw')!
  const status = (id: string) => result.controls.find((c) => c.id === id)!.status

  it('decides each control: fail > unknown > pass (muted counts as accepted) > not-evaluated; manual stays manual', () => {
    assert.deepEqual(
      result.controls.map((c) => `${c.id}:${c.status}`),
      ['1:fail', '2:unknown', '3:pass', '4:pass', '5:not-evaluated', '6:not-evaluated', '7:not-evaluated', '8:manual'],
    )
  })

  it('counts the findings behind each control, muted apart and skips left out', () => {
    assert.deepEqual(result.controls.find((c) => c.id === '1')!.findings, { pass: 2, fail: 1, unknown: 0, muted: 0 })
    assert.deepEqual(result.controls.find((c) => c.id === '4')!.findings, { pass: 0, fail: 0, unknown: 0, muted: 1 })
    assert.deepEqual(result.controls.find((c) => c.id === '5')!.findings, { pass: 0, fail: 0, unknown: 0, muted: 0 })
    assert.equal(result.controls.find((c) => c.id === '8')!.findings, undefined)
  })

  it('scores passing controls over evaluated ones, unknown counting as not passing', () => {
    assert.equal(status('3'), 'pass')
    assert.equal(result.score, 50) // 2 pass of 4 evaluated (fail, unknown, pass, pass)
    assert.deepEqual(result.counts, { pass: 2, fail: 1, unknown: 1, manual: 1, 'not-evaluated': 3 })
    assert.equal(out.compliance!.find((r) => r.id === 'other')!.score, 0) // its only control fails
  })

  it('attaches framework:control references to findings and drops stale ones', () => {
    assert.deepEqual(out.findings[0]!.compliance, ['test-fw:1', 'other:X'])
    assert.deepEqual(out.findings[2]!.compliance, ['test-fw:1', 'test-fw:2', 'test-fw:3'])
    assert.equal(out.findings[6]!.compliance, undefined)
  })

  it('with selected frameworks, evaluates and references only those', () => {
    const only = applyCompliance(report(FINDINGS), [FW, OTHER], ['other'])
    assert.deepEqual(only.compliance!.map((r) => r.id), ['other'])
    assert.deepEqual(only.findings[0]!.compliance, ['other:X'])
    assert.equal(only.findings[2]!.compliance, undefined)
  })

  it('rejects an unknown framework id', () => {
    assert.throws(() => applyCompliance(report([]), [FW], ['nope']), /unknown framework 'nope'/)
  })

  it('scores 0 and evaluates nothing when no mapped check produced findings', () => {
    const empty = applyCompliance(report([]), [FW]).compliance![0]!
    assert.equal(empty.score, 0)
    assert.equal(empty.counts!['not-evaluated'], 7)
  })

  it('does not mutate the report', () => {
    const input = deepFreeze(report(FINDINGS))
    applyCompliance(input, [FW])
    assert.deepEqual(input.findings[6]!.compliance, ['stale:ref'])
    assert.equal(input.compliance, undefined)
  })
})

describe('compliance index', () => {
  it('inverts framework → control → checks, without duplicates', () => {
    const index = buildComplianceIndex([FW, OTHER])
    assert.deepEqual(index.get('lambda-b'), ['test-fw:1', 'test-fw:2', 'test-fw:3'])
    assert.deepEqual(index.get('lambda-a'), ['test-fw:1', 'other:X'])
    assert.equal(index.get('lambda-unmapped'), undefined)
  })
  it('lists the checks of frameworks', () => {
    assert.deepEqual([...checksOfFrameworks([OTHER])], ['lambda-a'])
  })
})
