import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { renderComplianceSummary } from './summary.js'
import type { FrameworkResult } from '../core/finding.js'

const RESULT: FrameworkResult = {
  id: 'cis-7.0',
  title: 'CIS',
  version: '7.0.0',
  score: 50,
  controls: [
    { id: '2.14', title: 'admin', status: 'pass', checkIds: ['a'], findings: { pass: 1, fail: 0, unknown: 0, muted: 1 } },
    { id: '2.21', title: 'public', status: 'fail', checkIds: ['b'], findings: { pass: 0, fail: 2, unknown: 0, muted: 0 } },
    { id: '4.6', title: 'rotation', status: 'not-evaluated', checkIds: ['c'] },
    { id: '2.2', title: 'contacts', status: 'manual', checkIds: [] },
  ],
}

describe('renderComplianceSummary', () => {
  const lines = renderComplianceSummary([RESULT]).split('\n')
  it('lists evaluated controls with their status and finding counts', () => {
    assert.ok(lines.some((l) => /✓ pass\s+2\.14 .*\[1 muted\]/.test(l)))
    assert.ok(lines.some((l) => /✗ fail\s+2\.21 .*\[2 failed\]/.test(l)))
    assert.ok(!lines.some((l) => /\b4\.6\b/.test(l)), 'not-evaluated controls are only counted')
  })
  it('names manual controls, counts not-evaluated ones, and gives the score', () => {
    assert.ok(lines.some((l) => /manual.*\(1\): 2\.2$/.test(l)))
    assert.ok(lines.some((l) => /not evaluated \(1\)/.test(l)))
    assert.ok(lines.some((l) => /score: 50% \(1 of 2 evaluated controls pass; 1 fail, 0 unknown\)/.test(l)))
  })
  it('verbose lists every control', () => {
    const verbose = renderComplianceSummary([RESULT], { verbose: true })
    assert.match(verbose, /n\/e\s+4\.6 /)
    assert.match(verbose, /manual\s+2\.2 /)
  })
  it('says so when nothing could be evaluated', () => {
    const none = renderComplianceSummary([{ ...RESULT, score: 0, controls: [RESULT.controls[3]!] }])
    assert.match(none, /score: no automated control could be evaluated/)
  })
})
