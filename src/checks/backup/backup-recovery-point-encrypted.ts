import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'backup-recovery-point-encrypted',
    resourceType: 'backup.recovery-point',
    title: 'AWS Backup recovery point is encrypted at rest',
    severity: 'medium',
    categories: ['encryption'],
    description:
      'Checks that every recovery point in the region\'s backup vaults is encrypted at rest (IsEncrypted). Resources whose backups AWS Backup manages fully are encrypted with the vault key; snapshots of services that keep their own encryption, such as EBS volumes and RDS databases, inherit it from the source, so a backup of an unencrypted volume or database is an unencrypted recovery point. Recovery points are created by backup jobs, never declared in templates: this check runs on live scans only.',
    risk: 'An unencrypted recovery point is a full copy of the data, kept for weeks or years, that anyone who can restore or share the snapshot can read without any KMS permission; it also cannot be protected by withholding a key.',
    remediation: {
      text: 'A recovery point cannot be encrypted in place. Encrypt the source (for example enable EBS encryption by default and migrate the volume, or restore the database from an encrypted snapshot copy), or copy the recovery point to a vault, which encrypts the copy with the vault key; then delete the unencrypted recovery point once its replacement exists.',
      cli: 'aws backup start-copy-job --recovery-point-arn <recovery-point-arn> --source-backup-vault-name <vault> --destination-backup-vault-arn <encrypted-vault-arn> --iam-role-arn <backup-role-arn>\n# after the copy completes:\naws backup delete-recovery-point --backup-vault-name <vault> --recovery-point-arn <recovery-point-arn>',
      cloudformation:
        '# Recovery points are not template resources; encrypt what is backed up, e.g. EBS volumes:\nVolume:\n  Type: AWS::EC2::Volume\n  Properties:\n    AvailabilityZone: !Select [0, !GetAZs ""]\n    Size: 100\n    Encrypted: true\n    KmsKeyId: !Ref DataKey',
      terraform:
        '# Recovery points are not Terraform resources; encrypt what is backed up, e.g. every new EBS volume:\nresource "aws_ebs_encryption_by_default" "this" {\n  enabled = true\n}',
    },
    messages: {
      encrypted: 'Recovery point {{name}} in vault {{vault}} is encrypted at rest.',
      unencrypted: 'Recovery point {{name}} in vault {{vault}} (a backup of {{source}}) is not encrypted at rest.',
    },
    liveOnly: true,
  },
  evaluate(rp, { pass, fail }) {
    return rp.encrypted
      ? pass('encrypted', { name: rp.name, vault: rp.vaultName })
      : fail('unencrypted', { data: { name: rp.name, vault: rp.vaultName, source: rp.sourceResourceArn ?? rp.resourceType ?? 'an unknown resource' }, at: 'encrypted' })
  },
})
