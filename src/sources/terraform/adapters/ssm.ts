/**
 * aws_ssm_parameter → `ssm.parameter`. `type` is required (String, StringList or SecureString);
 * a SecureString without key_id is encrypted with the AWS managed key aws/ssm. Tier defaults to
 * Standard, data_type to text.
 */
import { Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

export function adaptSsm(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_ssm_parameter')) {
    const f = new Fields(ctx, inst)
    const name = f.str('name', 'name') ?? PLACEHOLDER
    const keyId = f.id('keyId', 'key_id')
    const arn = f.ident('arn', inst.computed('arn'))
    ctx.emit(
      'ssm.parameter',
      f.finish({
        ...f.base(inst.id, name, arn ? { arn } : {}),
        type: f.str('type', 'type') ?? 'String',
        ...(keyId !== undefined ? { keyId } : {}),
        tier: f.str('tier', 'tier') ?? 'Standard',
        dataType: f.str('dataType', 'data_type') ?? 'text',
      }),
      inst,
    )
  }
}
