import { defineCheck } from '../../core/check.js'
import { supportsMultiAz } from '../../analysis/rds-engines.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-multi-az',
    resourceType: 'rds.instance',
    title: 'RDS DB instance is a Multi-AZ deployment',
    severity: 'medium',
    categories: ['resilience'],
    description:
      'Checks that each DB instance runs as a Multi-AZ deployment, with a synchronous standby in another Availability Zone that RDS fails over to. Cluster members (their availability comes from the cluster\'s instances: rds-cluster-multi-az), read replicas and editions RDS offers only as Single-AZ (SQL Server Express and Web) are skipped.',
    risk: 'A Single-AZ instance is down for the whole of an Availability Zone outage, a host failure or storage failure, and during many maintenance operations; recovery means restoring from backup, with data loss back to the last restorable time.',
    remediation: {
      text: 'Convert the instance to a Multi-AZ deployment (it stays available during the conversion).',
      cli: 'aws rds modify-db-instance --db-instance-identifier <db> --multi-az --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  Engine: postgres\n  DBInstanceClass: db.m7g.large\n  AllocatedStorage: "100"\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  MultiAZ: true',
      terraform: 'resource "aws_db_instance" "this" {\n  engine                      = "postgres"\n  instance_class              = "db.m7g.large"\n  allocated_storage           = 100\n  username                    = "app_owner"\n  manage_master_user_password = true\n  multi_az                    = true\n}',
    },
    messages: {
      multiAz: 'DB instance {{name}} is a Multi-AZ deployment.',
      singleAz: 'DB instance {{name}} runs in a single Availability Zone.',
    },
  },
  evaluate(db, { pass, fail, skip }) {
    if (db.clusterIdentifier) return skip(`member of cluster ${db.clusterIdentifier}`)
    if (db.readReplicaSourceIdentifier) return skip(`read replica of ${db.readReplicaSourceIdentifier}`)
    if (!supportsMultiAz(db.engine)) return skip(`${db.engine} is offered only as a Single-AZ deployment`)
    return db.multiAz ? pass('multiAz', { name: db.name }) : fail('singleAz', { data: { name: db.name }, at: 'multiAz' })
  },
})
