/**
 * aws_kms_key (+ aws_kms_key_policy) and aws_kms_external_key → `kms.key`.
 * `enable_key_rotation` defaults to false. Rotation applies only to symmetric keys whose
 * material KMS generated: asymmetric, HMAC and imported (external) keys get `null`.
 */
import type { PolicyDocument } from '../../../model/common.js'
import { identity } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

export function adaptKeys(ctx: AdapterContext): void {
  const keyPolicies = ctx.byType('aws_kms_key_policy')
  for (const inst of [...ctx.byType('aws_kms_key'), ...ctx.byType('aws_kms_external_key')]) {
    const f = new Fields(ctx, inst)
    const keyId = f.ident('keyId', inst.computed('key_id')) ?? f.ident('keyId', inst.computed('id')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const external = inst.type === 'aws_kms_external_key'
    const keySpec = f.str('keySpec', 'key_spec') ?? f.str('keySpec', 'customer_master_key_spec') ?? 'SYMMETRIC_DEFAULT'
    const keyUsage = f.str('keyUsage', 'key_usage') ?? 'ENCRYPT_DECRYPT'
    const rotatable = !external && keySpec === 'SYMMETRIC_DEFAULT'
    const rotation = f.bool('rotationEnabled', 'enable_key_rotation')
    const enabled = external ? f.bool('keyState', 'enabled') : f.bool('keyState', 'is_enabled')
    const joined: TfInstance[] = []
    let policy: PolicyDocument | undefined = f.policy('policy', 'policy')
    for (const p of keyPolicies) {
      const target = identity(p.values.key_id)
      if (target !== keyId && target !== arn) continue
      joined.push(p)
      f.locateResource('policy', p)
      policy = f.policy('policy', 'policy', p)
    }
    // Without a policy KMS attaches its default one: the account may do everything, which
    // hands access control to IAM policies.
    policy ??= {
      Version: '2012-10-17',
      Id: 'key-default-1',
      Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:${ctx.options.partition}:iam::${ctx.options.accountId}:root` }, Action: 'kms:*', Resource: '*' }],
    }
    ctx.emit(
      'kms.key',
      f.finish({
        ...f.base(inst.id, keyId, { arn }),
        keyId,
        manager: 'CUSTOMER' as const,
        keySpec,
        keyUsage,
        keyState: enabled === false ? 'Disabled' : 'Enabled',
        rotationEnabled: rotatable ? (rotation ?? false) : null,
        policy,
      }),
      inst,
      joined,
    )
  }
}
