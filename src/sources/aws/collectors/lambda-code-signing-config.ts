import type { CodeSigningConfig } from '@aws-sdk/client-lambda'
import type { LambdaCodeSigningConfig } from '../../../model/lambda.js'
import { parseArn } from '../arn.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, lookupGap } from '../outcome.js'

/** Maps GetCodeSigningConfig's answer to the model. Pure. */
export function mapCodeSigningConfig(c: CodeSigningConfig, where: { region: string; accountId: string }): LambdaCodeSigningConfig {
  const arn = c.CodeSigningConfigArn ?? ''
  return {
    id: arn,
    arn,
    name: c.CodeSigningConfigId ?? parseArn(arn)?.resource.split(':')[1] ?? arn,
    accountId: parseArn(arn)?.account || where.accountId,
    region: parseArn(arn)?.region || where.region,
    // AWS's default for a config without an explicit policy is Warn.
    untrustedArtifactOnDeployment: c.CodeSigningPolicies?.UntrustedArtifactOnDeployment === 'Enforce' ? 'Enforce' : 'Warn',
    allowedPublisherProfileArns: c.AllowedPublishers?.SigningProfileVersionArns ?? [],
  }
}

/**
 * Reads the code signing configs the region's functions reference, one GetCodeSigningConfig
 * each: functions rarely share more than a handful, and unreferenced configs protect nothing.
 */
export const lambdaCodeSigningConfigCollector: Collector = {
  id: 'lambda.code-signing-config',
  produces: ['lambda.code-signing-config'],
  actions: ['lambda:GetCodeSigningConfig'],
  scope: 'regional',
  dependsOn: ['lambda.function'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    const arns = new Set<string>()
    for (const fn of sofar['lambda.function'] ?? []) if (fn.region === region && fn.codeSigningConfigArn) arns.add(fn.codeSigningConfigArn)
    if (!arns.size) return { resources: {}, gaps: [] }
    const L = await import('@aws-sdk/client-lambda')
    const configs: LambdaCodeSigningConfig[] = []
    const failures: { target: string; reason: string }[] = []
    await Promise.all(
      [...arns].map(async (arn) => {
        const r = await fetchOptional(ctx.send(region, 'lambda:GetCodeSigningConfig', new L.GetCodeSigningConfigCommand({ CodeSigningConfigArn: arn })))
        if (r.ok && r.value.CodeSigningConfig) configs.push(mapCodeSigningConfig(r.value.CodeSigningConfig, { region, accountId: ctx.accountId }))
        else if (!r.ok && !r.absent) failures.push({ target: arn, reason: r.reason })
      }),
    )
    // A config we could not read might exist: checks that look it up must say unknown.
    const gaps = lookupGap('lambda.code-signing-config', region, 'code signing config', failures)
    configs.sort((a, b) => a.id.localeCompare(b.id))
    return { resources: { 'lambda.code-signing-config': configs }, gaps }
  },
}
