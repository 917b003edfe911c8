/**
 * aws_secretsmanager_secret (+ aws_secretsmanager_secret_rotation, aws_secretsmanager_secret_policy)
 * → `secretsmanager.secret`. A secret without a rotation resource does not rotate; without
 * kms_key_id it is encrypted with the AWS managed key aws/secretsmanager; without a policy
 * (inline `policy` or a policy resource) it has no resource policy.
 */
import type { PolicyDocument } from '../../../model/common.js'
import type { SecretRotationRules } from '../../../model/secretsmanager.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

function rotationRules(f: Fields, raw: Value | undefined, owner: string): SecretRotationRules | undefined {
  if (raw instanceof Unknown) {
    f.mark('rotationRules', `${owner}: ${raw.reason}`)
    return undefined
  }
  const block = blocksOf(raw)[0]
  if (!block) return undefined
  const rules: SecretRotationRules = {}
  for (const [key, value] of Object.entries(block)) if (value instanceof Unknown) f.mark('rotationRules', `${owner}: ${key} ${value.reason}`)
  const days = block.automatically_after_days
  if (typeof days === 'number') rules.automaticallyAfterDays = days
  else if (typeof days === 'string' && days.trim() !== '' && !Number.isNaN(Number(days))) rules.automaticallyAfterDays = Number(days)
  if (typeof block.schedule_expression === 'string' && block.schedule_expression) rules.scheduleExpression = block.schedule_expression
  if (typeof block.duration === 'string' && block.duration) rules.duration = block.duration
  return rules
}

export function adaptSecretsManager(ctx: AdapterContext): void {
  const rotations = ctx.byType('aws_secretsmanager_secret_rotation')
  const policies = ctx.byType('aws_secretsmanager_secret_policy')
  for (const inst of ctx.byType('aws_secretsmanager_secret')) {
    const f = new Fields(ctx, inst)
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const name = f.ident('name', inst.values.name ?? inst.computed('name')) ?? PLACEHOLDER
    const ids = new Set([arn, name, identity(inst.computed('id'))].filter((x): x is string => x !== undefined && x !== PLACEHOLDER))
    /** Does a `secret_id` / `secret_arn` value name this secret? Unknown values mark the field. */
    const names = (other: TfInstance, value: Value | undefined, modelPath: string): boolean => {
      const id = identity(value)
      if (id === undefined && value instanceof Unknown) {
        f.mark(modelPath, `${other.address} names its secret by ${value.reason}`)
        return false
      }
      return id !== undefined && ids.has(id)
    }
    const joined: TfInstance[] = []
    let rotation: { lambdaArn?: string; rules?: SecretRotationRules } | undefined
    for (const r of rotations) {
      if (!names(r, r.values.secret_id, 'rotationEnabled')) continue
      joined.push(r)
      f.locateResource('rotationEnabled', r)
      const lambda = f.ident('rotationLambdaArn', r.values.rotation_lambda_arn)
      const rules = rotationRules(f, r.values.rotation_rules, r.address)
      rotation = { ...(lambda !== undefined ? { lambdaArn: lambda } : {}), ...(rules ? { rules } : {}) }
    }
    let policy: PolicyDocument | null = f.policy('policy', 'policy') ?? null
    for (const p of policies) {
      if (!names(p, p.values.secret_arn, 'policy')) continue
      joined.push(p)
      f.locateResource('policy', p)
      policy = f.policy('policy', 'policy', p) ?? null
    }
    const kmsKeyId = f.id('kmsKeyId', 'kms_key_id')
    ctx.emit(
      'secretsmanager.secret',
      f.finish({
        ...f.base(inst.id, name, { arn }),
        rotationEnabled: rotation !== undefined,
        ...(rotation?.lambdaArn !== undefined ? { rotationLambdaArn: rotation.lambdaArn } : {}),
        ...(rotation?.rules !== undefined ? { rotationRules: rotation.rules } : {}),
        ...(kmsKeyId !== undefined ? { kmsKeyId } : {}),
        policy,
      }),
      inst,
      joined,
    )
  }
}
