import check from './rds-cluster-non-default-port.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsCluster } from '../../../test/factories/index.js'

const cluster = (engine: string, port?: number) => `Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: ${engine}\n    MasterUsername: app_owner\n${port ? `    Port: ${port}\n` : ''}`

testCheck(check, {
  valid: [{ name: 'Aurora PostgreSQL on 6432', resource: rdsCluster() }],
  invalid: [{ name: 'Aurora MySQL on 3306', resource: rdsCluster({ engine: 'aurora-mysql', port: 3306 }), messageId: 'default', at: 'port' }],
  unknown: [{ name: 'port not known', resource: rdsCluster({ port: undefined }) }],
  iac: {
    cloudformation: { good: [cluster('aurora-mysql', 13306)], bad: [cluster('aurora-postgresql')] },
    terraform: {
      good: ['resource "aws_rds_cluster" "c" {\n  engine = "aurora-postgresql"\n  port   = 6432\n}\n'],
      bad: ['resource "aws_rds_cluster" "c" {\n  engine = "aurora-postgresql"\n  port   = 5432\n}\n'],
    },
  },
})
