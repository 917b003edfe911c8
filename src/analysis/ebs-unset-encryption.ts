/**
 * What becomes of EBS volumes that a launch template or a Spot Fleet launch specification maps
 * without stating Encrypted. EC2 then applies the region's EBS encryption by default: when it is
 * on, every new volume is encrypted, including one created from an unencrypted snapshot; when it
 * is off, a new empty volume is unencrypted and a volume from a snapshot takes the snapshot's
 * encryption. Shared by ec2-launch-template-ebs-encrypted and ec2-spot-fleet-ebs-encrypted.
 */
import type { InventoryView } from '../core/inventory.js'
import type { LaunchEbsVolume } from '../model/ec2-launch.js'

export type UnsetEncryption =
  /** Every volume states Encrypted. */
  | { kind: 'none' }
  /** Encryption by default is on in the region. */
  | { kind: 'encrypted' }
  /** Encryption by default is off: `devices` are new empty volumes (unencrypted), `fromSnapshot` depend on their snapshot. */
  | { kind: 'off'; devices: string[]; fromSnapshot: string[] }
  /** The region's setting is not known (not collected, or a template scan that does not declare it). */
  | { kind: 'unknown'; devices: string[] }

/** Judges the volumes without an Encrypted flag against the region's encryption-by-default setting. */
export function unsetEncryption(volumes: readonly LaunchEbsVolume[], region: string, inventory: InventoryView): UnsetEncryption {
  const open = volumes.filter((v) => v.encrypted === undefined)
  if (!open.length) return { kind: 'none' }
  const names = (vs: readonly LaunchEbsVolume[]) => [...new Set(vs.map((v) => v.deviceName))]
  // Read only when a flag is unset, so a fully stated template does not depend on the setting.
  const [setting] = inventory.list('ec2.ebs-default-encryption', { region })
  if (!setting) return { kind: 'unknown', devices: names(open) }
  if (setting.enabled) return { kind: 'encrypted' }
  return { kind: 'off', devices: names(open.filter((v) => v.snapshotId === undefined)), fromSnapshot: names(open.filter((v) => v.snapshotId !== undefined)) }
}
