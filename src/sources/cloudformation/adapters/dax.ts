/**
 * AWS::DAX::Cluster → `dax.cluster`. Without SSESpecification (or SSEEnabled false) the nodes'
 * disks are not encrypted; without ClusterEndpointEncryptionType the endpoint takes plain
 * connections (NONE), as the API defaults both.
 */
import type { Stack } from '../stack.js'

export function adaptDax(stack: Stack): void {
  for (const res of stack.ofType('AWS::DAX::Cluster')) {
    const f = stack.fields(res)
    const name = String(stack.ref(res))
    const arn = f.text('arn', stack.getAtt(res, 'Arn'))
    const endpoint = f.str('endpointEncryption', ['ClusterEndpointEncryptionType'])
    stack.emit(
      'dax.cluster',
      f.finish({
        ...f.base(stack.resourceId(res), name, { arn }),
        clusterName: name,
        encryptedAtRest: f.bool('encryptedAtRest', ['SSESpecification', 'SSEEnabled']) ?? false,
        endpointEncryption: endpoint === 'TLS' ? 'TLS' : 'NONE',
      }),
      res,
    )
  }
}
