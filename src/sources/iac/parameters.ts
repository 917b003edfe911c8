/**
 * Template parameter values from the command line: `--parameter Key=Value` (repeatable) and
 * `--parameters FILE` in CloudFormation's `[{ "ParameterKey": …, "ParameterValue": … }]`
 * format (what `aws cloudformation create-stack --parameters file://…` takes) or as a plain
 * `{ "Key": "Value" }` map. Flags win over the file.
 */
import { readFileSync } from 'node:fs'

export class ParameterError extends Error {
  override name = 'ParameterError'
}

export function parseParameterFlags(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const v of values) {
    const eq = v.indexOf('=')
    if (eq <= 0) throw new ParameterError(`--parameter expects Key=Value, got '${v}'`)
    out[v.slice(0, eq).trim()] = v.slice(eq + 1)
  }
  return out
}

export function readParametersFile(file: string): Record<string, string> {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new ParameterError(`${file}: ${code === 'ENOENT' ? 'no such file' : code ? `cannot read (${code})` : `not valid JSON (${(err as Error).message})`}`)
  }
  const out: Record<string, string> = {}
  if (Array.isArray(data)) {
    data.forEach((entry, i) => {
      const e = entry as Record<string, unknown> | null
      if (!e || typeof e.ParameterKey !== 'string' || !('ParameterValue' in e)) throw new ParameterError(`${file}: entry ${i} needs ParameterKey and ParameterValue`)
      out[e.ParameterKey] = String(e.ParameterValue)
    })
    return out
  }
  if (data && typeof data === 'object') {
    // `{ "Parameters": { … } }` is the format of CodePipeline template configuration files.
    const map = 'Parameters' in data && typeof (data as { Parameters: unknown }).Parameters === 'object' ? (data as { Parameters: Record<string, unknown> }).Parameters : (data as Record<string, unknown>)
    for (const [k, v] of Object.entries(map)) {
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) throw new ParameterError(`${file}: value of ${k} must be a string`)
      out[k] = Array.isArray(v) ? v.join(',') : String(v)
    }
    return out
  }
  throw new ParameterError(`${file}: expected a list of { ParameterKey, ParameterValue } or a { Key: Value } map`)
}
