import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-deletion-protection-enabled',
    resourceType: 'rds.instance',
    title: 'RDS DB instance has deletion protection',
    severity: 'low',
    categories: ['resilience'],
    description: 'Checks that deletion protection is on for each DB instance, so that a delete call fails until someone turns the protection off first. Cluster members are skipped: for them the cluster\'s setting counts (rds-cluster-deletion-protection-enabled).',
    risk: 'One mistaken console click, a template that replaces the resource, or a stolen credential with rds:DeleteDBInstance removes the database; a final snapshot, if any, is all that remains.',
    remediation: {
      text: 'Turn deletion protection on; turn it off deliberately, in a separate change, when the instance really is to be deleted.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <db> --deletion-protection --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  Engine: postgres\n  DBInstanceClass: db.m7g.large\n  AllocatedStorage: "100"\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  DeletionProtection: true',
      terraform: 'resource "aws_db_instance" "this" {\n  engine                      = "postgres"\n  instance_class              = "db.m7g.large"\n  allocated_storage           = 100\n  username                    = "app_owner"\n  manage_master_user_password = true\n  deletion_protection         = true\n}',
    },
    messages: {
      protected: 'DB instance {{name}} has deletion protection.',
      unprotected: 'DB instance {{name}} has no deletion protection.',
    },
  },
  evaluate(db, { pass, fail, skip }) {
    if (db.clusterIdentifier) return skip(`protected (or not) by cluster ${db.clusterIdentifier}`)
    return db.deletionProtection ? pass('protected', { name: db.name }) : fail('unprotected', { data: { name: db.name }, at: 'deletionProtection' })
  },
})
