/**
 * The verdicts of the public-read and public-write bucket checks, which differ only in the kind
 * of access. The account-level Block Public Access is read only when the bucket's own settings
 * leave something public, so that a bucket that is private on its own never depends on it.
 */
import type { CheckContext, Verdict } from '../core/check.js'
import type { S3Bucket } from '../model/s3.js'
import { bucketExposure, type S3AccessKind } from './s3-exposure.js'

export function publicVerdicts(bucket: S3Bucket, kind: S3AccessKind, { pass, fail, inventory }: CheckContext): Verdict | Verdict[] {
  const owner = bucket.accountId ?? inventory.accountId ?? 'unknown-account'
  const name = bucket.name
  const own = bucketExposure(bucket, owner, undefined).paths.filter((p) => p.kinds.includes(kind))
  if (!own.length) return pass('private', { name })
  const account = inventory.list('s3.account-settings')[0]?.publicAccessBlock
  const paths = bucketExposure(bucket, owner, account).paths.filter((p) => p.kinds.includes(kind))
  if (!paths.length) return pass('blockedByAccount', { name })
  return paths.map((p) =>
    p.via === 'policy'
      ? fail(p.authenticatedOnly ? 'policyAnyAccount' : 'policyPublic', { data: { name, statement: p.statement }, at: 'policy', subject: `statement ${p.statement}` })
      : fail('aclGrant', { data: { name, grantee: p.grantee, permission: p.permission }, at: 'aclGrants', subject: `${p.grantee} ${p.permission}` }),
  )
}
