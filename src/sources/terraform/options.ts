/**
 * `scan iac --var NAME=VALUE` and `--var-file FILE`, checked before the scan starts (a
 * missing variable file is a usage error, as it is for `terraform plan`).
 */
import { existsSync } from 'node:fs'

export class TerraformOptionError extends Error {
  override name = 'TerraformOptionError'
}

export interface TerraformVarOptions {
  terraformVars?: Record<string, string>
  terraformVarFiles?: string[]
}

export function terraformVarOptions(vars: readonly string[] = [], varFiles: readonly string[] = []): TerraformVarOptions {
  const out: TerraformVarOptions = {}
  if (vars.length) {
    const values: Record<string, string> = {}
    for (const v of vars) {
      const eq = v.indexOf('=')
      const name = eq > 0 ? v.slice(0, eq).trim() : ''
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) throw new TerraformOptionError(`--var expects NAME=VALUE, got '${v}'`)
      values[name] = v.slice(eq + 1)
    }
    out.terraformVars = values
  }
  for (const f of varFiles) if (!existsSync(f)) throw new TerraformOptionError(`--var-file ${f}: no such file`)
  if (varFiles.length) out.terraformVarFiles = [...varFiles]
  return out
}
