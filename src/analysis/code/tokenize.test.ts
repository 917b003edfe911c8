import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { tokenize } from './tokenize.js'

const texts = (src: string, lang: 'python' | 'javascript') => tokenize(src, lang).filter((t) => t.kind !== 'newline').map((t) => t.text)

describe('tokenize', () => {
  it('Python: comments are dropped, strings keep their content, f-strings expose their expressions', () => {
    const toks = tokenize('x = f"a {b.c!r:>4} {{lit}}"  # eval(x)\ny = rb\'\\x00\'\n', 'python')
    assert.deepEqual(
      toks.filter((t) => t.kind !== 'newline').map((t) => t.text),
      ['x', '=', 'a {b.c!r:>4} {{lit}}', 'y', '=', '\\x00'],
    )
    const f = toks[2]!
    assert.equal(f.interpolated, true)
    assert.deepEqual(
      f.parts?.map((p) => p.text),
      ['b', '.', 'c'],
    )
    assert.equal(toks.find((t) => t.text === 'y')?.line, 2)
  })
  it('Python: a brace-escaped f-string is not interpolated; newlines inside brackets do not end the line', () => {
    const toks = tokenize('f(\n  f"{{x}}",\n  2)\nz = 1\n', 'python')
    assert.equal(toks.find((t) => t.kind === 'string')?.interpolated, undefined)
    assert.equal(toks.filter((t) => t.kind === 'newline').length, 2)
  })
  it('Python: triple-quoted strings span lines and keep line numbers right after them', () => {
    const toks = tokenize('q = """\nSELECT\n"""\nrun(q)\n', 'python')
    assert.equal(toks.find((t) => t.text === 'run')?.line, 4)
  })
  it('JavaScript: template literals expose ${} expressions, nested templates included', () => {
    const toks = tokenize('const s = `a ${b + `c ${d}`} e`\n', 'javascript')
    const tpl = toks.find((t) => t.template)!
    assert.equal(tpl.interpolated, true)
    assert.deepEqual(
      tpl.parts?.filter((p) => p.kind === 'ident').map((p) => p.text),
      ['b'],
    )
  })
  it('JavaScript: comments and regular expressions are not code', () => {
    assert.deepEqual(texts('a = /\\/eval(x)/g.test(y) // eval(z)\n/* eval(w) */ b = c / d / e\n', 'javascript'), ['a', '=', '/\\/eval(x)/g', '.', 'test', '(', 'y', ')', 'b', '=', 'c', '/', 'd', '/', 'e'])
  })
  it('never throws on unterminated input', () => {
    for (const src of ['"abc', "f'{x", '`${a', '/* x', 'r"""abc']) {
      assert.doesNotThrow(() => tokenize(src, 'python'))
      assert.doesNotThrow(() => tokenize(src, 'javascript'))
    }
  })
})
