import check from './rds-cluster-multi-az.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsCluster } from '../../../test/factories/index.js'

const cluster = 'Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: aurora-postgresql\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true\n'
const member = (id: string, az?: string) => `${id}:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    DBClusterIdentifier: !Ref Cluster\n    Engine: aurora-postgresql\n    DBInstanceClass: db.r7g.large\n${az ? `    AvailabilityZone: ${az}\n` : ''}`
const tfCluster = 'resource "aws_rds_cluster" "c" {\n  cluster_identifier = "ledger"\n  engine             = "aurora-postgresql"\n}\n'
const tfMember = (n: string, az: string) => `resource "aws_rds_cluster_instance" "${n}" {\n  cluster_identifier = aws_rds_cluster.c.id\n  engine             = "aurora-postgresql"\n  instance_class     = "db.r7g.large"\n  availability_zone  = "${az}"\n}\n`

testCheck(check, {
  valid: [{ name: 'instances in two zones', resource: rdsCluster() }],
  invalid: [{ name: 'one zone', resource: rdsCluster({ multiAz: false }), messageId: 'singleAz', at: 'multiAz' }],
  unknown: [{ name: 'template instances name no zone', resource: rdsCluster({ multiAz: false, unresolved: { multiAz: 'the instances name no Availability Zone: RDS places them' } }) }],
  skip: [{ name: 'Aurora Serverless v1', resource: rdsCluster({ engineMode: 'serverless', multiAz: false }) }],
  iac: {
    cloudformation: {
      good: [cluster + member('Writer', 'us-east-1a') + member('Reader', 'us-east-1b'), 'Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: postgres\n    DBClusterInstanceClass: db.m6gd.large\n    AllocatedStorage: 100\n    StorageType: io1\n    Iops: 1000\n    MasterUsername: app_owner\n'],
      bad: [cluster + member('Writer'), cluster + member('Writer', 'us-east-1a') + member('Reader', 'us-east-1a')],
    },
    terraform: {
      good: [tfCluster + tfMember('a', 'us-east-1a') + tfMember('b', 'us-east-1b')],
      bad: [tfCluster + tfMember('a', 'us-east-1a'), tfCluster],
    },
  },
})
