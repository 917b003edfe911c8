import check from './rds-instance-not-publicly-accessible.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const pg = 'Engine: postgres\n    DBInstanceClass: db.m7g.large\n    AllocatedStorage: "100"\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: 'private', resource: rdsInstance() }, { name: 'private Aurora member', resource: rdsInstance({ clusterIdentifier: 'ledger', engine: 'aurora-postgresql' }) }],
  invalid: [
    { name: 'public', resource: rdsInstance({ publiclyAccessible: true }), messageId: 'public', at: 'publiclyAccessible' },
    { name: 'public Aurora member', resource: rdsInstance({ clusterIdentifier: 'ledger', engine: 'aurora-mysql', publiclyAccessible: true }), messageId: 'public' },
  ],
  unknown: [{ name: 'template leaves it to the VPC', resource: rdsInstance({ unresolved: { publiclyAccessible: 'not set: AWS makes the instance public when its VPC has an internet gateway' } }) }],
  iac: {
    cloudformation: {
      good: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    PubliclyAccessible: false\n`],
      bad: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    PubliclyAccessible: true\n`],
    },
    terraform: {
      // The AWS provider sends publicly_accessible = false when it is left out.
      good: ['resource "aws_db_instance" "db" {\n  engine         = "postgres"\n  instance_class = "db.m7g.large"\n}\n'],
      bad: ['resource "aws_db_instance" "db" {\n  engine              = "postgres"\n  instance_class      = "db.m7g.large"\n  publicly_accessible = true\n}\n', 'resource "aws_rds_cluster_instance" "reader" {\n  cluster_identifier  = "ledger"\n  engine              = "aurora-postgresql"\n  instance_class      = "db.r7g.large"\n  publicly_accessible = true\n}\n'],
    },
  },
})
