/**
 * Values of the root module's variables, with Terraform's precedence (later wins): the
 * variable's default, `terraform.tfvars`, `terraform.tfvars.json`, `*.auto.tfvars(.json)` in
 * lexical order, then `--var-file` files in the order given, then `--var NAME=VALUE`.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluate, type Scope } from '../eval/evaluate.js'
import { EvalError, Unknown, type Value } from '../eval/values.js'
import { parseJsonWithPositions, plainJson } from '../hcl/json-parse.js'
import { LineIndex } from '../hcl/lines.js'
import { HclSyntaxError, parseHclExpression } from '../hcl/parser.js'
import type { IacFileError } from '../../iac/types.js'
import { readHclFile } from './files.js'

const NO_NAMES: Scope = {
  root: (n) => {
    throw new EvalError(`variable files cannot refer to "${n}"`)
  },
  functions: {
    moduleDir: '.',
    readFile: () => {
      throw new EvalError('variable files cannot read files')
    },
    templateFile: () => new Unknown('templatefile() in a variable file'),
  },
}

export interface VariableValues {
  values: Map<string, Value>
  errors: IacFileError[]
  /** Files read. */
  files: string[]
}

/** Reads one `.tfvars` (HCL) or `.tfvars.json` file into `into`. */
export function readVarFile(path: string, into: VariableValues): void {
  if (path.endsWith('.json')) {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (err) {
      into.errors.push({ file: path, code: 'VAR_FILE', message: `cannot read variable values: ${(err as NodeJS.ErrnoException).code ?? String(err)}` })
      return
    }
    try {
      // Values of a .tfvars.json file are literal JSON (no templates), as Terraform reads them.
      const root = parseJsonWithPositions(text)
      if (root.kind !== 'object') throw new HclSyntaxError('expected a JSON object of variable values', root.start)
      for (const p of root.props) into.values.set(p.key, plainJson(p.value) as Value)
      into.files.push(path)
    } catch (err) {
      if (!(err instanceof HclSyntaxError)) throw err
      const lines = new LineIndex(text)
      into.errors.push({ file: path, line: lines.line(err.offset), column: lines.column(err.offset), code: 'VAR_FILE', message: `cannot read variable values: ${err.message}` })
    }
    return
  }
  const r = readHclFile(path)
  if (r.error) {
    into.errors.push(r.error)
    return
  }
  into.files.push(path)
  for (const attr of r.file!.body.attributes) {
    try {
      into.values.set(attr.name, evaluate(attr.expr, { scope: NO_NAMES }))
    } catch (err) {
      if (!(err instanceof EvalError)) throw err
      into.errors.push({ file: path, line: r.file!.lines.line(attr.start), code: 'VAR_FILE', message: `${attr.name}: ${err.message}` })
    }
  }
}

/** A `--var` value: HCL syntax for lists and maps (`["a","b"]`, `{k="v"}`), otherwise the text itself. */
export function parseVarFlag(raw: string): Value {
  const t = raw.trim()
  if (t.startsWith('[') || t.startsWith('{')) {
    try {
      return evaluate(parseHclExpression(t), { scope: NO_NAMES })
    } catch (err) {
      if (!(err instanceof HclSyntaxError) && !(err instanceof EvalError)) throw err
    }
  }
  return raw
}

/** Every variable value given to a root module in `dir`. */
export function rootVariableValues(dir: string, varFiles: readonly string[], vars: Readonly<Record<string, string>>): VariableValues {
  const out: VariableValues = { values: new Map(), errors: [], files: [] }
  let names: string[] = []
  try {
    names = readdirSync(dir).sort()
  } catch {
    // The directory was listed by discovery; a race is not worth an error here.
  }
  const auto = [
    ...names.filter((n) => n === 'terraform.tfvars'),
    ...names.filter((n) => n === 'terraform.tfvars.json'),
    ...names.filter((n) => n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')),
  ]
  for (const n of auto) readVarFile(join(dir, n), out)
  for (const f of varFiles) readVarFile(f, out)
  for (const [k, v] of Object.entries(vars)) out.values.set(k, parseVarFlag(v))
  return out
}
