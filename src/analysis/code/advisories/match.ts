/**
 * Matches the dependency inventory against OSV advisories. A version is affected when an
 * `affected` entry for its package lists it in `versions`, or when one of its SEMVER/ECOSYSTEM
 * ranges covers it: walking the range's events in version order, `introduced` at or below the
 * version turns "affected" on, `fixed` at or below it turns it off, and `last_affected` below it
 * turns it off. A dependency without an exact version, or whose version or range events do not
 * parse, is not matched.
 */
import type { CodeDependency, CodeEcosystem, CodeVulnerability } from '../../../model/lambda.js'
import { normalizePackageName } from '../manifests/index.js'
import { cvss3BaseScore, cvssRating } from './cvss.js'
import { ecosystemOf, packageKey, type AdvisoryIndex, type OsvAdvisory, type OsvAffected, type OsvRange } from './osv.js'
import { compareVersions, parseVersion, type Version } from './versions.js'

interface RangeVerdict {
  affected: boolean
  fixedIn?: string
}

type ParsedEvent = { kind: 'introduced' | 'fixed' | 'last_affected'; text: string; v: Version }

/** Evaluates one range for one version; undefined when the range cannot be evaluated. */
export function evaluateRange(ecosystem: CodeEcosystem, version: Version, range: OsvRange): RangeVerdict | undefined {
  if (range.type !== 'SEMVER' && range.type !== 'ECOSYSTEM') return undefined
  const events: ParsedEvent[] = []
  for (const e of range.events ?? []) {
    for (const kind of ['introduced', 'fixed', 'last_affected'] as const) {
      const text = e[kind]
      if (text === undefined) continue
      const v = parseVersion(ecosystem, text)
      if (!v) return undefined
      events.push({ kind, text, v })
    }
  }
  events.sort((a, b) => compareVersions(a.v, b.v))
  let affected = false
  for (const e of events) {
    const c = compareVersions(version, e.v)
    if (e.kind === 'introduced' && c >= 0) affected = true
    else if (e.kind === 'fixed' && c >= 0) affected = false
    else if (e.kind === 'last_affected' && c > 0) affected = false
  }
  if (!affected) return { affected }
  const fixed = events.find((e) => e.kind === 'fixed' && compareVersions(e.v, version) > 0)
  return { affected, ...(fixed ? { fixedIn: fixed.text } : {}) }
}

function listedVersion(ecosystem: CodeEcosystem, version: string, versions: readonly string[]): boolean {
  if (ecosystem !== 'PyPI') return versions.includes(version) || versions.includes(version.replace(/^v/, ''))
  const mine = parseVersion(ecosystem, version)
  return versions.some((v) => {
    const other = parseVersion(ecosystem, v)
    return mine && other ? compareVersions(mine, other) === 0 : v === version
  })
}

/** Whether one `affected` entry covers the version, and the first fixed version above it. */
export function affects(ecosystem: CodeEcosystem, version: string, entry: OsvAffected): RangeVerdict {
  const parsed = parseVersion(ecosystem, version)
  let fixedIn: string | undefined
  let affected = listedVersion(ecosystem, version, entry.versions ?? [])
  if (parsed) {
    for (const r of entry.ranges ?? []) {
      const verdict = evaluateRange(ecosystem, parsed, r)
      if (!verdict?.affected) continue
      affected = true
      if (verdict.fixedIn && (!fixedIn || compareVersions(parseVersion(ecosystem, verdict.fixedIn)!, parseVersion(ecosystem, fixedIn)!) < 0)) fixedIn = verdict.fixedIn
    }
  }
  return { affected, ...(fixedIn ? { fixedIn } : {}) }
}

/** The advisory's severity word: database_specific.severity, else the rating of its CVSS v3 vector. */
export function advisorySeverity(adv: OsvAdvisory): string | undefined {
  const word = adv.database_specific?.['severity']
  if (typeof word === 'string' && word.trim()) return word.trim().toUpperCase()
  for (const s of adv.severity ?? []) {
    if (s.type !== 'CVSS_V3') continue
    const score = cvss3BaseScore(s.score)
    if (score !== undefined) return cvssRating(score)
  }
  return undefined
}

/** Every (dependency, advisory) pair where the advisory lists the dependency's version as affected. */
export function matchVulnerabilities(deps: readonly CodeDependency[], index: AdvisoryIndex): CodeVulnerability[] {
  const out: CodeVulnerability[] = []
  for (const dep of deps) {
    if (!dep.version) continue
    for (const adv of index.byPackage.get(packageKey(dep.ecosystem, dep.name)) ?? []) {
      const entries = (adv.affected ?? []).filter(
        (a) => a.package && ecosystemOf(a.package.ecosystem) === dep.ecosystem && normalizePackageName(dep.ecosystem, a.package.name) === normalizePackageName(dep.ecosystem, dep.name),
      )
      const verdicts = entries.map((e) => affects(dep.ecosystem, dep.version!, e)).filter((v) => v.affected)
      if (!verdicts.length) continue
      const severity = advisorySeverity(adv)
      const fixedIn = verdicts.find((v) => v.fixedIn)?.fixedIn
      out.push({
        advisoryId: adv.id,
        aliases: [...(adv.aliases ?? [])],
        ecosystem: dep.ecosystem,
        name: dep.name,
        version: dep.version,
        manifestPath: dep.manifestPath,
        ...(severity ? { severity } : {}),
        ...(fixedIn ? { fixedIn } : {}),
        ...(adv.summary ? { summary: adv.summary.slice(0, 200) } : {}),
      })
    }
  }
  return out
}
