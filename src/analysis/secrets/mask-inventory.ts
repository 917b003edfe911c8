/**
 * Masks secret-looking Lambda and ECS container environment values before an inventory is written to a snapshot
 * (`clearsky collect aws`, unless --include-secrets). Only values the detector flags are masked,
 * so harmless ones such as TABLE_NAME stay readable; a masked value keeps the kind of secret, so
 * scanning the snapshot later reports what the live scan would. Pure: returns a new inventory.
 */
import type { Inventory } from '../../core/inventory.js'
import type { LambdaFunction } from '../../model/lambda.js'
import type { EcsTaskDefinition } from '../../model/ecs.js'
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

/** Masks the plain environment values of ECS container definitions the same way. */
function maskTaskDefinition(td: EcsTaskDefinition): EcsTaskDefinition {
  let changed = false
  const containers = td.containers.map((c) => {
    const environment: Record<string, string> = {}
    let touched = false
    for (const [name, value] of Object.entries(c.environment)) {
      const secret = detectEnvSecret(name, value)
      if (secret && !secret.masked) {
        environment[name] = maskedEnvValue(secret.kind, value)
        touched = true
      } else environment[name] = value
    }
    changed ||= touched
    return touched ? { ...c, environment } : c
  })
  return changed ? { ...td, containers } : td
}

export function maskInventorySecrets(inv: Inventory): Inventory {
  const fns = inv.resources['lambda.function']
  const tds = inv.resources['ecs.task-definition']
  const resources = { ...inv.resources, ...(fns ? { 'lambda.function': fns.map(maskFunction) } : {}), ...(tds ? { 'ecs.task-definition': tds.map(maskTaskDefinition) } : {}) }
  return { ...inv, resources, secretsMasked: true }
}
