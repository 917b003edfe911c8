import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-cluster-deletion-protection-enabled',
    resourceType: 'rds.cluster',
    title: 'RDS DB cluster has deletion protection',
    severity: 'low',
    categories: ['resilience'],
    description: 'Checks that deletion protection is on for each Aurora or Multi-AZ DB cluster.',
    risk: 'Without it, deleting the cluster (by mistake, through a stack update that replaces it, or with stolen credentials) takes the data with it; only a final snapshot, if one was requested, survives.',
    remediation: {
      text: 'Turn deletion protection on for the cluster.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --deletion-protection --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  Engine: aurora-postgresql\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  DeletionProtection: true',
      terraform: 'resource "aws_rds_cluster" "this" {\n  engine                      = "aurora-postgresql"\n  master_username             = "app_owner"\n  manage_master_user_password = true\n  deletion_protection         = true\n}',
    },
    messages: {
      protected: 'DB cluster {{name}} has deletion protection.',
      unprotected: 'DB cluster {{name}} has no deletion protection.',
    },
  },
  evaluate(c, { pass, fail }) {
    return c.deletionProtection ? pass('protected', { name: c.name }) : fail('unprotected', { data: { name: c.name }, at: 'deletionProtection' })
  },
})
