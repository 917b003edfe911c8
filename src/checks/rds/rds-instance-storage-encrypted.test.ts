import check from './rds-instance-storage-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const pg = 'Engine: postgres\n    DBInstanceClass: db.m7g.large\n    AllocatedStorage: "100"\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: 'encrypted', resource: rdsInstance() }],
  invalid: [{ name: 'unencrypted', resource: rdsInstance({ storageEncrypted: false, kmsKeyId: undefined }), messageId: 'unencrypted', at: 'storageEncrypted' }],
  unknown: [
    { name: 'encryption from a parameter', resource: rdsInstance({ storageEncrypted: false, unresolved: { storageEncrypted: '!Ref Encrypt' } }) },
    { name: 'instances could not be listed', resource: rdsInstance(), gaps: [{ resourceType: 'rds.instance', region: 'us-east-1', code: 'AccessDenied', message: 'rds:DescribeDBInstances denied' }] },
  ],
  skip: [{ name: 'Aurora member', resource: rdsInstance({ engine: 'aurora-postgresql', clusterIdentifier: 'ledger', storageEncrypted: false }) }],
  iac: {
    cloudformation: {
      good: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    StorageEncrypted: true\n`, `Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    StorageEncrypted: true\n    KmsKeyId: !Ref Key\nKey:\n  Type: AWS::KMS::Key\n  Properties: { EnableKeyRotation: true }\n`],
      bad: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n`, `Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    StorageEncrypted: 'false'\n`],
    },
    terraform: {
      good: ['resource "aws_db_instance" "db" {\n  engine            = "postgres"\n  instance_class    = "db.m7g.large"\n  storage_encrypted = true\n}\n'],
      bad: ['resource "aws_db_instance" "db" {\n  engine         = "postgres"\n  instance_class = "db.m7g.large"\n}\n', 'variable "encrypt" {\n  default = false\n}\nresource "aws_db_instance" "db" {\n  engine            = "mysql"\n  storage_encrypted = var.encrypt\n}\n'],
    },
  },
})
