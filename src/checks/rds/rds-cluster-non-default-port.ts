import { defineCheck } from '../../core/check.js'
import { rdsEngineFamily } from '../../analysis/rds-engines.js'

export default defineCheck({
  meta: {
    id: 'rds-cluster-non-default-port',
    resourceType: 'rds.cluster',
    title: 'RDS DB cluster does not listen on its engine\'s default port',
    severity: 'low',
    categories: ['network'],
    description: 'Checks that each Aurora or Multi-AZ DB cluster listens on another port than its engine\'s default (3306 for MySQL-compatible, 5432 for PostgreSQL-compatible engines). A template that sets no port gets the default. Defence in depth only.',
    risk: 'Automated scanners look for databases on the default ports first; a cluster exposed by a network mistake is found sooner there.',
    remediation: {
      text: 'Set a non-standard port on the cluster and update security groups and connection strings.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --port 6432 --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  Engine: aurora-postgresql\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  Port: 6432',
      terraform: 'resource "aws_rds_cluster" "this" {\n  engine                      = "aurora-postgresql"\n  master_username             = "app_owner"\n  manage_master_user_password = true\n  port                        = 6432\n}',
    },
    messages: {
      custom: 'DB cluster {{name}} listens on port {{port}}, not the {{engine}} default.',
      default: 'DB cluster {{name}} listens on {{port}}, the default {{engine}} port.',
    },
  },
  evaluate(c, { pass, fail, unknown }) {
    const family = rdsEngineFamily(c.engine)
    if (!family) return unknown(`engine ${c.engine} is not one clearsky knows the default port of`)
    if (c.port === undefined) return unknown('the port is not known', { at: 'port' })
    const data = { name: c.name, port: c.port, engine: family.title }
    return c.port === family.defaultPort ? fail('default', { data, at: 'port' }) : pass('custom', data)
  },
})
