import type { SecretListEntry } from '@aws-sdk/client-secrets-manager'
import type { SecretsManagerSecret } from '../../../model/secretsmanager.js'
import { parseArn } from '../arn.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom } from '../outcome.js'
import { parsePolicyDocument } from '../policy-document.js'
import { collectPages } from '../paginate.js'

const iso = (d: Date | undefined) => (d instanceof Date && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined)

/** Maps one ListSecrets entry (metadata only; the API returns no value). Pure. */
export function mapSecret(s: SecretListEntry, where: { region: string; accountId: string }): SecretsManagerSecret {
  const arn = s.ARN ?? ''
  const rules = s.RotationRules
  const tags = Object.fromEntries((s.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']))
  const secret: SecretsManagerSecret = {
    id: arn,
    arn,
    name: s.Name ?? parseArn(arn)?.resource.replace(/^secret:/, '') ?? arn,
    accountId: parseArn(arn)?.account || where.accountId,
    region: where.region,
    ...(Object.keys(tags).length ? { tags } : {}),
    rotationEnabled: s.RotationEnabled ?? false,
    ...(s.RotationLambdaARN ? { rotationLambdaArn: s.RotationLambdaARN } : {}),
    ...(s.KmsKeyId ? { kmsKeyId: s.KmsKeyId } : {}),
    ...(s.OwningService ? { owningService: s.OwningService } : {}),
    ...(s.PrimaryRegion ? { primaryRegion: s.PrimaryRegion } : {}),
  }
  if (rules && (rules.AutomaticallyAfterDays !== undefined || rules.ScheduleExpression || rules.Duration)) {
    secret.rotationRules = {
      ...(rules.AutomaticallyAfterDays !== undefined ? { automaticallyAfterDays: rules.AutomaticallyAfterDays } : {}),
      ...(rules.ScheduleExpression ? { scheduleExpression: rules.ScheduleExpression } : {}),
      ...(rules.Duration ? { duration: rules.Duration } : {}),
    }
  }
  const dates = { createdDate: s.CreatedDate, lastRotatedDate: s.LastRotatedDate, lastChangedDate: s.LastChangedDate, lastAccessedDate: s.LastAccessedDate, nextRotationDate: s.NextRotationDate }
  for (const [key, value] of Object.entries(dates) as [keyof typeof dates, Date | undefined][]) {
    const text = iso(value)
    if (text) secret[key] = text
  }
  return secret
}

/**
 * Every secret of the region with its rotation metadata, from ListSecrets (it carries
 * RotationEnabled, RotationRules, the rotation and access dates and the KMS key, so no
 * DescribeSecret per secret), and each secret's resource policy (GetResourcePolicy: one call per
 * secret, only when the region has secrets). Secret values are never requested. Secrets scheduled
 * for deletion are not listed.
 */
export const secretsManagerSecretCollector: Collector = {
  id: 'secretsmanager.secret',
  produces: ['secretsmanager.secret'],
  actions: ['secretsmanager:ListSecrets', 'secretsmanager:GetResourcePolicy'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const S = await import('@aws-sdk/client-secrets-manager')
    let entries: SecretListEntry[]
    try {
      entries = await collectPages(
        (NextToken) => ctx.send(region, 'secretsmanager:ListSecrets', new S.ListSecretsCommand({ MaxResults: 100, ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.SecretList,
        (n) => ctx.progress({ region, collector: 'secretsmanager.secret', collected: n, done: false }),
      )
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'secretsmanager.secret', region)] }
    }
    const secrets = await Promise.all(
      entries.map(async (e) => {
        const secret = mapSecret(e, { region, accountId: ctx.accountId })
        const r = await fetchOptional(ctx.send(region, 'secretsmanager:GetResourcePolicy', new S.GetResourcePolicyCommand({ SecretId: e.ARN ?? e.Name })))
        if (r.ok) {
          const text = r.value?.ResourcePolicy
          if (!text) secret.policy = null
          else {
            const parsed = parsePolicyDocument(text)
            if (parsed.ok) secret.policy = parsed.document
            else secret.unresolved = { ...secret.unresolved, policy: `ParseError (${parsed.error})` }
          }
        } else if (r.absent) secret.policy = null
        else secret.unresolved = { ...secret.unresolved, policy: r.reason }
        return secret
      }),
    )
    return { resources: { 'secretsmanager.secret': secrets }, gaps: [] }
  },
}
