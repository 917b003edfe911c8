/**
 * AWS::EKS::Nodegroup → `eks.nodegroup`. A node group without Version gets its cluster's
 * Kubernetes version when it is created: the adapter takes it from the AWS::EKS::Cluster of the
 * same template that ClusterName names, and marks the version unresolved when the cluster is
 * elsewhere or sets no version either.
 */
import type { Stack } from '../stack.js'
import { asString, isUnresolved, PLACEHOLDER } from '../values.js'

/** The Version of the template's cluster whose name (Ref) is `clusterName`; undefined when there is none or it is not a plain string. */
function clusterVersion(stack: Stack, clusterName: string): string | undefined {
  for (const c of stack.ofType('AWS::EKS::Cluster')) {
    if (asString(stack.ref(c)) !== clusterName) continue
    const v = stack.props(c).Version
    return isUnresolved(v) ? undefined : asString(v)
  }
  return undefined
}

export function adaptEksNodegroups(stack: Stack): void {
  for (const res of stack.ofType('AWS::EKS::Nodegroup')) {
    const f = stack.fields(res)
    const clusterName = f.str('clusterName', ['ClusterName']) ?? PLACEHOLDER
    const nodegroupName = f.str('nodegroupName', ['NodegroupName']) ?? res.logicalId
    let version = f.str('version', ['Version'])
    if (version === undefined) {
      version = clusterName === PLACEHOLDER ? undefined : clusterVersion(stack, clusterName)
      if (version === undefined) {
        f.mark('version', 'no Version: the node group gets its cluster\'s version, which this template does not set')
        version = PLACEHOLDER
      }
      f.locate('version', ['ClusterName'])
    }
    const release = f.str('releaseVersion', ['ReleaseVersion'])
    stack.emit(
      'eks.nodegroup',
      f.finish({
        ...f.base(stack.resourceId(res), `${clusterName}/${nodegroupName}`, { arn: String(stack.getAtt(res, 'Arn')) }),
        clusterName,
        nodegroupName,
        version,
        ...(release ? { releaseVersion: release } : {}),
      }),
      res,
    )
  }
}
