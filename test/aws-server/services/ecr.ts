/** Amazon ECR (AWS JSON 1.1): repositories, their policies and lifecycle policies, and the registry scanning configuration. */
import { ApiError } from '../errors.js'
import type { PolicyDocument } from '../fixture.js'
import { paginate } from '../pagination.js'
import { JSON_ERRORS } from './common.js'
import type { CallContext, ServiceDef } from './types.js'

export interface FixtureRepository {
  name: string
  tagMutability?: 'MUTABLE' | 'IMMUTABLE'
  scanOnPush?: boolean
  encryption?: 'AES256' | 'KMS'
  policy?: PolicyDocument
  lifecycle?: boolean
}

declare module '../fixture.js' {
  interface FixtureRegion {
    repositories?: FixtureRepository[]
    /** GetRegistryScanningConfiguration; absent = BASIC with no rules. */
    registryScanning?: { scanType: 'BASIC' | 'ENHANCED'; rules: { frequency: string; filter: string }[] }
  }
}

function repo(ctx: CallContext, name: unknown): FixtureRepository {
  const r = (ctx.data.repositories ?? []).find((x) => x.name === name)
  if (!r) throw new ApiError('RepositoryNotFoundException', `The repository with name '${String(name)}' does not exist in the registry with id '${ctx.accountId}'`, 400)
  return r
}

export const ecr: ServiceDef = {
  signingName: 'ecr',
  iamPrefix: 'ecr',
  protocol: 'json-1.1',
  target: 'AmazonEC2ContainerRegistry_V20150921',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    DescribeRepositories: {
      handle(input, ctx) {
        const p = paginate(ctx.data.repositories ?? [], { token: input.nextToken, requested: input.maxResults, defaultSize: 100, maxSize: 1000, fixtureMax: ctx.fixturePageSize('DescribeRepositories'), tokenName: 'nextToken', errorCode: 'InvalidParameterException' })
        return {
          repositories: p.items.map((r) => ({
            repositoryArn: `arn:aws:ecr:${ctx.region}:${ctx.accountId}:repository/${r.name}`,
            registryId: ctx.accountId,
            repositoryName: r.name,
            repositoryUri: `${ctx.accountId}.dkr.ecr.${ctx.region}.amazonaws.com/${r.name}`,
            createdAt: new Date('2025-04-01T00:00:00Z'),
            imageTagMutability: r.tagMutability ?? 'MUTABLE',
            imageScanningConfiguration: { scanOnPush: r.scanOnPush ?? false },
            encryptionConfiguration: r.encryption === 'KMS' ? { encryptionType: 'KMS', kmsKey: `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/ecr-key` } : { encryptionType: 'AES256' },
          })),
          nextToken: p.next,
        }
      },
    },
    GetRepositoryPolicy: {
      resource: (input) => String(input.repositoryName ?? ''),
      handle(input, ctx) {
        const r = repo(ctx, input.repositoryName)
        if (!r.policy) throw new ApiError('RepositoryPolicyNotFoundException', 'Repository policy does not exist for the repository', 400)
        return { registryId: ctx.accountId, repositoryName: r.name, policyText: JSON.stringify(r.policy) }
      },
    },
    GetLifecyclePolicy: {
      resource: (input) => String(input.repositoryName ?? ''),
      handle(input, ctx) {
        const r = repo(ctx, input.repositoryName)
        if (!r.lifecycle) throw new ApiError('LifecyclePolicyNotFoundException', 'Lifecycle policy does not exist for the repository', 400)
        return { registryId: ctx.accountId, repositoryName: r.name, lifecyclePolicyText: '{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":7},"action":{"type":"expire"}}]}' }
      },
    },
    GetRegistryScanningConfiguration: {
      handle(_input, ctx) {
        const c = ctx.data.registryScanning ?? { scanType: 'BASIC' as const, rules: [] }
        return { registryId: ctx.accountId, scanningConfiguration: { scanType: c.scanType, rules: c.rules.map((r) => ({ scanFrequency: r.frequency, repositoryFilters: [{ filter: r.filter, filterType: 'WILDCARD' }] })) } }
      },
    },
  },
}
