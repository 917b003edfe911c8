import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-snapshot-encrypted',
    resourceType: 'rds.snapshot',
    title: 'RDS snapshot is encrypted',
    severity: 'medium',
    categories: ['encryption'],
    description:
      'Checks that every manual DB snapshot and DB cluster snapshot the account owns is encrypted. A snapshot of an unencrypted database is unencrypted too. Live only: snapshots are made by people and pipelines, not declared in templates.',
    risk: 'An unencrypted snapshot is a complete, portable copy of the database: it can be shared with any account, or made public, with no KMS key policy to limit who restores it.',
    remediation: {
      text: 'Copy the snapshot with a KMS key, delete the unencrypted original, and encrypt the source database so future snapshots are encrypted.',
      cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snapshot> --target-db-snapshot-identifier <snapshot>-encrypted --kms-key-id alias/<key>\naws rds delete-db-snapshot --db-snapshot-identifier <snapshot>',
    },
    messages: {
      encrypted: '{{kind}} snapshot {{name}} is encrypted.',
      unencrypted: '{{kind}} snapshot {{name}} is not encrypted.',
    },
    liveOnly: true,
  },
  evaluate(s, { pass, fail }) {
    const data = { name: s.name, kind: s.kind === 'cluster' ? 'DB cluster' : 'DB' }
    return s.encrypted ? pass('encrypted', data) : fail('unencrypted', { data, at: 'encrypted' })
  },
})
