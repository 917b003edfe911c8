import check from './rds-cluster-storage-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsCluster } from '../../../test/factories/index.js'

const aurora = 'Engine: aurora-postgresql\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: 'encrypted', resource: rdsCluster() }],
  invalid: [{ name: 'unencrypted', resource: rdsCluster({ storageEncrypted: false }), messageId: 'unencrypted', at: 'storageEncrypted' }],
  unknown: [
    { name: 'restored from a snapshot (IaC)', resource: rdsCluster({ storageEncrypted: false, unresolved: { storageEncrypted: 'inherited from the snapshot' } }) },
    { name: 'clusters could not be listed', resource: rdsCluster(), gaps: [{ resourceType: 'rds.cluster', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  iac: {
    cloudformation: {
      good: [`Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    ${aurora}\n    StorageEncrypted: true\n`, `Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: aurora-mysql\n    EngineMode: serverless\n    MasterUsername: app_owner\n`],
      bad: [`Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    ${aurora}\n`],
    },
    terraform: {
      good: ['resource "aws_rds_cluster" "c" {\n  engine            = "aurora-postgresql"\n  master_username   = "app_owner"\n  storage_encrypted = true\n}\n'],
      bad: ['resource "aws_rds_cluster" "c" {\n  engine          = "aurora-postgresql"\n  master_username = "app_owner"\n}\n'],
    },
  },
})
