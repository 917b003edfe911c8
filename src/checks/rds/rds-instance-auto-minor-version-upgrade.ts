import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-auto-minor-version-upgrade',
    resourceType: 'rds.instance',
    title: 'RDS DB instance receives minor engine upgrades automatically',
    severity: 'high',
    categories: ['lifecycle'],
    description: 'Checks that automatic minor version upgrades are on for each DB instance (Aurora instances included: the setting is per instance), so that RDS applies the engine\'s security and bug-fix releases in the maintenance window.',
    risk: 'Minor releases are where engine vulnerabilities get fixed. An instance that only upgrades when someone remembers keeps known, published flaws open for months.',
    remediation: {
      text: 'Turn automatic minor version upgrade on and choose a maintenance window that suits the workload.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <db> --auto-minor-version-upgrade --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  Engine: postgres\n  DBInstanceClass: db.m7g.large\n  AllocatedStorage: "100"\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  AutoMinorVersionUpgrade: true',
      terraform: 'resource "aws_db_instance" "this" {\n  engine                      = "postgres"\n  instance_class              = "db.m7g.large"\n  allocated_storage           = 100\n  username                    = "app_owner"\n  manage_master_user_password = true\n  auto_minor_version_upgrade  = true\n}',
    },
    messages: {
      enabled: 'DB instance {{name}} receives minor engine upgrades automatically.',
      disabled: 'DB instance {{name}} does not receive minor engine upgrades automatically.',
    },
  },
  evaluate(db, { pass, fail }) {
    return db.autoMinorVersionUpgrade ? pass('enabled', { name: db.name }) : fail('disabled', { data: { name: db.name }, at: 'autoMinorVersionUpgrade' })
  },
})
