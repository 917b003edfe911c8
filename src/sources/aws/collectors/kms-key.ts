import type { GetKeyPolicyResponse, GetKeyRotationStatusResponse, KeyListEntry, KeyMetadata } from '@aws-sdk/client-kms'
import type { Unresolved } from '../../../model/common.js'
import type { KmsKey } from '../../../model/monitoring.js'
import { parseArn } from '../arn.js'
import type { Collector, CollectResult } from '../collector.js'
import { mapLimit } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { absent, fetchOptional, gapFrom, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { parsePolicyDocument } from '../policy-document.js'

/**
 * Automatic rotation exists only for customer managed symmetric encryption keys whose key
 * material KMS generated. For every other key GetKeyRotationStatus is pointless or fails.
 */
export function rotationApplies(m: KeyMetadata | undefined): boolean {
  return (
    m?.KeyManager === 'CUSTOMER' &&
    m.KeySpec === 'SYMMETRIC_DEFAULT' &&
    m.KeyUsage === 'ENCRYPT_DECRYPT' &&
    m.Origin === 'AWS_KMS' &&
    m.KeyState !== 'PendingDeletion' &&
    m.KeyState !== 'PendingReplicaDeletion'
  )
}

export interface KeyDetails {
  metadata: Fetched<KeyMetadata>
  rotation: Fetched<GetKeyRotationStatusResponse>
  policy: Fetched<GetKeyPolicyResponse>
}

/** Pure. */
export function mapKmsKey(entry: KeyListEntry, d: KeyDetails, where: { region: string; accountId: string }): KmsKey {
  const arn = entry.KeyArn ?? ''
  const keyId = entry.KeyId ?? parseArn(arn)?.resource.replace(/^key\//, '') ?? arn
  const unresolved: Unresolved = {}
  const m = d.metadata.ok ? d.metadata.value : undefined
  if (!d.metadata.ok && !d.metadata.absent) {
    for (const f of ['manager', 'keySpec', 'keyUsage', 'keyState']) unresolved[f] = d.metadata.reason
  }
  let rotationEnabled: boolean | null = null
  if (d.rotation.ok) rotationEnabled = d.rotation.value.KeyRotationEnabled ?? false
  else if (!d.rotation.absent) unresolved.rotationEnabled = d.rotation.reason
  else if (!m && !d.metadata.ok && !d.metadata.absent) unresolved.rotationEnabled = d.metadata.reason
  let policy: KmsKey['policy']
  if (d.policy.ok) {
    const parsed = parsePolicyDocument(d.policy.value.Policy)
    if (parsed.ok) policy = parsed.document
    else unresolved.policy = `ParseError (${parsed.error})`
  } else if (!d.policy.absent) unresolved.policy = d.policy.reason
  const key: KmsKey = {
    id: arn,
    arn,
    name: keyId,
    keyId,
    accountId: parseArn(arn)?.account || where.accountId,
    region: where.region,
    manager: m?.KeyManager === 'AWS' ? 'AWS' : 'CUSTOMER',
    ...(m?.KeySpec ? { keySpec: m.KeySpec } : {}),
    ...(m?.KeyUsage ? { keyUsage: m.KeyUsage } : {}),
    ...(m?.KeyState ? { keyState: m.KeyState } : {}),
    rotationEnabled,
    ...(m?.DeletionDate ? { deletionDate: new Date(m.DeletionDate).toISOString() } : {}),
    ...(policy ? { policy } : {}),
  }
  if (Object.keys(unresolved).length) key.unresolved = unresolved
  return key
}

export const kmsKeyCollector: Collector = {
  id: 'kms.key',
  produces: ['kms.key'],
  actions: ['kms:ListKeys', 'kms:DescribeKey', 'kms:GetKeyRotationStatus', 'kms:GetKeyPolicy'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const K = await import('@aws-sdk/client-kms')
    let entries: KeyListEntry[]
    try {
      entries = await collectPages(
        (Marker) => ctx.send(region, 'kms:ListKeys', new K.ListKeysCommand({ Limit: 1000, ...(Marker ? { Marker } : {}) })),
        (p) => (p.Truncated ? p.NextMarker : undefined),
        (p) => p.Keys,
      )
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'kms.key', region)] }
    }
    const keys = await mapLimit(entries, 16, async (entry) => {
      const KeyId = entry.KeyArn ?? entry.KeyId
      const [described, policy] = await Promise.all([
        fetchOptional(ctx.send(region, 'kms:DescribeKey', new K.DescribeKeyCommand({ KeyId }))),
        fetchOptional(ctx.send(region, 'kms:GetKeyPolicy', new K.GetKeyPolicyCommand({ KeyId, PolicyName: 'default' }))),
      ])
      // Scheduled for deletion between ListKeys and DescribeKey: gone.
      if (!described.ok && described.absent) return undefined
      const metadata: Fetched<KeyMetadata> = described.ok ? (described.value.KeyMetadata ? { ok: true, value: described.value.KeyMetadata } : absent) : described
      const rotation = rotationApplies(metadata.ok ? metadata.value : undefined)
        ? await fetchOptional(ctx.send(region, 'kms:GetKeyRotationStatus', new K.GetKeyRotationStatusCommand({ KeyId })))
        : absent
      return mapKmsKey(entry, { metadata, rotation, policy }, { region, accountId: ctx.accountId })
    })
    return { resources: { 'kms.key': keys.filter((k): k is KmsKey => k !== undefined) }, gaps: [] }
  },
}
