import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-storage-encrypted',
    resourceType: 'rds.instance',
    title: 'RDS DB instance storage is encrypted',
    severity: 'medium',
    categories: ['encryption'],
    description:
      'Checks that the storage of each DB instance is encrypted with KMS. Encryption covers the data files, automated backups, snapshots, read replicas and logs. Members of an Aurora or Multi-AZ DB cluster are skipped: their storage is the cluster\'s, which rds-cluster-storage-encrypted evaluates.',
    risk: 'Unencrypted storage, and every snapshot taken of it, can be read by anyone who obtains the underlying volume or a copy of a snapshot; an unencrypted snapshot can also be shared or made public without any key policy standing in the way.',
    remediation: {
      text: 'Encryption can only be chosen when an instance is created. Take a snapshot, copy it with a KMS key (copy-db-snapshot --kms-key-id), restore a new instance from the encrypted copy, switch the application over and delete the old instance.',
      cli: 'aws rds create-db-snapshot --db-instance-identifier <db> --db-snapshot-identifier <db>-plain\naws rds copy-db-snapshot --source-db-snapshot-identifier <db>-plain --target-db-snapshot-identifier <db>-encrypted --kms-key-id alias/<key>\naws rds restore-db-instance-from-db-snapshot --db-instance-identifier <db>-new --db-snapshot-identifier <db>-encrypted',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  Engine: postgres\n  DBInstanceClass: db.m7g.large\n  AllocatedStorage: "100"\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  StorageEncrypted: true',
      terraform: 'resource "aws_db_instance" "this" {\n  engine                      = "postgres"\n  instance_class              = "db.m7g.large"\n  allocated_storage           = 100\n  username                    = "app_owner"\n  manage_master_user_password = true\n  storage_encrypted           = true\n}',
    },
    messages: {
      encrypted: 'The storage of DB instance {{name}} is encrypted.',
      unencrypted: 'The storage of DB instance {{name}} is not encrypted.',
    },
  },
  evaluate(db, { pass, fail, skip }) {
    if (db.clusterIdentifier) return skip(`storage belongs to cluster ${db.clusterIdentifier}`)
    return db.storageEncrypted ? pass('encrypted', { name: db.name }) : fail('unencrypted', { data: { name: db.name }, at: 'storageEncrypted' })
  },
})
