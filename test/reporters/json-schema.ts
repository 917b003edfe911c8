import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import formats from 'ajv-formats'

// ajv-formats is CommonJS with `exports.default`; under ESM the default import is the module
// object in some loaders and the function in others.
const addFormats = ((formats as unknown as { default?: unknown }).default ?? formats) as unknown as (ajv: Ajv) => Ajv

/**
 * Compiles a JSON Schema from test/fixtures/schemas/. The SARIF 2.1.0 schema is draft-07, which
 * Ajv's default class speaks. `unicodeRegExp: false` because that schema's `language` pattern
 * (`…-[a-zA-Z]{2}]?$`) is invalid under the `u` flag Ajv uses by default; `strict: false`
 * because strict mode rejects parts of it that JSON Schema allows (e.g. `default`s it cannot
 * check).
 */
export function compileSchema(file: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(new URL(`../fixtures/schemas/${file}`, import.meta.url), 'utf8')) as object
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
  addFormats(ajv)
  return ajv.compile(schema)
}

export function schemaErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n')
}
