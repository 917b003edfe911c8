/** Aurora MySQL engine versions Security Hub RDS.51 accepts, from data/aurora-mysql-versions.json. Pure. */
import data from '../../data/aurora-mysql-versions.json' with { type: 'json' }
import { compareNumberLists } from './version-numbers.js'

const MINIMUM = (data as { minSupportedEngineVersion: { version: string } }).minSupportedEngineVersion.version
const LTS = new Set((data as { longTermSupportVersions: { version: string }[] }).longTermSupportVersions.map((v) => v.version))

/** The Aurora part of `8.0.mysql_aurora.3.08.2` as numbers ([3, 8, 2]); undefined when the string has another shape. */
function auroraMysqlRelease(engineVersion: string): number[] | undefined {
  const m = /^\d+\.\d+\.mysql_aurora\.(\d+(?:\.\d+)*)$/.exec(engineVersion)
  return m ? m[1]!.split('.').map(Number) : undefined
}

export type AuroraMysqlVersionState = 'supported' | 'long-term-support' | 'below-minimum' | 'unknown'

/** Where an Aurora MySQL engine version stands against the control's minimum and LTS list. */
export function auroraMysqlVersionState(engineVersion: string): AuroraMysqlVersionState {
  if (LTS.has(engineVersion)) return 'long-term-support'
  const release = auroraMysqlRelease(engineVersion)
  const minimum = auroraMysqlRelease(MINIMUM)!
  if (!release) {
    // Aurora MySQL 1 named its versions 5.6.10a or 5.6.mysql_aurora.1.22.2: long past support either way.
    return /^5\.6(\.|$)/.test(engineVersion) ? 'below-minimum' : 'unknown'
  }
  return compareNumberLists(release, minimum) >= 0 ? 'supported' : 'below-minimum'
}

/** The minimum version, for messages. */
export function minimumAuroraMysqlVersion(): string {
  return MINIMUM
}
