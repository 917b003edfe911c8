import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-copy-tags-to-snapshots',
    resourceType: 'rds.instance',
    title: 'RDS DB instance copies its tags to snapshots',
    severity: 'low',
    categories: ['governance'],
    description: 'Checks that each DB instance copies its tags to the snapshots taken of it. Cluster members are skipped: for them the cluster\'s setting applies (rds-cluster-copy-tags-to-snapshots).',
    risk: 'Snapshots without the owner, classification and environment tags escape tag-based access control (aws:ResourceTag conditions), cost allocation and data-handling policies: nobody can tell what data an untagged snapshot holds.',
    remediation: {
      text: 'Turn on copying of tags to snapshots.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <db> --copy-tags-to-snapshot --apply-immediately',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  Engine: postgres\n  DBInstanceClass: db.m7g.large\n  AllocatedStorage: "100"\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  CopyTagsToSnapshot: true',
      terraform: 'resource "aws_db_instance" "this" {\n  engine                      = "postgres"\n  instance_class              = "db.m7g.large"\n  allocated_storage           = 100\n  username                    = "app_owner"\n  manage_master_user_password = true\n  copy_tags_to_snapshot       = true\n}',
    },
    messages: {
      copied: 'DB instance {{name}} copies its tags to snapshots.',
      notCopied: 'DB instance {{name}} does not copy its tags to snapshots.',
    },
  },
  evaluate(db, { pass, fail, skip }) {
    if (db.clusterIdentifier) return skip(`snapshots are taken of cluster ${db.clusterIdentifier}`)
    return db.copyTagsToSnapshot ? pass('copied', { name: db.name }) : fail('notCopied', { data: { name: db.name }, at: 'copyTagsToSnapshot' })
  },
})
