/**
 * Table tests for the source-code finders of src/analysis/code (dynamic execution, SQL string
 * building …): each case is a source text and the findings it must give, in order.
 */
import { it } from 'node:test'
import assert from 'node:assert/strict'
import type { CodeLanguage } from '../../src/model/lambda.js'

/** A finding as the table states it: its line, its sink and the finder's own detail (source, construction …). */
export type ExpectedFinding = [line: number, sink: string, detail: string]

export interface SourceCase {
  name: string
  code: string
  /** Expected findings; empty = must not fire. */
  expect: ExpectedFinding[]
}

/**
 * One test per case: the finder runs on the code as app.py or index.js, and its findings,
 * reduced by `expected`, must equal the table's; `eachFinding` asserts more on every finding.
 */
export function testSourceFinder<F>(
  find: (file: { path: string; text: string }, language: CodeLanguage) => F[],
  expected: (finding: F) => ExpectedFinding,
  language: CodeLanguage,
  cases: SourceCase[],
  eachFinding?: (finding: F) => void,
): void {
  for (const c of cases) {
    it(c.name, () => {
      const found = find({ path: language === 'python' ? 'app.py' : 'index.js', text: c.code }, language)
      assert.deepEqual(found.map(expected), c.expect)
      for (const f of found) eachFinding?.(f)
    })
  }
}
