import { defineCheck } from '../../core/check.js'
import { isDefaultAdminUsername } from '../../analysis/rds-engines.js'

export default defineCheck({
  meta: {
    id: 'rds-cluster-custom-admin-username',
    resourceType: 'rds.cluster',
    title: 'RDS DB cluster does not use a default administrator name',
    severity: 'medium',
    categories: ['least-privilege'],
    description: 'Checks that the master user of each Aurora or Multi-AZ DB cluster is not `admin`, `postgres` or another well-known superuser name (data/rds-engines.json), ignoring case.',
    risk: 'A default administrator name leaves only the password to guess for anyone who can reach the cluster endpoint.',
    remediation: {
      text: 'Create clusters with an unpredictable master user name; for an existing cluster, restore a snapshot into a new cluster created with a new name, or move administration to a new user and stop using the master user.',
      cli: '# the master user name cannot be modified: create or restore the cluster with --master-username <unpredictable-name>',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  Engine: aurora-postgresql\n  MasterUsername: ledger_owner_91c2\n  ManageMasterUserPassword: true',
      terraform: 'resource "aws_rds_cluster" "this" {\n  engine                      = "aurora-postgresql"\n  master_username             = "ledger_owner_91c2"\n  manage_master_user_password = true\n}',
    },
    messages: {
      custom: 'DB cluster {{name}} has a custom master user name.',
      default: 'DB cluster {{name}} uses the default administrator name {{username}}.',
    },
  },
  evaluate(c, { pass, fail, unknown }) {
    if (c.masterUsername === undefined) return unknown('the master user name is not known (a cluster restored from a snapshot keeps the snapshot\'s)', { at: 'masterUsername' })
    return isDefaultAdminUsername(c.masterUsername) ? fail('default', { data: { name: c.name, username: c.masterUsername }, at: 'masterUsername' }) : pass('custom', { name: c.name })
  },
})
