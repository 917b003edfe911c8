import check from './rds-instance-copy-tags-to-snapshots.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const pg = 'Engine: postgres\n    DBInstanceClass: db.m7g.large\n    AllocatedStorage: "100"\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true'

testCheck(check, {
  valid: [{ name: 'copies tags', resource: rdsInstance() }],
  invalid: [{ name: 'does not copy tags', resource: rdsInstance({ copyTagsToSnapshot: false }), messageId: 'notCopied', at: 'copyTagsToSnapshot' }],
  unknown: [{ name: 'from a parameter', resource: rdsInstance({ unresolved: { copyTagsToSnapshot: '!Ref Copy' } }) }],
  skip: [{ name: 'cluster member', resource: rdsInstance({ clusterIdentifier: 'ledger', copyTagsToSnapshot: false }) }],
  iac: {
    cloudformation: {
      good: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n    CopyTagsToSnapshot: true\n`],
      bad: [`Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    ${pg}\n`],
    },
    terraform: {
      good: ['resource "aws_db_instance" "db" {\n  engine                = "postgres"\n  copy_tags_to_snapshot = true\n}\n'],
      bad: ['resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n'],
    },
  },
})
