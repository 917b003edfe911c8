/**
 * aws_ssm_parameter → `ssm.parameter`. `type` is required (String, StringList or SecureString);
 * a SecureString without key_id is encrypted with the AWS managed key aws/ssm. Tier defaults to
 * Standard, data_type to text.
 *
 * aws_ssm_service_setting → `ssm.automation-log-setting` or `ssm.document-sharing-setting`, by the
 * path its setting_id ends with (an ARN built from data sources keeps its written form, so the
 * path is still readable); settings of other paths are not modelled. CloudFormation has no
 * resource for service settings.
 */
import { identity } from '../eval/values.js'
import { AUTOMATION_LOG_DESTINATION, DOCUMENT_PUBLIC_SHARING } from '../../aws/collectors/ssm-service-setting.js'
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
  adaptServiceSettings(ctx)
}

function adaptServiceSettings(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_ssm_service_setting')) {
    const settingId = identity(inst.values.setting_id)
    if (settingId === undefined) continue // which setting it is cannot be told
    const f = new Fields(ctx, inst)
    const region = ctx.options.region
    if (settingId.endsWith(AUTOMATION_LOG_DESTINATION)) {
      const destination = f.str('destination', 'setting_value') ?? PLACEHOLDER
      ctx.emit('ssm.automation-log-setting', f.finish({ ...f.base(inst.id, `SSM Automation script logging in ${region}`), destination }), inst)
    } else if (settingId.endsWith(DOCUMENT_PUBLIC_SHARING)) {
      const publicSharing = f.str('publicSharing', 'setting_value') ?? PLACEHOLDER
      ctx.emit('ssm.document-sharing-setting', f.finish({ ...f.base(inst.id, `SSM document public sharing in ${region}`), publicSharing }), inst)
    }
  }
}
