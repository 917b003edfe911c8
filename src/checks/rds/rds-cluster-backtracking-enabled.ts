import { defineCheck } from '../../core/check.js'

/**
 * Backtracking exists for Aurora MySQL only (`aurora-mysql`, and `aurora` for the retired
 * MySQL 5.6-compatible engine); Aurora PostgreSQL and Multi-AZ DB clusters cannot use it.
 */
const MYSQL_COMPATIBLE_AURORA = new Set(['aurora-mysql', 'aurora'])

export default defineCheck({
  meta: {
    id: 'rds-cluster-backtracking-enabled',
    resourceType: 'rds.cluster',
    title: 'Aurora MySQL DB cluster has backtracking enabled',
    severity: 'medium',
    categories: ['resilience'],
    description:
      'Checks that each Aurora MySQL DB cluster keeps a backtrack window, so it can be rewound in place to an earlier moment. With the `minimumWindowHours` option set, the window must also be at least that long; by default any window passes.',
    risk: 'Without backtracking, undoing a destructive statement (a DELETE without a WHERE clause, a dropped table) means a point-in-time restore into a new cluster, which takes hours and moves the endpoint; a backtrack takes minutes and keeps the cluster.',
    remediation: {
      text: 'Backtracking can only be turned on when a cluster is created or restored: restore a snapshot or clone of the cluster with a backtrack window (for example 24 hours, up to 72), move clients to it, then retire the old cluster.',
      cli: 'aws rds restore-db-cluster-to-point-in-time --source-db-cluster-identifier <cluster> --db-cluster-identifier <cluster>-bt --restore-type copy-on-write --use-latest-restorable-time --backtrack-window 86400',
      cloudformation: 'Type: AWS::RDS::DBCluster\nProperties:\n  Engine: aurora-mysql\n  MasterUsername: app_owner\n  ManageMasterUserPassword: true\n  BacktrackWindow: 86400   # seconds (24 hours)',
      terraform: 'resource "aws_rds_cluster" "this" {\n  engine                      = "aurora-mysql"\n  master_username             = "app_owner"\n  manage_master_user_password = true\n  backtrack_window            = 86400 # seconds (24 hours)\n}',
    },
    messages: {
      enabled: 'Aurora MySQL cluster {{name}} can be backtracked up to {{hours}} hours.',
      disabled: 'Aurora MySQL cluster {{name}} has backtracking turned off.',
      tooShort: 'Aurora MySQL cluster {{name}} can be backtracked only {{hours}} hours (at least {{min}} expected).',
    },
    options: { minimumWindowHours: 0 },
  },
  evaluate(c, { pass, fail, skip, options }) {
    if (!MYSQL_COMPATIBLE_AURORA.has(c.engine.toLowerCase())) return skip('backtracking exists for Aurora MySQL clusters only')
    const seconds = c.backtrackWindow ?? 0
    if (seconds <= 0) return fail('disabled', { data: { name: c.name }, at: 'backtrackWindow' })
    const hours = Math.round((seconds / 3600) * 100) / 100
    const min = Number(options.minimumWindowHours ?? 0)
    if (min > 0 && seconds < min * 3600) return fail('tooShort', { data: { name: c.name, hours, min }, at: 'backtrackWindow' })
    return pass('enabled', { name: c.name, hours })
  },
})
