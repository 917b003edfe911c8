import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'kms-key-not-pending-deletion',
    resourceType: 'kms.key',
    title: 'Customer managed KMS key is not scheduled for deletion',
    severity: 'high',
    categories: ['encryption', 'resilience'],
    description:
      'Fails for customer managed keys in the PendingDeletion (or, for multi-Region replicas, PendingReplicaDeletion) state. KMS deletes such a key at the end of its 7 to 30 day waiting period, and everything encrypted under it becomes unreadable for good. AWS managed keys cannot be deleted and are skipped. Live-only: a scheduled deletion is the state of an existing key; a template only declares keys that should exist.',
    risk: 'Key deletion is irreversible: backups, snapshots, objects and secrets encrypted under the key are lost with it. Scheduling a deletion is also how an intruder with kms:ScheduleKeyDeletion can hold data to ransom or destroy it quietly.',
    remediation: {
      text: 'If the deletion is not intended, cancel it (the key comes back disabled) and enable the key again. If it is, make sure nothing still encrypts or decrypts with it: CloudTrail shows its recent use.',
      cli: 'aws kms cancel-key-deletion --key-id <key-id>\naws kms enable-key --key-id <key-id>',
      cloudformation: 'Type: AWS::KMS::Key\nProperties:\n  Enabled: true\n  PendingWindowInDays: 30   # if deletion is ever requested, the longest waiting period',
      terraform: 'resource "aws_kms_key" "this" {\n  is_enabled              = true\n  deletion_window_in_days = 30\n}',
    },
    messages: {
      active: 'KMS key {{name}} is not scheduled for deletion ({{state}}).',
      pendingDeletion: 'KMS key {{name}} is scheduled for deletion on {{date}}.',
    },
    liveOnly: true,
  },
  evaluate(key, { pass, fail, skip }) {
    if (key.manager === 'AWS') return skip('AWS managed keys cannot be deleted')
    if (key.keyState === 'PendingDeletion' || key.keyState === 'PendingReplicaDeletion') {
      return fail('pendingDeletion', { data: { name: key.name, date: key.deletionDate ?? 'the end of its waiting period' }, at: 'keyState' })
    }
    return pass('active', { name: key.name, state: key.keyState ?? 'Enabled' })
  },
})
