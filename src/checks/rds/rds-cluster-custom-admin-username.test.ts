import check from './rds-cluster-custom-admin-username.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsCluster } from '../../../test/factories/index.js'

const cluster = (user: string) => `Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: aurora-postgresql\n    MasterUsername: ${user}\n    ManageMasterUserPassword: true\n`

testCheck(check, {
  valid: [{ name: 'custom name', resource: rdsCluster() }],
  invalid: [{ name: 'postgres', resource: rdsCluster({ masterUsername: 'postgres' }), messageId: 'default', at: 'masterUsername' }],
  unknown: [{ name: 'restored from a snapshot', resource: rdsCluster({ masterUsername: undefined }) }],
  iac: {
    cloudformation: { good: [cluster('ledger_owner')], bad: [cluster('postgres')] },
    terraform: {
      good: ['resource "aws_rds_cluster" "c" {\n  engine          = "aurora-mysql"\n  master_username = "ledger_owner"\n}\n'],
      bad: ['resource "aws_rds_cluster" "c" {\n  engine          = "aurora-mysql"\n  master_username = "admin"\n}\n'],
    },
  },
})
