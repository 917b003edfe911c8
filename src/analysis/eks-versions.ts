/** Amazon EKS Kubernetes version support dates, from data/eks-versions.json. Pure. */
import data from '../../data/eks-versions.json' with { type: 'json' }

export interface EksVersionInfo {
  version: string
  eksRelease: string
  endOfStandardSupport: string
  endOfExtendedSupport: string
}

const VERSIONS = (data as { versions: EksVersionInfo[] }).versions

/** `1.9` < `1.10`: compares Kubernetes minor versions numerically. */
export function compareK8sVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number)
  const [bm = 0, bn = 0] = b.split('.').map(Number)
  return am - bm || an - bn
}

export type EksSupport =
  | { state: 'standard'; info: EksVersionInfo }
  | { state: 'extended'; info: EksVersionInfo }
  | { state: 'unsupported'; info?: EksVersionInfo }
  /** Newer than every version in the data file. */
  | { state: 'newer' }
  | { state: 'unknown' }

/** Where `version` stands on `now`. */
export function eksSupport(version: string, now: Date): EksSupport {
  if (!/^\d+\.\d+$/.test(version)) return { state: 'unknown' }
  const info = VERSIONS.find((v) => v.version === version)
  if (!info) {
    const sorted = [...VERSIONS].sort((a, b) => compareK8sVersions(a.version, b.version))
    if (sorted.length && compareK8sVersions(version, sorted[0]!.version) < 0) return { state: 'unsupported' }
    if (sorted.length && compareK8sVersions(version, sorted.at(-1)!.version) > 0) return { state: 'newer' }
    return { state: 'unknown' }
  }
  const t = now.getTime()
  if (t < Date.parse(`${info.endOfStandardSupport}T00:00:00Z`)) return { state: 'standard', info }
  if (t < Date.parse(`${info.endOfExtendedSupport}T00:00:00Z`)) return { state: 'extended', info }
  return { state: 'unsupported', info }
}
