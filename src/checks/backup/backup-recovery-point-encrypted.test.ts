import check from './backup-recovery-point-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { backupRecoveryPoint } from '../../../test/factories/index.js'

const ebs = 'arn:aws:ec2:us-east-1::snapshot/snap-0123456789abcdef0'

testCheck(check, {
  valid: [
    { name: 'backup-managed recovery point', resource: backupRecoveryPoint() },
    { name: 'snapshot of an encrypted volume', resource: backupRecoveryPoint({ arn: ebs, id: ebs, name: 'snap-0123456789abcdef0', resourceType: 'EBS' }) },
  ],
  invalid: [
    { name: 'snapshot of an unencrypted volume', resource: backupRecoveryPoint({ arn: ebs, id: ebs, name: 'snap-0123456789abcdef0', resourceType: 'EBS', encrypted: false }), messageId: 'unencrypted', at: 'encrypted' },
    { name: 'no source recorded', resource: backupRecoveryPoint({ encrypted: false, sourceResourceArn: undefined }), messageId: 'unencrypted', at: 'encrypted' },
  ],
  unknown: [{ name: 'encryption not readable', resource: backupRecoveryPoint({ encrypted: false, unresolved: { encrypted: 'Error (backup:ListRecoveryPointsByBackupVault)' } }) }],
})
