import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-cluster-copy-tags-to-snapshots',
    resourceType: 'rds.cluster',
    title: 'RDS DB cluster copies its tags to snapshots',
    severity: 'low',
    categories: ['governance'],
    description: 'Checks that each Aurora or Multi-AZ DB cluster copies its tags to the cluster snapshots taken of it.',
    risk: 'Untagged snapshots fall outside tag-based access control, ownership and data-classification policies, and outlive the knowledge of what they contain.',
    remediation: {
      text: 'Turn on copying of tags to snapshots for the cluster.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier <cluster> --copy-tags-to-snapshot --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  Engine: aurora-postgresql\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  CopyTagsToSnapshot: true',
      terraform: 'resource "aws_rds_cluster" "this" {\n  engine                      = "aurora-postgresql"\n  master_username             = "app_owner"\n  manage_master_user_password = true\n  copy_tags_to_snapshot       = true\n}',
    },
    messages: {
      copied: 'DB cluster {{name}} copies its tags to snapshots.',
      notCopied: 'DB cluster {{name}} does not copy its tags to snapshots.',
    },
  },
  evaluate(c, { pass, fail }) {
    return c.copyTagsToSnapshot ? pass('copied', { name: c.name }) : fail('notCopied', { data: { name: c.name }, at: 'copyTagsToSnapshot' })
  },
})
