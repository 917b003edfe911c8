import type { AnyCheck } from './check.js'
import { atLeast, type Severity } from './severity.js'

export interface Selection {
  /** Check ids or globs (`lambda-*`); empty = all. */
  include?: string[]
  exclude?: string[]
  /** Minimum severity to run. */
  minSeverity?: Severity
}

export function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(`^${escaped}$`)
}

/** Picks the checks to run. Throws naming the pattern when one matches no check (a typo). */
export function selectChecks(all: readonly AnyCheck[], sel: Selection): AnyCheck[] {
  const ids = all.map((c) => c.meta.id)
  const compile = (patterns: string[] = []) =>
    patterns.map((p) => {
      const re = globToRegExp(p)
      if (!ids.some((id) => re.test(id))) throw new Error(`no check matches '${p}' (run 'clearsky checks' for the list)`)
      return re
    })
  const include = compile(sel.include)
  const exclude = compile(sel.exclude)
  return all.filter((c) => {
    const id = c.meta.id
    if (include.length && !include.some((re) => re.test(id))) return false
    if (exclude.some((re) => re.test(id))) return false
    return !sel.minSeverity || atLeast(c.meta.severity, sel.minSeverity)
  })
}
