/**
 * A small RFC 4180 CSV reader for the IAM credential report. IAM user names may contain commas
 * (`+=,.@_-` are allowed), so fields are read with quoting rules, not split on commas: a quoted
 * field may hold commas, line breaks and doubled quotes (`""`). CRLF and LF line ends are both
 * accepted; a trailing line break does not make an empty record. Pure.
 */

export class CsvError extends Error {
  override name = 'CsvError'
}

/** Every record as an array of fields. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  let i = 0
  // Set once a record has any content (so an empty last line is not a record).
  let started = false
  const endField = () => {
    record.push(field)
    field = ''
  }
  const endRecord = () => {
    endField()
    records.push(record)
    record = []
    started = false
  }
  while (i < text.length) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') throw new CsvError(`unexpected character after a closing quote at offset ${i}`)
        continue
      }
      field += ch
      i++
      continue
    }
    if (ch === '"') {
      if (field !== '') throw new CsvError(`a quote inside an unquoted field at offset ${i}`)
      quoted = true
      started = true
      i++
      continue
    }
    if (ch === ',') {
      endField()
      started = true
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      if (started || field !== '') endRecord()
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
      continue
    }
    field += ch
    started = true
    i++
  }
  if (quoted) throw new CsvError('a quoted field is not closed')
  if (started || field !== '') endRecord()
  return records
}

/**
 * Records keyed by the header row. A record with a different number of fields than the header
 * is an error: the report would be misread column by column.
 */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  if (!header) return []
  return rows.map((row, n) => {
    if (row.length !== header.length) throw new CsvError(`record ${n + 2} has ${row.length} fields, the header has ${header.length}`)
    return Object.fromEntries(header.map((h, i) => [h, row[i]!]))
  })
}
