import { defineCheck } from '../../core/check.js'
import { isDefaultAdminUsername } from '../../analysis/rds-engines.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-custom-admin-username',
    resourceType: 'rds.instance',
    title: 'RDS DB instance does not use a default administrator name',
    severity: 'medium',
    categories: ['least-privilege'],
    description:
      'Checks that the master user of each DB instance is not a name the RDS console proposes (`admin`, `postgres`) or a well-known superuser name (`root`, `sa`, `administrator`, `master`; list in data/rds-engines.json), compared without regard to case. Cluster members use the cluster\'s master user (rds-cluster-custom-admin-username) and are skipped. The name can only be chosen when the instance is created.',
    risk: 'With a default name, an attacker who can reach the database needs to guess only the password: credential-stuffing tools try exactly these names first.',
    remediation: {
      text: 'Create the database with an unpredictable master user name. For an existing instance, restore a snapshot into a new instance with a new master user name, or create a new administrative user, move privileges to it and stop using the master user.',
      cli: 'aws rds restore-db-instance-from-db-snapshot --db-instance-identifier <db>-new --db-snapshot-identifier <snapshot>\n# the master user name cannot be modified; create the new instance from scratch with --master-username <unpredictable-name> when possible',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  Engine: postgres\n  DBInstanceClass: db.m7g.large\n  AllocatedStorage: "100"\n  MasterUsername: orders_owner_7f3a\n  ManageMasterUserPassword: true',
      terraform: 'resource "aws_db_instance" "this" {\n  engine                      = "postgres"\n  instance_class              = "db.m7g.large"\n  allocated_storage           = 100\n  username                    = "orders_owner_7f3a"\n  manage_master_user_password = true\n}',
    },
    messages: {
      custom: 'DB instance {{name}} has a custom master user name.',
      default: 'DB instance {{name}} uses the default administrator name {{username}}.',
    },
  },
  evaluate(db, { pass, fail, skip, unknown }) {
    if (db.clusterIdentifier) return skip(`the master user belongs to cluster ${db.clusterIdentifier}`)
    if (db.masterUsername === undefined) return unknown('the master user name is not known (an instance restored from a snapshot keeps the snapshot\'s)', { at: 'masterUsername' })
    return isDefaultAdminUsername(db.masterUsername) ? fail('default', { data: { name: db.name, username: db.masterUsername }, at: 'masterUsername' }) : pass('custom', { name: db.name })
  },
})
