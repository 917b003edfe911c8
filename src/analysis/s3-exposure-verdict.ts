/**
 * The public paths the public-read and public-write bucket checks report, which differ only in
 * the kind of access. The account-level Block Public Access is read only when the bucket's own
 * settings leave something public, so that a bucket that is private on its own never depends on it.
 */
import type { InventoryView } from '../core/inventory.js'
import type { S3Bucket } from '../model/s3.js'
import { bucketExposure, type PublicPath, type S3AccessKind } from './s3-exposure.js'

export type PublicAccessAnswer = { status: 'private' } | { status: 'blockedByAccount' } | { status: 'public'; paths: PublicPath[] }

export function publicAccess(bucket: S3Bucket, kind: S3AccessKind, inventory: InventoryView): PublicAccessAnswer {
  const owner = bucket.accountId ?? inventory.accountId ?? 'unknown-account'
  if (!bucketExposure(bucket, owner, undefined).paths.some((p) => p.kinds.includes(kind))) return { status: 'private' }
  const account = inventory.list('s3.account-settings')[0]?.publicAccessBlock
  const paths = bucketExposure(bucket, owner, account).paths.filter((p) => p.kinds.includes(kind))
  return paths.length ? { status: 'public', paths } : { status: 'blockedByAccount' }
}
