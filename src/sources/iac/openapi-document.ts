/**
 * Reads an OpenAPI definition given as text (a Terraform `body` string, a `file()` result) or
 * as a local file (SAM `DefinitionUri`): JSON or YAML, with the same size, depth and alias
 * limits as templates. Intrinsic-function tags in a YAML file are kept as plain values: SAM
 * does not resolve them in a DefinitionUri file either.
 */
import { readFileSync, statSync } from 'node:fs'
import { MAX_TEMPLATE_BYTES } from './limits.js'
import { DocumentError, loadYamlDocument } from './yaml-source.js'

export type OpenApiDocument = { value: unknown } | { error: string }

/** Parses definition text (JSON is YAML too). */
export function parseOpenApiText(text: string): OpenApiDocument {
  if (text.length > MAX_TEMPLATE_BYTES) return { error: `the definition is larger than the ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB this scanner reads` }
  try {
    return { value: loadYamlDocument(text).value }
  } catch (err) {
    if (err instanceof DocumentError) return { error: `the definition is not valid JSON or YAML${err.detail.line ? ` (line ${err.detail.line})` : ''}: ${err.message}` }
    throw err
  }
}

/** Reads a local definition file. */
export function readOpenApiFile(path: string): OpenApiDocument {
  try {
    const size = statSync(path).size
    if (size > MAX_TEMPLATE_BYTES) return { error: `${path} is larger than the ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB this scanner reads` }
    return parseOpenApiText(readFileSync(path, 'utf8'))
  } catch (err) {
    return { error: `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }
  }
}
