/**
 * Same-function taint: which variables hold request data at a given point of a file. A
 * variable is tainted when it is assigned (or appended to) from an expression that mentions an
 * event-source name or an already tainted variable visible there; a later clean assignment in
 * the same function clears it. A handler's first parameter (`def lambda_handler(e, ctx)`) is a
 * source whatever its name. Values passed through calls into other functions, attributes of
 * objects, returns and other files are not followed (documented limits).
 */
import type { CodeLanguage } from '../../model/lambda.js'
import { findAssignments, functionRegions, type Region } from './syntax.js'
import type { Token } from './tokenize.js'

interface Binding {
  name: string
  index: number
  region: Region | undefined
  tainted: boolean
  /** The source name the taint came from. */
  via?: string
}

/** A source found in an expression: the name as written, and the event-source name it carries. */
export interface SourceHit {
  name: string
  origin: string
}

/** Answers "which request data reaches this expression here?" for one file. */
export interface TaintView {
  /** The first source or tainted name in `tokens` (string interpolations included), as seen at token index `at`. */
  sourceIn(tokens: readonly Token[], at: number): SourceHit | undefined
}

/** `event`, or `cmd (from event)` for a variable assigned from event data. */
export function describeSource(hit: SourceHit): string {
  return hit.name === hit.origin ? hit.name : `${hit.name} (from ${hit.origin})`
}

const HANDLER_NAME = /handler$/i

function contains(r: Region | undefined, at: number): boolean {
  return !r || (r.start <= at && at <= r.end)
}

/** For every token index, the innermost function region that holds it (linear in tokens × nesting). */
export function regionOwners(regions: readonly Region[], size: number): (Region | undefined)[] {
  const owner = new Array<Region | undefined>(size)
  // Larger regions first, so nested ones overwrite their parents' entries.
  for (const r of [...regions].sort((a, b) => b.end - b.start - (a.end - a.start))) for (let k = r.start; k <= Math.min(r.end, size - 1); k++) owner[k] = r
  return owner
}

/** Identifier tokens of an expression, including those inside f-strings and template literals. */
export function identifiers(tokens: readonly Token[]): Token[] {
  const out: Token[] = []
  for (const t of tokens) {
    if (t.kind === 'ident') out.push(t)
    else if (t.parts) out.push(...identifiers(t.parts))
  }
  return out
}

export function taintView(tokens: readonly Token[], language: CodeLanguage, sources: ReadonlySet<string>): TaintView {
  const regions = functionRegions(tokens, language)
  const owner = regionOwners(regions, tokens.length)
  const bindings = new Map<string, Binding[]>()
  const bind = (b: Binding) => {
    const list = bindings.get(b.name)
    if (list) list.push(b)
    else bindings.set(b.name, [b])
  }
  for (const r of regions) {
    const first = r.params[0]
    if (r.name && HANDLER_NAME.test(r.name) && first) bind({ name: first, index: r.start, region: r, tainted: true, via: first })
  }

  const lookup = (name: string, at: number): Binding | undefined => {
    let best: Binding | undefined
    for (const b of bindings.get(name) ?? []) if (b.index < at && contains(b.region, at) && (!best || b.index > best.index)) best = b
    return best
  }
  const sourceIn = (expr: readonly Token[], at: number): SourceHit | undefined => {
    for (const t of identifiers(expr)) {
      // A variable bound in the code wins over a source name it shares (`body = event["body"]`).
      const b = lookup(t.text, at)
      if (b) {
        if (b.tainted) return { name: t.text, origin: b.via ?? t.text }
        continue
      }
      if (sources.has(t.text)) return { name: t.text, origin: t.text }
    }
    return undefined
  }

  for (const a of findAssignments(tokens, language)) {
    const region = owner[a.index]
    const hit = sourceIn(a.value, a.index)
    for (const name of a.names) {
      const previous = a.augmented ? lookup(name, a.index) : undefined
      const tainted = hit !== undefined || Boolean(previous?.tainted)
      bind({ name, index: a.index, region, tainted, ...(tainted ? { via: hit?.origin ?? previous?.via ?? name } : {}) })
    }
  }
  return { sourceIn }
}
