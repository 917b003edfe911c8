import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-not-publicly-accessible',
    resourceType: 'rds.instance',
    title: 'RDS DB instance is not publicly accessible',
    severity: 'critical',
    categories: ['public-exposure', 'network'],
    description:
      'Checks the PubliclyAccessible setting of each DB instance (Aurora members included: the setting is per instance). When it is on, the instance\'s DNS name resolves to a public IP address, and the database answers anyone on the internet whom its subnets\' route tables and security groups let through.',
    risk: 'A database reachable from the internet is exposed to password guessing, exploitation of engine vulnerabilities and denial of service; one permissive security group rule is all that separates it from every scanner on the internet.',
    remediation: {
      text: 'Turn public accessibility off and reach the database from inside the VPC (application subnets, a bastion, AWS Client VPN or Session Manager port forwarding).',
      cli: 'aws rds modify-db-instance --db-instance-identifier <db> --no-publicly-accessible --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  Engine: postgres\n  DBInstanceClass: db.m7g.large\n  AllocatedStorage: "100"\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  PubliclyAccessible: false',
      terraform: 'resource "aws_db_instance" "this" {\n  engine                      = "postgres"\n  instance_class              = "db.m7g.large"\n  allocated_storage           = 100\n  username                    = "app_owner"\n  manage_master_user_password = true\n  publicly_accessible         = false\n}',
    },
    messages: {
      private: 'DB instance {{name}} is not publicly accessible.',
      public: 'DB instance {{name}} is publicly accessible: its endpoint resolves to a public IP address.',
    },
  },
  evaluate(db, { pass, fail }) {
    return db.publiclyAccessible ? fail('public', { data: { name: db.name }, at: 'publiclyAccessible' }) : pass('private', { name: db.name })
  },
})
