/**
 * The parts of the OSV schema (https://ossf.github.io/osv-schema/) the matcher reads, and an
 * index of advisories by ecosystem and package name. Pure: loading files is the source's job.
 */
import type { CodeEcosystem } from '../../../model/lambda.js'
import { normalizePackageName } from '../manifests/index.js'

export interface OsvEvent {
  introduced?: string
  fixed?: string
  last_affected?: string
  limit?: string
}

export interface OsvRange {
  /** SEMVER and ECOSYSTEM ranges are evaluated; GIT ranges (commit hashes) are not. */
  type: string
  events: OsvEvent[]
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string }
  ranges?: OsvRange[]
  /** Every affected version, listed one by one. */
  versions?: string[]
  database_specific?: Record<string, unknown>
  ecosystem_specific?: Record<string, unknown>
}

export interface OsvAdvisory {
  id: string
  aliases?: string[]
  summary?: string
  withdrawn?: string
  affected?: OsvAffected[]
  severity?: { type: string; score: string }[]
  database_specific?: Record<string, unknown>
}

/** Advisories by `ecosystem|normalized name`, plus where they came from. */
export interface AdvisoryIndex {
  byPackage: ReadonlyMap<string, readonly OsvAdvisory[]>
  /** Advisories indexed (withdrawn ones left out). */
  count: number
  /** The directory (or other origin) they were read from, for notes. */
  source: string
}

const ECOSYSTEMS: Record<string, CodeEcosystem> = { npm: 'npm', PyPI: 'PyPI', Go: 'Go' }

/** The ecosystem of an OSV package, when it is one the inventory knows (`Debian:12` and others are not). */
export function ecosystemOf(osvEcosystem: string): CodeEcosystem | undefined {
  return ECOSYSTEMS[osvEcosystem]
}

export function packageKey(ecosystem: CodeEcosystem, name: string): string {
  return `${ecosystem}|${normalizePackageName(ecosystem, name)}`
}

/** Indexes advisories by the packages they affect. Withdrawn advisories are left out. */
export function buildAdvisoryIndex(advisories: readonly OsvAdvisory[], source: string): AdvisoryIndex {
  const byPackage = new Map<string, OsvAdvisory[]>()
  let count = 0
  for (const adv of advisories) {
    if (adv.withdrawn || !adv.id) continue
    count++
    const keys = new Set<string>()
    for (const a of adv.affected ?? []) {
      const eco = a.package ? ecosystemOf(a.package.ecosystem) : undefined
      if (eco && a.package?.name) keys.add(packageKey(eco, a.package.name))
    }
    for (const k of keys) {
      const list = byPackage.get(k)
      if (list) list.push(adv)
      else byPackage.set(k, [adv])
    }
  }
  return { byPackage, count, source }
}

/** True when a parsed JSON value has the shape of an OSV advisory. */
export function isOsvAdvisory(x: unknown): x is OsvAdvisory {
  if (typeof x !== 'object' || x === null) return false
  const o = x as Record<string, unknown>
  return typeof o['id'] === 'string' && (o['affected'] === undefined || Array.isArray(o['affected']))
}
