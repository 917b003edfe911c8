import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { CsvError, parseCsv, parseCsvObjects } from './csv.js'

describe('parseCsv', () => {
  it('splits plain records on commas and line ends (LF and CRLF)', () => {
    assert.deepEqual(parseCsv('a,b,c\n1,2,3\r\n4,5,6'), [
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
    ])
  })

  it('a trailing line break makes no empty record; empty fields stay', () => {
    assert.deepEqual(parseCsv('a,,c\n,,\n'), [
      ['a', '', 'c'],
      ['', '', ''],
    ])
  })

  it('quoted fields keep commas, doubled quotes and line breaks', () => {
    assert.deepEqual(parseCsv('user,note\n"ops,admin","said ""hi""\nthere"\n'), [
      ['user', 'note'],
      ['ops,admin', 'said "hi"\nthere'],
    ])
  })

  it('rejects an unclosed quote and text after a closing quote', () => {
    assert.throws(() => parseCsv('a\n"open'), CsvError)
    assert.throws(() => parseCsv('"a"b,c'), CsvError)
    assert.throws(() => parseCsv('a"b,c'), CsvError)
  })

  it('empty input has no records', () => {
    assert.deepEqual(parseCsv(''), [])
  })
})

describe('parseCsvObjects', () => {
  it('keys records by the header', () => {
    assert.deepEqual(parseCsvObjects('user,mfa_active\nalice,true\n"b,ob",false\n'), [
      { user: 'alice', mfa_active: 'true' },
      { user: 'b,ob', mfa_active: 'false' },
    ])
  })

  it('a record with the wrong number of fields is an error, not a shifted row', () => {
    assert.throws(() => parseCsvObjects('a,b\n1,2,3\n'), /record 2 has 3 fields/)
  })
})
