import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-cluster-storage-encrypted',
    resourceType: 'rds.cluster',
    title: 'RDS DB cluster storage is encrypted',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks that each Aurora or Multi-AZ DB cluster encrypts its storage (and so its backups and snapshots) with KMS.',
    risk: 'An unencrypted cluster volume and its snapshots can be read by anyone who gets hold of a copy, and such a snapshot can be shared with any account or made public without a key policy to stop it.',
    remediation: {
      text: 'Encryption is fixed when a cluster is created. Snapshot the cluster, restore the snapshot into a new cluster with a KMS key (restore-db-cluster-from-snapshot --kms-key-id), move the application and delete the old cluster.',
      cli: 'aws rds create-db-cluster-snapshot --db-cluster-identifier <cluster> --db-cluster-snapshot-identifier <cluster>-plain\naws rds restore-db-cluster-from-snapshot --db-cluster-identifier <cluster>-new --snapshot-identifier <cluster>-plain --engine <engine> --kms-key-id alias/<key>',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  Engine: aurora-postgresql\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  StorageEncrypted: true',
      terraform: 'resource "aws_rds_cluster" "this" {\n  engine                      = "aurora-postgresql"\n  master_username             = "app_owner"\n  manage_master_user_password = true\n  storage_encrypted           = true\n}',
    },
    messages: {
      encrypted: 'The storage of DB cluster {{name}} is encrypted.',
      unencrypted: 'The storage of DB cluster {{name}} is not encrypted.',
    },
  },
  evaluate(c, { pass, fail }) {
    return c.storageEncrypted ? pass('encrypted', { name: c.name }) : fail('unencrypted', { data: { name: c.name }, at: 'storageEncrypted' })
  },
})
