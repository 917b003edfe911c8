import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-snapshot-not-public',
    resourceType: 'rds.snapshot',
    title: 'RDS snapshot is not public',
    severity: 'critical',
    categories: ['public-exposure'],
    description:
      'Checks the `restore` attribute of every manual DB snapshot and DB cluster snapshot the account owns: the value `all` lets every AWS account copy the snapshot and restore a database from it. Sharing with named accounts is not reported here. Live only: snapshots and their sharing are made by people and pipelines, not declared in templates.',
    risk: 'Anyone with an AWS account can restore a public snapshot and read the whole database: customer records, password hashes, secrets stored in tables. Public snapshots are routinely found by automated sweeps.',
    remediation: {
      text: 'Remove `all` from the snapshot\'s restore attribute; share with specific accounts instead if the copy is needed elsewhere. (Encrypted snapshots cannot be made public at all, another reason to encrypt.)',
      cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove all\n# cluster snapshots:\naws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier <snapshot> --attribute-name restore --values-to-remove all',
    },
    messages: {
      private: '{{kind}} snapshot {{name}} is not public.',
      public: '{{kind}} snapshot {{name}} is public: any AWS account can restore it.',
    },
    liveOnly: true,
  },
  evaluate(s, { pass, fail }) {
    const data = { name: s.name, kind: s.kind === 'cluster' ? 'DB cluster' : 'DB' }
    return s.restoreAccounts.some((a) => a.toLowerCase() === 'all') ? fail('public', { data, at: 'restoreAccounts' }) : pass('private', data)
  },
})
