import { defineCheck } from '../../core/check.js'
import { rdsEngineFamily } from '../../analysis/rds-engines.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-iam-auth-enabled',
    resourceType: 'rds.instance',
    title: 'RDS DB instance accepts IAM database authentication',
    severity: 'medium',
    categories: ['least-privilege'],
    description:
      'Checks that IAM database authentication is on for MySQL, MariaDB and PostgreSQL instances, so that applications can log in with short-lived tokens tied to IAM roles instead of stored passwords. Engines without IAM authentication (Oracle, SQL Server, Db2, RDS Custom) and cluster members (rds-cluster-iam-auth-enabled) are skipped.',
    risk: 'Without IAM authentication every application holds a long-lived database password, which ends up in configuration, environment variables and logs, is rarely rotated, and cannot be revoked by removing an IAM permission.',
    remediation: {
      text: 'Turn IAM database authentication on, create database users mapped to IAM (GRANT rds_iam / AWSAuthenticationPlugin) and grant rds-db:connect to the roles that need them.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <db> --enable-iam-database-authentication --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  Engine: postgres\n  DBInstanceClass: db.m7g.large\n  AllocatedStorage: "100"\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  EnableIAMDatabaseAuthentication: true',
      terraform: 'resource "aws_db_instance" "this" {\n  engine                              = "postgres"\n  instance_class                      = "db.m7g.large"\n  allocated_storage                   = 100\n  username                            = "app_owner"\n  manage_master_user_password         = true\n  iam_database_authentication_enabled = true\n}',
    },
    messages: {
      enabled: 'DB instance {{name}} accepts IAM database authentication.',
      disabled: 'DB instance {{name}} does not accept IAM database authentication.',
    },
  },
  evaluate(db, { pass, fail, skip }) {
    if (db.clusterIdentifier) return skip(`IAM authentication is set on cluster ${db.clusterIdentifier}`)
    const family = rdsEngineFamily(db.engine)
    if (!family) return skip(`engine ${db.engine} is not one clearsky knows`)
    if (!family.iamAuthentication) return skip(`${family.title} does not support IAM database authentication`)
    return db.iamDatabaseAuthentication ? pass('enabled', { name: db.name }) : fail('disabled', { data: { name: db.name }, at: 'iamDatabaseAuthentication' })
  },
})
