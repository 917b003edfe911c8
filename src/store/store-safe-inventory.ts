import { createHmac } from 'node:crypto'
import type { Inventory } from '../core/inventory.js'

/**
 * The store never holds a secret value: every environment variable keeps its name and a keyed
 * hash of its value, which is enough for drift detection to tell that the value changed.
 */
export function storeSafeInventory(inv: Inventory, key: Buffer): Inventory {
  const fns = inv.resources['lambda.function']
  if (!fns) return inv
  const hashed = fns.map((fn) => ({
    ...fn,
    environment: Object.fromEntries(Object.entries(fn.environment).map(([name, value]) => [name, hashValue(value, key)])),
  }))
  return { ...inv, resources: { ...inv.resources, 'lambda.function': hashed } }
}

export function hashValue(value: string, key: Buffer): string {
  return `hmac-sha256:${createHmac('sha256', key).update(value).digest('hex').slice(0, 32)}`
}
