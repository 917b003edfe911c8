import check from './rds-global-cluster-aurora-mysql-supported-version.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsGlobalCluster } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: '3.08.2, above the minimum', resource: rdsGlobalCluster() },
    { name: 'exactly the minimum 3.08.0', resource: rdsGlobalCluster({ engineVersion: '8.0.mysql_aurora.3.08.0' }) },
    { name: 'a later major line 3.10.1', resource: rdsGlobalCluster({ engineVersion: '8.0.mysql_aurora.3.10.1' }) },
    { name: 'long-term-support 3.04.3', resource: rdsGlobalCluster({ engineVersion: '8.0.mysql_aurora.3.04.3' }) },
  ],
  invalid: [
    { name: 'non-LTS 3.05.2', resource: rdsGlobalCluster({ engineVersion: '8.0.mysql_aurora.3.05.2' }), messageId: 'unsupported', at: 'engineVersion' },
    { name: 'Aurora MySQL 2', resource: rdsGlobalCluster({ engineVersion: '5.7.mysql_aurora.2.12.1' }), messageId: 'unsupported', at: 'engineVersion' },
    { name: 'Aurora MySQL 1 (engine aurora)', resource: rdsGlobalCluster({ engine: 'aurora', engineVersion: '5.6.mysql_aurora.1.22.2' }), messageId: 'unsupported' },
  ],
  skip: [{ name: 'Aurora PostgreSQL global database', resource: rdsGlobalCluster({ engine: 'aurora-postgresql', engineVersion: '16.4' }) }],
  unknown: [
    { name: 'version from a parameter', resource: rdsGlobalCluster({ unresolved: { engineVersion: '!Ref EngineVersion' } }) },
    { name: 'unreadable version', resource: rdsGlobalCluster({ engineVersion: '8.0.x' }) },
  ],
  iac: {
    cloudformation: {
      good: ['Global:\n  Type: AWS::RDS::GlobalCluster\n  Properties:\n    GlobalClusterIdentifier: orders-global\n    Engine: aurora-mysql\n    EngineVersion: 8.0.mysql_aurora.3.08.2\n'],
      bad: ['Global:\n  Type: AWS::RDS::GlobalCluster\n  Properties:\n    GlobalClusterIdentifier: orders-global\n    Engine: aurora-mysql\n    EngineVersion: 5.7.mysql_aurora.2.12.1\n'],
    },
    terraform: {
      good: ['resource "aws_rds_global_cluster" "g" {\n  global_cluster_identifier = "orders-global"\n  engine                    = "aurora-mysql"\n  engine_version            = "8.0.mysql_aurora.3.08.2"\n}\n'],
      bad: ['resource "aws_rds_global_cluster" "g" {\n  global_cluster_identifier = "orders-global"\n  engine                    = "aurora-mysql"\n  engine_version            = "8.0.mysql_aurora.3.05.2"\n}\n'],
    },
  },
})
