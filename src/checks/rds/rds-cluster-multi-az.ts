import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-cluster-multi-az',
    resourceType: 'rds.cluster',
    title: 'RDS DB cluster has instances in more than one Availability Zone',
    severity: 'medium',
    categories: ['resilience'],
    description:
      'Checks that each DB cluster has DB instances in more than one Availability Zone, so that a reader can be promoted when the writer\'s zone fails. Aurora stores data in three zones regardless; this is about compute. Aurora Serverless v1 clusters (engine mode `serverless`), which AWS fails over itself, are skipped.',
    risk: 'An Aurora cluster whose instances are all in one zone has to create a new instance elsewhere when that zone fails: minutes of downtime, or much longer during a regional capacity shortage.',
    remediation: {
      text: 'Add a reader instance in another Availability Zone (give it a promotion tier so it is chosen for failover).',
      cli: 'aws rds create-db-instance --db-instance-identifier <cluster>-reader --db-cluster-identifier <cluster> --engine <engine> --db-instance-class <class> --availability-zone <other-az>',
      cloudformation: 'Type: AWS::RDS::DBInstance\nProperties:\n  DBClusterIdentifier: !Ref Cluster\n  Engine: aurora-postgresql\n  DBInstanceClass: db.r7g.large\n  AvailabilityZone: !Select [1, !GetAZs ""]',
      terraform: 'resource "aws_rds_cluster_instance" "reader" {\n  cluster_identifier = aws_rds_cluster.this.id\n  engine             = aws_rds_cluster.this.engine\n  instance_class     = "db.r7g.large"\n  availability_zone  = "<other-az>"\n}',
    },
    messages: {
      multiAz: 'DB cluster {{name}} has instances in more than one Availability Zone.',
      singleAz: 'DB cluster {{name}} has its instances in a single Availability Zone (or no reader at all).',
    },
  },
  evaluate(c, { pass, fail, skip }) {
    if (c.engineMode === 'serverless') return skip('Aurora Serverless v1 fails over on its own')
    return c.multiAz ? pass('multiAz', { name: c.name }) : fail('singleAz', { data: { name: c.name }, at: 'multiAz' })
  },
})
