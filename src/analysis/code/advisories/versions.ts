/**
 * Version ordering per ecosystem, as OSV ranges need it: semantic versioning for npm and Go
 * (Go's `v` prefix and `+incompatible` suffix allowed) with the `semver` package, PEP 440 for
 * PyPI. OSV's `introduced: "0"` sorts before every version.
 */
import semver from 'semver'
import type { CodeEcosystem } from '../../../model/lambda.js'
import { comparePep440, parsePep440, type Pep440 } from './pep440.js'

/** A parsed version of one ecosystem. */
export type Version = { kind: 'zero' } | { kind: 'semver'; v: semver.SemVer } | { kind: 'pep440'; v: Pep440 }

/** Parses a version, or undefined when the text is not a valid version of the ecosystem. */
export function parseVersion(ecosystem: CodeEcosystem, text: string): Version | undefined {
  if (text === '0') return { kind: 'zero' }
  if (ecosystem === 'PyPI') {
    const v = parsePep440(text)
    return v ? { kind: 'pep440', v } : undefined
  }
  const v = semver.parse(text.trim().replace(/^v/, ''), { loose: true })
  return v ? { kind: 'semver', v } : undefined
}

/** Orders two versions of one ecosystem: negative, zero or positive. */
export function compareVersions(a: Version, b: Version): number {
  if (a.kind === 'zero' || b.kind === 'zero') return a.kind === b.kind ? 0 : a.kind === 'zero' ? -1 : 1
  if (a.kind === 'pep440' && b.kind === 'pep440') return comparePep440(a.v, b.v)
  if (a.kind === 'semver' && b.kind === 'semver') return semver.compare(a.v, b.v)
  throw new Error('versions of different ecosystems cannot be compared')
}
