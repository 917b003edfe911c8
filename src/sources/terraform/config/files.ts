/**
 * Reads the `.tf` files of one directory (a Terraform module is every `.tf` file of a
 * directory). Each file is checked by HashiCorp's parser when small enough, then parsed by
 * this scanner's parser for values and positions. A file that fails is an error for that
 * file; the module goes on with the others.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Body } from '../hcl/ast.js'
import { LineIndex } from '../hcl/lines.js'
import { HclSyntaxError, parseHcl } from '../hcl/parser.js'
import { validateWithHashicorpParser } from '../hcl/validate.js'
import { MAX_TEMPLATE_BYTES } from '../../iac/limits.js'
import type { IacFileError } from '../../iac/types.js'

/**
 * A `.tf` file larger than this is not read: hand-written modules stay far below (a few
 * hundred KB at most); the same bound as CloudFormation templates.
 */
export const MAX_TF_BYTES = MAX_TEMPLATE_BYTES

export interface ParsedFile {
  /** Path as shown to the user (relative when the scan path was relative). */
  path: string
  text: string
  lines: LineIndex
  body: Body
}

export interface FileResult {
  file?: ParsedFile
  error?: IacFileError
}

/** Reads and parses one HCL file (`.tf` or `.tfvars`). */
export function readHclFile(path: string): FileResult {
  let text: string
  try {
    const size = statSync(path).size
    if (size > MAX_TF_BYTES) return { error: { file: path, code: 'TOO_LARGE', message: `${(size / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_TF_BYTES / 1024 / 1024} MB this scanner reads for one .tf file` } }
    text = readFileSync(path, 'utf8')
  } catch (err) {
    return { error: { file: path, code: 'READ', message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` } }
  }
  return parseHclText(path, text)
}

export function parseHclText(path: string, text: string): FileResult {
  const lines = new LineIndex(text)
  let body: Body
  try {
    body = parseHcl(text)
  } catch (err) {
    if (!(err instanceof HclSyntaxError)) throw err
    // Terraform's own wording for the same file, when its parser can judge it.
    const official = err.code === 'TOO_DEEP' ? undefined : validateWithHashicorpParser(basename(path), text)
    if (official) return { error: { file: path, ...(official.line ? { line: official.line, column: official.column ?? 1 } : { line: lines.line(err.offset), column: lines.column(err.offset) }), code: 'HCL_SYNTAX', message: official.message } }
    return { error: { file: path, line: lines.line(err.offset), column: lines.column(err.offset), code: err.code, message: err.message } }
  }
  const official = validateWithHashicorpParser(basename(path), text)
  if (official) return { error: { file: path, ...(official.line ? { line: official.line, column: official.column ?? 1 } : {}), code: 'HCL_SYNTAX', message: official.message } }
  return { file: { path, text, lines, body } }
}

/** The `.tf` files of a directory, sorted (Terraform reads them all as one module). */
export function tfFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.tf') && !f.startsWith('.'))
      .sort()
      .map((f) => join(dir, f))
      .filter((p) => {
        try {
          return statSync(p).isFile()
        } catch {
          return false
        }
      })
  } catch {
    return []
  }
}
