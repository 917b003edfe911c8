// PLACEHOLDER — secret detection is being written; masks every environment value for now.
import type { Inventory } from '../../core/inventory.js'

export function maskInventorySecrets(inv: Inventory): Inventory {
  const fns = inv.resources['lambda.function']?.map((f) => ({ ...f, environment: Object.fromEntries(Object.keys(f.environment).map((k) => [k, '****'])) }))
  return { ...inv, resources: { ...inv.resources, ...(fns ? { 'lambda.function': fns } : {}) }, secretsMasked: true }
}
