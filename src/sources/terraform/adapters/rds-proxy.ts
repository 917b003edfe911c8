/** aws_db_proxy → `rds.proxy`. require_tls defaults to false, as in RDS. */
import type { AdapterContext } from './fields.js'
import { Fields, PLACEHOLDER } from './fields.js'

export function adaptRdsProxies(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_db_proxy')) {
    const f = new Fields(ctx, inst)
    const proxyName = f.str('proxyName', 'name') ?? f.ident('proxyName', inst.computed('id')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn'))
    const engineFamily = f.str('engineFamily', 'engine_family')
    ctx.emit(
      'rds.proxy',
      f.finish({
        ...f.base(inst.id, proxyName, arn ? { arn } : {}),
        proxyName,
        ...(engineFamily !== undefined ? { engineFamily } : {}),
        requireTls: f.bool('requireTls', 'require_tls') ?? false,
      }),
      inst,
    )
  }
}
