import type { Unresolved } from '../model/common.js'

/**
 * Wraps a resource so that reading any field listed in `unresolved` (or anything beneath it)
 * calls `onTaint`. This is how the engine knows, without the check's help, that a verdict
 * depends on something the source could not read.
 *
 * The proxy target is a fresh shadow object, never the resource itself: tests deep-freeze
 * resources, and a proxy over a frozen object may not return wrapped values for its
 * non-configurable properties (a Proxy invariant).
 */
export function trackReads<T extends object>(value: T, unresolved: Unresolved | undefined, onTaint: (path: string, why: string) => void): T {
  if (!unresolved) return value
  const keys = Object.keys(unresolved)
  if (keys.length === 0) return value
  return wrap(value, '', keys, unresolved, onTaint) as T
}

function wrap(obj: object, prefix: string, keys: string[], unresolved: Unresolved, onTaint: (p: string, w: string) => void): object {
  const shadow = Array.isArray(obj) ? [] : {}
  return new Proxy(shadow, {
    get(_t, prop) {
      const v = Reflect.get(obj, prop) as unknown
      // Methods (array.map, Symbol.iterator) are called with the proxy as `this`, so the
      // element reads they make are tracked too.
      if (typeof prop === 'symbol') return v
      const path = prefix ? `${prefix}.${prop}` : prop
      const hit = matching(path, keys)
      if (hit) onTaint(hit, unresolved[hit] ?? '')
      if (v !== null && typeof v === 'object') {
        // Only subtrees that contain an unresolved path need a proxy.
        return keys.some((k) => k === path || k.startsWith(path + '.') || path.startsWith(k + '.')) ? wrap(v, path, keys, unresolved, onTaint) : v
      }
      return v
    },
    has: (_t, prop) => Reflect.has(obj, prop),
    ownKeys: () => Reflect.ownKeys(obj).filter((k) => k !== 'length' || !Array.isArray(obj)).concat(Array.isArray(obj) ? ['length'] : []),
    getOwnPropertyDescriptor(_t, prop) {
      const d = Reflect.getOwnPropertyDescriptor(obj, prop)
      if (!d) return undefined
      // `length` of the shadow array is non-configurable and must be reported as such.
      if (Array.isArray(obj) && prop === 'length') return { value: (obj as unknown[]).length, writable: true, enumerable: false, configurable: false }
      return { ...d, configurable: true }
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(obj),
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  })
}

function matching(path: string, keys: string[]): string | undefined {
  for (const k of keys) if (path === k || path.startsWith(k + '.')) return k
  return undefined
}
