import { defineCheck } from '../../core/check.js'
import { rdsEngineFamily } from '../../analysis/rds-engines.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-non-default-port',
    resourceType: 'rds.instance',
    title: 'RDS DB instance does not listen on its engine\'s default port',
    severity: 'low',
    categories: ['network'],
    description:
      'Checks that each DB instance listens on another port than its engine\'s default (MySQL, MariaDB and Aurora MySQL 3306, PostgreSQL 5432, Oracle 1521, SQL Server 1433, Db2 50000; data/rds-engines.json). A template that sets no port gets the default. Cluster members listen on the cluster\'s port (rds-cluster-non-default-port) and are skipped. This is defence in depth, not access control.',
    risk: 'Mass scanners and worms probe the default database ports; a database that a network mistake exposes is found and attacked sooner on its well-known port.',
    remediation: {
      text: 'Give the instance a non-standard port and update the security groups and clients. Changing the port restarts the instance.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <db> --db-port-number 6432 --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  Engine: postgres\n  DBInstanceClass: db.m7g.large\n  AllocatedStorage: "100"\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  Port: "6432"',
      terraform: 'resource "aws_db_instance" "this" {\n  engine                      = "postgres"\n  instance_class              = "db.m7g.large"\n  allocated_storage           = 100\n  username                    = "app_owner"\n  manage_master_user_password = true\n  port                        = 6432\n}',
    },
    messages: {
      custom: 'DB instance {{name}} listens on port {{port}}, not the {{engine}} default.',
      default: 'DB instance {{name}} listens on {{port}}, the default {{engine}} port.',
    },
  },
  evaluate(db, { pass, fail, skip, unknown }) {
    if (db.clusterIdentifier) return skip(`the port is set on cluster ${db.clusterIdentifier}`)
    const family = rdsEngineFamily(db.engine)
    if (!family) return unknown(`engine ${db.engine} is not one clearsky knows the default port of`)
    if (db.port === undefined) return unknown('the port is not known', { at: 'port' })
    const data = { name: db.name, port: db.port, engine: family.title }
    return db.port === family.defaultPort ? fail('default', { data, at: 'port' }) : pass('custom', data)
  },
})
