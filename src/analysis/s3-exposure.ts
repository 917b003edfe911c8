/**
 * What a bucket exposes to the public, split into read and write, after every Block Public Access
 * setting that applies (the bucket's and the account's) and after Object Ownership. Pure.
 *
 * - Block Public Access: the account-level and bucket-level settings combine (either one set to
 *   true is enough). RestrictPublicBuckets makes S3 ignore the public statements of the bucket
 *   policy for everyone outside the bucket owner's account and AWS services; IgnorePublicAcls
 *   makes it ignore public ACL grants. BlockPublicAcls and BlockPublicPolicy only refuse NEW public
 *   ACLs and policies: an existing public policy or ACL stays in force.
 * - Object Ownership `BucketOwnerEnforced` disables ACLs altogether: grants in the ACL have no effect.
 * - A policy statement is public when the IAM engine finds it reaches anyone or any AWS account
 *   (see src/analysis/iam/external-access.ts for the conditions that narrow it).
 */
import type { PublicAccessBlock, S3AclGrant, S3Bucket } from '../model/s3.js'
import { accessLevel, analyzeExternalAccess, expandActionPattern, type StatementAccess } from './iam/index.js'
import { globMatch, hasWildcard } from './iam/glob.js'
import { ALL_USERS, AUTHENTICATED_USERS } from './s3-public.js'

export type S3AccessKind = 'read' | 'write'

/** Block Public Access as S3 applies it: the OR of the account's and the bucket's settings. */
export function effectiveBlock(bucket: PublicAccessBlock | null, account: PublicAccessBlock | null | undefined): PublicAccessBlock {
  const b = bucket ?? undefined
  const a = account ?? undefined
  return {
    blockPublicAcls: Boolean(b?.blockPublicAcls || a?.blockPublicAcls),
    ignorePublicAcls: Boolean(b?.ignorePublicAcls || a?.ignorePublicAcls),
    blockPublicPolicy: Boolean(b?.blockPublicPolicy || a?.blockPublicPolicy),
    restrictPublicBuckets: Boolean(b?.restrictPublicBuckets || a?.restrictPublicBuckets),
  }
}

/** True when all four settings are on. */
export function blocksEverything(b: PublicAccessBlock | null | undefined): boolean {
  return !!b && b.blockPublicAcls && b.ignorePublicAcls && b.blockPublicPolicy && b.restrictPublicBuckets
}

/** Names of the settings that are off, for messages (`IgnorePublicAcls, RestrictPublicBuckets`). */
export function settingsOff(b: PublicAccessBlock | null | undefined): string[] {
  const names: [keyof PublicAccessBlock, string][] = [
    ['blockPublicAcls', 'BlockPublicAcls'],
    ['ignorePublicAcls', 'IgnorePublicAcls'],
    ['blockPublicPolicy', 'BlockPublicPolicy'],
    ['restrictPublicBuckets', 'RestrictPublicBuckets'],
  ]
  return names.filter(([k]) => !b?.[k]).map(([, n]) => n)
}

const READ_LEVELS = new Set(['Read', 'List'])

/** Read or write, for one S3 action; an action the catalogue does not know is judged by its verb. */
function kindOf(action: string): S3AccessKind {
  const level = accessLevel(action)
  if (level) return READ_LEVELS.has(level) ? 'read' : 'write'
  return /^s3:(get|list|head)/i.test(action) ? 'read' : 'write'
}

/** The kinds of S3 access a statement grants (NotAction: everything it does not exclude). */
export function statementAccessKinds(s: Pick<StatementAccess, 'actions' | 'notAction'>): Set<S3AccessKind> {
  const kinds = new Set<S3AccessKind>()
  const all = expandActionPattern('s3:*')
  const granted = s.notAction
    ? all.filter((a) => !s.actions.some((p) => globMatch(p, a, true)))
    : s.actions.flatMap((p) => (hasWildcard(p) ? expandActionPattern(p).filter((a) => a.toLowerCase().startsWith('s3:')) : p.toLowerCase().startsWith('s3:') ? [p] : []))
  for (const a of granted) kinds.add(kindOf(a))
  return kinds
}

const ACL_KINDS: Record<string, S3AccessKind[]> = { READ: ['read'], READ_ACP: ['read'], WRITE: ['write'], WRITE_ACP: ['write'], FULL_CONTROL: ['read', 'write'] }

export function isPublicGrantee(g: S3AclGrant): boolean {
  return g.granteeType === 'Group' && (g.granteeUri === ALL_USERS || g.granteeUri === AUTHENTICATED_USERS)
}

/** One way the public reaches the bucket. */
export type PublicPath =
  | { via: 'policy'; statement: string; kinds: S3AccessKind[]; authenticatedOnly: boolean }
  | { via: 'acl'; grantee: 'AllUsers' | 'AuthenticatedUsers'; permission: string; kinds: S3AccessKind[] }

export interface BucketExposure {
  /** Public paths still in force after Block Public Access and Object Ownership. */
  paths: PublicPath[]
  /** Public statements or grants that Block Public Access or disabled ACLs neutralise. */
  neutralised: number
}

/**
 * The bucket's public read and write paths. `account` is the account-level Block Public Access
 * (`undefined` when it is not known: only the bucket's own settings are applied).
 */
export function bucketExposure(bucket: S3Bucket, ownerAccount: string, account: PublicAccessBlock | null | undefined): BucketExposure {
  const block = effectiveBlock(bucket.publicAccessBlock, account)
  const paths: PublicPath[] = []
  let neutralised = 0
  if (bucket.policy) {
    const analysis = analyzeExternalAccess(bucket.policy, { ownerAccount, ...(bucket.arn ? { resourceArn: bucket.arn } : {}) })
    for (const s of analysis.publicStatements) {
      if (block.restrictPublicBuckets) {
        neutralised++
        continue
      }
      const kinds = [...statementAccessKinds(s)].sort()
      if (!kinds.length) continue
      paths.push({ via: 'policy', statement: s.label, kinds, authenticatedOnly: !s.reach.some((r) => r.kind === 'public') })
    }
  }
  const aclsDisabled = bucket.objectOwnership === 'BucketOwnerEnforced'
  for (const g of bucket.aclGrants.filter(isPublicGrantee)) {
    if (block.ignorePublicAcls || aclsDisabled) {
      neutralised++
      continue
    }
    paths.push({ via: 'acl', grantee: g.granteeUri === ALL_USERS ? 'AllUsers' : 'AuthenticatedUsers', permission: g.permission, kinds: ACL_KINDS[g.permission] ?? ['read', 'write'] })
  }
  return { paths, neutralised }
}
