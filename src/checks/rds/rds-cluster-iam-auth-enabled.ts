import { defineCheck } from '../../core/check.js'
import { rdsEngineFamily } from '../../analysis/rds-engines.js'

export default defineCheck({
  meta: {
    id: 'rds-cluster-iam-auth-enabled',
    resourceType: 'rds.cluster',
    title: 'RDS DB cluster accepts IAM database authentication',
    severity: 'medium',
    categories: ['least-privilege'],
    description: 'Checks that IAM database authentication is on for each Aurora or Multi-AZ DB cluster, so that clients can connect with short-lived IAM tokens rather than stored passwords.',
    risk: 'Applications then need long-lived database passwords, which leak through configuration and logs and cannot be revoked centrally through IAM.',
    remediation: {
      text: 'Turn IAM database authentication on for the cluster and map database users to IAM roles.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --enable-iam-database-authentication --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  Engine: aurora-postgresql\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  EnableIAMDatabaseAuthentication: true',
      terraform: 'resource "aws_rds_cluster" "this" {\n  engine                              = "aurora-postgresql"\n  master_username                     = "app_owner"\n  manage_master_user_password         = true\n  iam_database_authentication_enabled = true\n}',
    },
    messages: {
      enabled: 'DB cluster {{name}} accepts IAM database authentication.',
      disabled: 'DB cluster {{name}} does not accept IAM database authentication.',
    },
  },
  evaluate(c, { pass, fail, skip }) {
    const family = rdsEngineFamily(c.engine)
    if (family && !family.iamAuthentication) return skip(`${family.title} does not support IAM database authentication`)
    return c.iamDatabaseAuthentication ? pass('enabled', { name: c.name }) : fail('disabled', { data: { name: c.name }, at: 'iamDatabaseAuthentication' })
  },
})
