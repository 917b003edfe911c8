/** The latest AWS Fargate platform version per operating system family, from data/fargate-platform-versions.json. Pure. */
import data from '../../data/fargate-platform-versions.json' with { type: 'json' }
import { isWindowsFamily } from './ecs-user.js'
import { compareNumberLists, parseDottedNumbers } from './version-numbers.js'

export type FargateOsFamily = 'linux' | 'windows'

const LATEST = new Map((data as { families: { family: FargateOsFamily; latest: string }[] }).families.map((f) => [f.family, f.latest]))

/** Windows families are named `WINDOWS_SERVER_<year>_<edition>`; everything else (absent, `LINUX`) runs Linux. */
export function fargateOsFamily(platformFamily: string | undefined): FargateOsFamily {
  return isWindowsFamily(platformFamily) ? 'windows' : 'linux'
}

export function latestFargateVersion(family: FargateOsFamily): string | undefined {
  return LATEST.get(family)
}

/** Compares dotted numeric versions (`1.3.0` < `1.4.0` < `1.10.0`); undefined when either is not numeric. */
export function compareFargateVersions(a: string, b: string): number | undefined {
  const x = parseDottedNumbers(a)
  const y = parseDottedNumbers(b)
  return x && y ? compareNumberLists(x, y) : undefined
}
