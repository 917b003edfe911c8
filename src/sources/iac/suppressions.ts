/**
 * Inline suppressions in templates. A suppression names a check and says why; one without a
 * reason is an error for its file (a reviewer must be able to see why a finding is accepted).
 * Suppressed findings stay in every report, marked `muted`.
 */
import { globToRegExp } from '../../core/selection.js'
import type { Finding } from '../../core/finding.js'
import type { IacFileError, Suppression } from './types.js'

/** A resource's extent in a file, for attaching comments to it. */
export interface AddressRegion {
  address: string
  /** Line of the logical id / key. */
  startLine: number
  endLine: number
}

const COMMENT = /(?:^|\s)#\s*clearsky:ignore\b(.*)$/

export interface ParsedSuppressions {
  suppressions: Suppression[]
  errors: IacFileError[]
}

/**
 * Finds `# clearsky:ignore <check-id> <reason>` comments. A comment belongs to the innermost
 * resource whose lines contain it (so it may sit on the offending property), or, when it is
 * outside every resource, to the resource that starts on the next line of content below it.
 */
export function parseSuppressionComments(file: string, lines: readonly string[], regions: readonly AddressRegion[]): ParsedSuppressions {
  const out: ParsedSuppressions = { suppressions: [], errors: [] }
  lines.forEach((text, i) => {
    const m = COMMENT.exec(text)
    if (!m) return
    const line = i + 1
    const column = text.indexOf('clearsky:ignore') + 1
    const [checkId, ...rest] = (m[1] ?? '').trim().split(/\s+/).filter(Boolean)
    const reason = rest.join(' ')
    if (!checkId) {
      out.errors.push({ file, line, column, code: 'SUPPRESSION', message: 'clearsky:ignore needs a check id and a reason: `# clearsky:ignore <check-id> <reason>`' })
      return
    }
    if (!reason) {
      out.errors.push({ file, line, column, code: 'SUPPRESSION', message: `suppression of ${checkId} has no reason: write \`# clearsky:ignore ${checkId} <why this is acceptable>\`` })
      return
    }
    const region = regionFor(line, lines, regions)
    if (!region) {
      out.errors.push({ file, line, column, code: 'SUPPRESSION', message: `suppression of ${checkId} is not on or directly above a resource` })
      return
    }
    out.suppressions.push({ file, address: region.address, line, checkId, reason, source: 'comment' })
  })
  return out
}

function regionFor(line: number, lines: readonly string[], regions: readonly AddressRegion[]): AddressRegion | undefined {
  let best: AddressRegion | undefined
  for (const r of regions) {
    if (line < r.startLine || line > r.endLine) continue
    if (!best || r.endLine - r.startLine < best.endLine - best.startLine) best = r
  }
  if (best) return best
  for (let i = line; i < lines.length; i++) {
    const t = lines[i]!.trim()
    if (t === '' || t.startsWith('#')) continue
    return regions.find((r) => r.startLine === i + 1)
  }
  return undefined
}

/**
 * CloudFormation `Metadata: { clearsky: { ignore: [{ id, reason }] } }` on a resource.
 * `line` is where the Metadata sits, for error messages.
 */
export function metadataSuppressions(file: string, address: string, metadata: unknown, line: number): ParsedSuppressions {
  const out: ParsedSuppressions = { suppressions: [], errors: [] }
  const clearsky = (metadata as Record<string, unknown> | undefined)?.clearsky as Record<string, unknown> | undefined
  if (clearsky === undefined) return out
  const list = clearsky?.ignore
  if (!Array.isArray(list)) {
    out.errors.push({ file, line, code: 'SUPPRESSION', message: `${address}: Metadata.clearsky.ignore must be a list of { id, reason }` })
    return out
  }
  for (const entry of list) {
    const e = entry as Record<string, unknown> | null
    const id = typeof e?.id === 'string' ? e.id.trim() : ''
    const reason = typeof e?.reason === 'string' ? e.reason.trim() : ''
    if (!id) out.errors.push({ file, line, code: 'SUPPRESSION', message: `${address}: Metadata.clearsky.ignore entry without an id` })
    else if (!reason) out.errors.push({ file, line, code: 'SUPPRESSION', message: `${address}: suppression of ${id} has no reason` })
    else out.suppressions.push({ file, address, line, checkId: id, reason, source: 'metadata' })
  }
  return out
}

/** `file#address`, the key suppressions and resource sources share. */
export function sourceKey(file: string, address: string): string {
  return `${file}#${address}`
}

/**
 * Marks findings a suppression covers: same check (id or glob), and a resource built from the
 * entity the suppression sits on. Passing findings are left alone. Returns the suppressions
 * that matched nothing, for a note.
 */
export function applySuppressions(findings: Finding[], suppressions: readonly Suppression[], sourcesByResource: ReadonlyMap<string, ReadonlySet<string>>): Suppression[] {
  const compiled = suppressions.map((s) => ({ s, re: globToRegExp(s.checkId), key: sourceKey(s.file, s.address), used: false }))
  for (const f of findings) {
    if (f.status === 'pass') continue
    const sources = sourcesByResource.get(f.resourceId)
    if (!sources) continue
    const hit = compiled.find((c) => c.re.test(f.checkId) && sources.has(c.key))
    if (!hit) continue
    hit.used = true
    f.muted = { reason: hit.s.reason, rule: 'inline' }
  }
  return compiled.filter((c) => !c.used).map((c) => c.s)
}
