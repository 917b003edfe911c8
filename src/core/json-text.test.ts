import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { findJsonError, invalidUtf8Offset, positionAt, tooDeepAt } from './json-text.js'

describe('JSON text diagnostics', () => {
  it('finds no error in valid JSON, of any nesting', () => {
    for (const t of ['{}', '[]', ' 5 ', '"a\\u00e9\\n"', '{"a": [1, -2.5e3, true, false, null, {"b": {}}]}', `${'['.repeat(10_000)}${']'.repeat(10_000)}`]) {
      JSON.parse(t)
      assert.equal(findJsonError(t), undefined, t.slice(0, 40))
    }
  })
  it('agrees with JSON.parse on what is an error, and says where', () => {
    const cases: [string, number, RegExp][] = [
      ['{"a": 1,}', 8, /property name/],
      ['[1, 2', 5, /ends in the middle/],
      ['{"a" 1}', 5, /expected ':'/],
      ['[1 2]', 3, /expected ',' or '\]'/],
      ['{"a": "x\ny"}', 8, /control character '\\u000a'/],
      ['{"a": "\\x"}', 7, /invalid escape/],
      ['[tru]', 1, /expected a value/],
      ['{} x', 3, /after the end/],
      ['"abc', 0, /never closed/],
      ['{"a": 01}', 7, /expected ',' or '}'/],
    ]
    for (const [text, index, message] of cases) {
      assert.throws(() => JSON.parse(text))
      const e = findJsonError(text)
      assert.equal(e?.index, index, text)
      assert.match(e!.message, message, text)
    }
  })
  it('positions, depth and UTF-8', () => {
    assert.deepEqual(positionAt('ab\ncd\nef', 4), { line: 2, column: 2 })
    assert.equal(tooDeepAt('[[["[[[["]]]', 3), -1)
    assert.equal(tooDeepAt('{"a": [[1]]}', 2), 7)
    assert.equal(invalidUtf8Offset(Buffer.from('héllo €𝄞')), -1)
    assert.equal(invalidUtf8Offset(Buffer.from([0x61, 0xc3, 0x28])), 1)
    assert.equal(invalidUtf8Offset(Buffer.from([0xed, 0xa0, 0x80])), 0, 'a UTF-16 surrogate')
    assert.equal(invalidUtf8Offset(Buffer.from([0xc0, 0xaf])), 0, 'overlong')
    assert.equal(invalidUtf8Offset(Buffer.from([0x61, 0xe2, 0x82])), 1, 'truncated')
  })
})
