/**
 * HashiCorp's own HCL parser (@cdktf/hcl2json, Go compiled to WebAssembly) as the judge of
 * whether a `.tf` file is valid, so users get Terraform's wording and position for syntax
 * errors. Values and line numbers come from this scanner's parser; this only validates.
 *
 * The package's JavaScript wrapper is asynchronous, but the Go functions it registers answer
 * synchronously, so the module is instantiated here directly (once per process, ~0.5 s).
 * It is slow on large inputs (seconds per 100 KB) and overflows its stack on deep nesting,
 * so it only sees files that are small and that our parser found shallow.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gunzipSync } from 'node:zlib'

/** Files larger than this are validated by this scanner's parser alone. */
export const MAX_VALIDATED_BYTES = 256 * 1024

export interface ValidationError {
  line?: number
  column?: number
  message: string
}

type ParseFn = (file: string, text: string, cb: (err: string | null, json: string) => void) => void

let parseFn: ParseFn | null | undefined

function load(): ParseFn | null {
  if (parseFn !== undefined) return parseFn
  try {
    const require = createRequire(import.meta.url)
    const base = dirname(require.resolve('@cdktf/hcl2json/package.json'))
    require(join(base, 'wasm', 'bridge_wasm_exec.js'))
    const Go = (globalThis as unknown as { Go: new () => { importObject: WebAssembly.Imports; run(i: WebAssembly.Instance): Promise<void> } }).Go
    const go = new Go()
    const instance = new WebAssembly.Instance(new WebAssembly.Module(gunzipSync(readFileSync(join(base, 'main.wasm.gz')))), go.importObject)
    const root: Record<string, unknown> = {}
    ;(globalThis as Record<string, unknown>).__parse_terraform_config_wasm__ = root
    void go.run(instance)
    parseFn = typeof root.parse === 'function' ? (root.parse as ParseFn) : null
  } catch {
    parseFn = null
  }
  return parseFn
}

/**
 * The first syntax error HashiCorp's parser reports for the file, or undefined when it
 * accepts it (or cannot be run: then this scanner's parser is the only judge).
 */
export function validateWithHashicorpParser(file: string, text: string): ValidationError | undefined {
  if (Buffer.byteLength(text) > MAX_VALIDATED_BYTES) return undefined
  const parse = load()
  if (!parse) return undefined
  let error: string | null = null
  let answered = false
  try {
    parse(file, text, (err) => {
      answered = true
      error = err
    })
  } catch {
    // A crash inside the WebAssembly module leaves it unusable; stop using it.
    parseFn = null
    return undefined
  }
  if (!answered || !error) return undefined
  return describe(error as string, file)
}

/** `parse config: [main.tf:2,7-3,1: Invalid expression; Expected the start …]` → line, column, message. */
function describe(raw: string, file: string): ValidationError {
  const body = raw.replace(/^parse config:\s*\[?/, '').replace(/\]$/, '')
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const m = new RegExp(`^${escaped}:(\\d+),(\\d+)(?:-\\d+(?:,\\d+)?)?:\\s*(.*?)(?=\\s${escaped}:\\d+,\\d+|$)`, 's').exec(body)
  if (!m) return { message: body.trim() }
  return { line: Number(m[1]), column: Number(m[2]), message: m[3]!.trim().replace(/;\s*/, ': ') }
}
