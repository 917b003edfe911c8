import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-snapshot-encrypted',
    resourceType: 'ec2.snapshot',
    title: 'EBS snapshot is encrypted',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Passes when the account\'s own EBS snapshot is encrypted. A snapshot of an unencrypted volume is unencrypted; copying it with encryption gives an encrypted copy. Live-only: snapshots are made by backups and pipelines, not declared in templates.',
    risk: 'An unencrypted snapshot can be shared with any account or made public, and whoever restores it reads the whole disk. Encrypted snapshots can only be used by accounts the KMS key policy allows.',
    remediation: {
      text: 'Copy the snapshot with encryption, delete the unencrypted original, and enable EBS encryption by default so that new volumes (and their snapshots) are encrypted.',
      cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot-id> --encrypted --kms-key-id <key-arn>\naws ec2 delete-snapshot --snapshot-id <snapshot-id>',
    },
    messages: {
      encrypted: 'EBS snapshot {{name}} is encrypted.',
      unencrypted: 'EBS snapshot {{name}} is not encrypted.',
    },
    liveOnly: true,
  },
  evaluate(snapshot, { pass, fail }) {
    return snapshot.encrypted ? pass('encrypted', { name: snapshot.name }) : fail('unencrypted', { data: { name: snapshot.name }, at: 'encrypted' })
  },
})
