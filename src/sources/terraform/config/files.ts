/**
 * Reads the `.tf` and `.tf.json` files of one directory (a Terraform module is every such
 * file of a directory, in either syntax). A `.tf` file is checked by HashiCorp's parser when
 * small enough, then parsed by this scanner's parser for values and positions; a `.tf.json`
 * file is mapped onto the same syntax tree (hcl/json-body.ts). A file that fails is an error
 * for that file; the module goes on with the others.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Body } from '../hcl/ast.js'
import { LineIndex } from '../hcl/lines.js'
import { jsonToBody } from '../hcl/json-body.js'
import { parseJsonWithPositions } from '../hcl/json-parse.js'
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

/** Reads and parses one configuration file: HCL (`.tf`, `.tfvars`) or Terraform's JSON syntax (`.tf.json`). */
export function readHclFile(path: string): FileResult {
  let text: string
  try {
    const size = statSync(path).size
    if (size > MAX_TF_BYTES) return { error: { file: path, code: 'TOO_LARGE', message: `${(size / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_TF_BYTES / 1024 / 1024} MB this scanner reads for one .tf file` } }
    text = readFileSync(path, 'utf8')
  } catch (err) {
    return { error: { file: path, code: 'READ', message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` } }
  }
  return path.endsWith('.json') ? parseTfJsonText(path, text) : parseHclText(path, text)
}

/** A `.tf.json` file: JSON with positions, mapped onto the same syntax tree as `.tf` files. */
export function parseTfJsonText(path: string, text: string): FileResult {
  const lines = new LineIndex(text)
  try {
    return { file: { path, text, lines, body: jsonToBody(parseJsonWithPositions(text)) } }
  } catch (err) {
    if (!(err instanceof HclSyntaxError)) throw err
    return { error: { file: path, line: lines.line(err.offset), column: lines.column(err.offset), code: err.code === 'TOO_DEEP' ? 'TOO_DEEP' : 'JSON_SYNTAX', message: err.message } }
  }
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

/** Is this a Terraform configuration file (native or JSON syntax)? */
export const isTfConfigFile = (name: string): boolean => name.endsWith('.tf') || name.endsWith('.tf.json')

/** The `.tf` and `.tf.json` files of a directory, sorted (Terraform reads them all as one module). */
export function tfFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => isTfConfigFile(f) && !f.startsWith('.'))
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
