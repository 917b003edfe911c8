/** AWS::RDS::DBProxy → `rds.proxy`. RequireTLS is off unless the template turns it on, as in RDS. */
import type { Stack } from '../stack.js'

export function adaptRdsProxies(stack: Stack): void {
  for (const res of stack.ofType('AWS::RDS::DBProxy')) {
    const f = stack.fields(res)
    const proxyName = f.str('proxyName', ['DBProxyName']) ?? String(stack.ref(res))
    const engineFamily = f.str('engineFamily', ['EngineFamily'])
    stack.emit(
      'rds.proxy',
      f.finish({
        ...f.base(stack.resourceId(res), proxyName),
        proxyName,
        ...(engineFamily !== undefined ? { engineFamily } : {}),
        requireTls: f.bool('requireTls', ['RequireTLS']) ?? false,
      }),
      res,
    )
  }
}
