/**
 * AWS::SecretsManager::Secret → `secretsmanager.secret`, with the RotationSchedule and
 * ResourcePolicy resources that name it (by `!Ref`, which is the secret's ARN, or by name).
 * A secret without a RotationSchedule does not rotate; without KmsKeyId it is encrypted with the
 * AWS managed key aws/secretsmanager; without a ResourcePolicy it has no resource policy.
 */
import type { PolicyDocument } from '../../../model/common.js'
import type { SecretRotationRules } from '../../../model/secretsmanager.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asNumber, asString, isRecord, isUnresolved, PLACEHOLDER } from '../values.js'

interface SecretEntry {
  res: TemplateResource
  f: Fields
  name: string
  arn: string
  joined: TemplateResource[]
  rotation?: { lambdaArn?: string; rules?: SecretRotationRules }
  policy: PolicyDocument | null
}

function rotationRules(f: Fields, raw: unknown, owner: string): SecretRotationRules | undefined {
  if (isUnresolved(raw)) {
    f.mark('rotationRules', `${owner}: ${raw.reason}`)
    return undefined
  }
  if (!isRecord(raw)) return undefined
  const rules: SecretRotationRules = {}
  for (const [key, value] of Object.entries(raw)) {
    if (isUnresolved(value)) f.mark('rotationRules', `${owner}: ${key} ${value.reason}`)
  }
  const days = asNumber(raw.AutomaticallyAfterDays)
  if (days !== undefined) rules.automaticallyAfterDays = days
  const expression = asString(raw.ScheduleExpression)
  if (expression !== undefined) rules.scheduleExpression = expression
  const duration = asString(raw.Duration)
  if (duration !== undefined) rules.duration = duration
  return rules
}

export function adaptSecretsManager(stack: Stack): void {
  const secrets: SecretEntry[] = stack.ofType('AWS::SecretsManager::Secret').map((res) => {
    const f = stack.fields(res)
    // Ref gives the ARN; the name is `Name` or one CloudFormation generates.
    const arn = f.text('arn', stack.ref(res))
    const name = f.str('name', ['Name']) ?? `${res.logicalId}-${stack.template.stackName}`
    return { res, f, name, arn, joined: [], policy: null }
  })

  /** The secrets a `SecretId` designates; marks every secret when it cannot be told. */
  const designated = (res: TemplateResource, value: unknown, modelPath: string): SecretEntry[] => {
    if (isUnresolved(value)) {
      for (const s of secrets) s.f.mark(modelPath, `${res.logicalId} names its secret by ${value.reason}`)
      return []
    }
    const id = asString(value)
    return secrets.filter((s) => id !== undefined && id !== PLACEHOLDER && (id === s.arn || id === s.name))
  }

  for (const res of stack.ofType('AWS::SecretsManager::RotationSchedule')) {
    const p = stack.props(res)
    for (const s of designated(res, p.SecretId, 'rotationEnabled')) {
      s.f.locateResource('rotationEnabled', res)
      s.joined.push(res)
      const lambda = p.RotationLambdaARN
      const rules = rotationRules(s.f, p.RotationRules, res.logicalId)
      s.rotation = {
        ...(lambda !== undefined ? { lambdaArn: isUnresolved(lambda) ? PLACEHOLDER : (asString(lambda) ?? PLACEHOLDER) } : {}),
        ...(rules ? { rules } : {}),
      }
    }
  }
  for (const res of stack.ofType('AWS::SecretsManager::ResourcePolicy')) {
    const p = stack.props(res)
    for (const s of designated(res, p.SecretId, 'policy')) {
      s.f.locateResource('policy', res)
      s.joined.push(res)
      s.policy = s.f.policyValue('policy', p.ResourcePolicy)
    }
  }

  for (const s of secrets) {
    const kmsKeyId = s.f.str('kmsKeyId', ['KmsKeyId'])
    stack.emit(
      'secretsmanager.secret',
      s.f.finish({
        ...s.f.base(stack.resourceId(s.res), s.name, { arn: s.arn }),
        rotationEnabled: s.rotation !== undefined,
        ...(s.rotation?.lambdaArn !== undefined ? { rotationLambdaArn: s.rotation.lambdaArn } : {}),
        ...(s.rotation?.rules !== undefined ? { rotationRules: s.rotation.rules } : {}),
        ...(kmsKeyId !== undefined ? { kmsKeyId } : {}),
        policy: s.policy,
      }),
      s.res,
      s.joined,
    )
  }
}
