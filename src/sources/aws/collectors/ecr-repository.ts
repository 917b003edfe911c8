/**
 * Private ECR repositories: DescribeRepositories, the registry's scanning configuration (once per
 * region, only when there are repositories), and per repository its policy and lifecycle policy.
 */
import type { RegistryScanningConfiguration, Repository } from '@aws-sdk/client-ecr'
import type { Unresolved } from '../../../model/common.js'
import type { EcrRepository } from '../../../model/ecr.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { parsePolicyDocument } from '../policy-document.js'
import { globToRegExp } from '../../../core/selection.js'

/** How the registry scanning configuration applies to one repository: the first rule whose filter matches. Pure. */
export function registryScanningFor(name: string, config: RegistryScanningConfiguration): EcrRepository['registryScanning'] {
  const type = config.scanType === 'ENHANCED' ? 'ENHANCED' : 'BASIC'
  for (const rule of config.rules ?? []) {
    const matches = (rule.repositoryFilters ?? []).some((f) => f.filter !== undefined && globToRegExp(f.filter).test(name))
    if (matches && (rule.scanFrequency === 'SCAN_ON_PUSH' || rule.scanFrequency === 'CONTINUOUS_SCAN')) return { type, frequency: rule.scanFrequency }
  }
  return { type, frequency: 'MANUAL' }
}

/** Maps one repository with its policy, lifecycle presence and registry scanning. Pure. */
export function mapRepository(r: Repository, policy: Fetched<string | undefined>, lifecycle: Fetched<boolean>, registry: Fetched<RegistryScanningConfiguration>, where: { region: string; accountId: string }): EcrRepository {
  const arn = r.repositoryArn ?? ''
  const name = r.repositoryName ?? arn
  const unresolved: Unresolved = {}
  let doc: EcrRepository['policy'] = null
  if (policy.ok && policy.value) {
    const parsed = parsePolicyDocument(policy.value)
    if (parsed.ok) doc = parsed.document
    else unresolved.policy = `ParseError (${parsed.error})`
  } else if (!policy.ok && !policy.absent) unresolved.policy = policy.reason
  if (!lifecycle.ok && !lifecycle.absent) unresolved.hasLifecyclePolicy = lifecycle.reason
  if (!registry.ok && !registry.absent) unresolved.registryScanning = registry.reason
  const out: EcrRepository = {
    id: arn,
    arn,
    name,
    accountId: r.registryId ?? where.accountId,
    region: where.region,
    ...(r.repositoryUri ? { uri: r.repositoryUri } : {}),
    imageTagMutability: r.imageTagMutability ?? 'MUTABLE',
    scanOnPush: r.imageScanningConfiguration?.scanOnPush ?? false,
    ...(registry.ok ? { registryScanning: registryScanningFor(name, registry.value) } : {}),
    encryptionType: r.encryptionConfiguration?.encryptionType ?? 'AES256',
    ...(r.encryptionConfiguration?.kmsKey ? { kmsKey: r.encryptionConfiguration.kmsKey } : {}),
    policy: doc,
    hasLifecyclePolicy: lifecycle.ok ? lifecycle.value : false,
  }
  if (Object.keys(unresolved).length) out.unresolved = unresolved
  return out
}

export const ecrRepositoryCollector: Collector = {
  id: 'ecr.repository',
  produces: ['ecr.repository'],
  actions: ['ecr:DescribeRepositories', 'ecr:GetRegistryScanningConfiguration', 'ecr:GetRepositoryPolicy', 'ecr:GetLifecyclePolicy'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const E = await import('@aws-sdk/client-ecr')
    let repos: Repository[]
    try {
      repos = await collectPages((nextToken) => ctx.send(region, 'ecr:DescribeRepositories', new E.DescribeRepositoriesCommand({ maxResults: 1000, ...(nextToken ? { nextToken } : {}) })), (p) => p.nextToken, (p) => p.repositories)
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'ecr.repository', region)] }
    }
    if (!repos.length) return { resources: { 'ecr.repository': [] }, gaps: [] }
    const reg = await fetchOptional(ctx.send(region, 'ecr:GetRegistryScanningConfiguration', new E.GetRegistryScanningConfigurationCommand({})))
    const registry: Fetched<RegistryScanningConfiguration> = reg.ok ? { ok: true, value: reg.value.scanningConfiguration ?? {} } : reg
    const where = { region, accountId: ctx.accountId }
    const out = await Promise.all(
      repos.map(async (r) => {
        const repositoryName = r.repositoryName
        const [p, l] = await Promise.all([
          fetchOptional(ctx.send(region, 'ecr:GetRepositoryPolicy', new E.GetRepositoryPolicyCommand({ repositoryName }))),
          fetchOptional(ctx.send(region, 'ecr:GetLifecyclePolicy', new E.GetLifecyclePolicyCommand({ repositoryName }))),
        ])
        const policy: Fetched<string | undefined> = p.ok ? { ok: true, value: p.value.policyText } : p
        // LifecyclePolicyNotFoundException is the normal answer for a repository without one.
        const lifecycle: Fetched<boolean> = l.ok ? { ok: true, value: Boolean(l.value.lifecyclePolicyText) } : l.absent ? { ok: true, value: false } : l
        return mapRepository(r, policy, lifecycle, registry, where)
      }),
    )
    return { resources: { 'ecr.repository': out.sort((a, b) => a.id.localeCompare(b.id)) }, gaps: [] }
  },
}
