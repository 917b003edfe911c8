/**
 * Who manages a KMS key (AWS or the customer), from kms:DescribeKey, for collectors whose
 * resources name a key ARN but not its kind (DynamoDB tables, Backup vaults). Each key is
 * described once per collector run.
 */
import type { AwsContext } from '../context.js'
import { fetchOptional, type Fetched } from '../outcome.js'

export type KeyManager = 'AWS' | 'CUSTOMER'

export function keyManagerLookup(ctx: AwsContext, region: string): (keyArn: string) => Promise<Fetched<KeyManager>> {
  const cache = new Map<string, Promise<Fetched<KeyManager>>>()
  return (keyArn) => {
    let hit = cache.get(keyArn)
    if (!hit) {
      hit = (async () => {
        const K = await import('@aws-sdk/client-kms')
        // A key ARN names its own region; the call goes there (a multi-Region replica or a key
        // shared from another account).
        const keyRegion = keyArn.startsWith('arn:') ? keyArn.split(':')[3] || region : region
        const r = await fetchOptional(ctx.send(keyRegion, 'kms:DescribeKey', new K.DescribeKeyCommand({ KeyId: keyArn })))
        if (!r.ok) return r
        const m = r.value.KeyMetadata?.KeyManager
        return m === 'AWS' || m === 'CUSTOMER' ? { ok: true as const, value: m } : { ok: false as const, absent: false as const, reason: 'Error (kms:DescribeKey returned no key manager)' }
      })()
      cache.set(keyArn, hit)
    }
    return hit
  }
}
