import check from './rds-cluster-deletion-protection-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsCluster } from '../../../test/factories/index.js'

const aurora = 'Engine: aurora-postgresql\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: 'protected', resource: rdsCluster() }],
  invalid: [{ name: 'unprotected', resource: rdsCluster({ deletionProtection: false }), messageId: 'unprotected', at: 'deletionProtection' }],
  unknown: [{ name: 'protection from a parameter', resource: rdsCluster({ unresolved: { deletionProtection: '!Ref Protect' } }) }],
  iac: {
    cloudformation: {
      good: [`Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    ${aurora}\n    DeletionProtection: true\n`],
      bad: [`Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    ${aurora}\n`],
    },
    terraform: {
      good: ['resource "aws_rds_cluster" "c" {\n  engine              = "aurora-postgresql"\n  deletion_protection = true\n}\n'],
      bad: ['resource "aws_rds_cluster" "c" {\n  engine = "aurora-postgresql"\n}\n'],
    },
  },
})
