import check from './rds-cluster-iam-auth-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsCluster } from '../../../test/factories/index.js'

const aurora = 'Engine: aurora-postgresql\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: 'IAM auth on', resource: rdsCluster() }],
  invalid: [{ name: 'IAM auth off', resource: rdsCluster({ iamDatabaseAuthentication: false }), messageId: 'disabled', at: 'iamDatabaseAuthentication' }],
  unknown: [{ name: 'from a variable', resource: rdsCluster({ unresolved: { iamDatabaseAuthentication: 'var.iam' } }) }],
  iac: {
    cloudformation: {
      good: [`Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    ${aurora}\n    EnableIAMDatabaseAuthentication: true\n`],
      bad: [`Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    ${aurora}\n`],
    },
    terraform: {
      good: ['resource "aws_rds_cluster" "c" {\n  engine                              = "aurora-mysql"\n  iam_database_authentication_enabled = true\n}\n'],
      bad: ['resource "aws_rds_cluster" "c" {\n  engine = "aurora-mysql"\n}\n'],
    },
  },
})
