/**
 * Masks secret-looking Lambda environment values before an inventory is written to a snapshot
 * (`clearsky collect aws`, unless --include-secrets). Only values the detector flags are masked,
 * so harmless ones such as TABLE_NAME stay readable; a masked value keeps the kind of secret, so
 * scanning the snapshot later reports what the live scan would. Pure: returns a new inventory.
 */
import type { Inventory } from '../../core/inventory.js'
import type { LambdaFunction } from '../../model/lambda.js'
import { detectEnvSecret } from './detect-env.js'
import { maskedEnvValue } from './mask.js'

function maskFunction(fn: LambdaFunction): LambdaFunction {
  let changed = false
  const environment: Record<string, string> = {}
  for (const [name, value] of Object.entries(fn.environment)) {
    const secret = detectEnvSecret(name, value)
    if (secret && !secret.masked) {
      environment[name] = maskedEnvValue(secret.kind, value)
      changed = true
    } else environment[name] = value
  }
  return changed ? { ...fn, environment } : fn
}

export function maskInventorySecrets(inv: Inventory): Inventory {
  const fns = inv.resources['lambda.function']
  const resources = fns ? { ...inv.resources, 'lambda.function': fns.map(maskFunction) } : inv.resources
  return { ...inv, resources, secretsMasked: true }
}
