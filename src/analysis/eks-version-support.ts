/**
 * The verdict of the EKS version checks (clusters and managed node groups): where a Kubernetes
 * version stands on the EKS release calendar (data/eks-versions.json). Both checks declare the
 * message ids `supported`, `newer`, `extended` and `unsupported` and the `allowExtendedSupport`
 * option; only their wording differs.
 */
import type { CheckContext, Verdict } from '../core/check.js'
import { eksSupport } from './eks-versions.js'

/** A resource that runs one Kubernetes version: an EKS cluster or managed node group. */
export interface VersionedEksResource {
  name: string
  version: string
}

/**
 * Passes in standard support and for versions newer than the data file knows; extended support
 * fails unless the `allowExtendedSupport` option is true (it costs extra but still gets critical
 * fixes); past extended support fails. A version the data file cannot place is unknown.
 */
export function eksVersionVerdict(resource: VersionedEksResource, { pass, fail, unknown, options, now }: CheckContext): Verdict {
  const s = eksSupport(resource.version, now)
  const data = { name: resource.name, version: resource.version }
  switch (s.state) {
    case 'standard':
      return pass('supported', { ...data, until: s.info.endOfStandardSupport })
    case 'newer':
      return pass('newer', data)
    case 'extended':
      if (options.allowExtendedSupport === true) return pass('supported', { ...data, until: s.info.endOfExtendedSupport })
      return fail('extended', { data: { ...data, since: s.info.endOfStandardSupport, until: s.info.endOfExtendedSupport }, at: 'version' })
    case 'unsupported':
      return fail('unsupported', { data, at: 'version' })
    default:
      return unknown(`Kubernetes version ${resource.version} is not in data/eks-versions.json`, { at: 'version' })
  }
}
