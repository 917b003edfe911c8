import type { ResourceBase } from './common.js'

/**
 * The DB parameter group a DB instance uses, or the DB cluster parameter group of a cluster,
 * with the values of the parameters clearsky reads (data/rds-parameters.json).
 */
export interface RdsParameterGroupRef {
  /** The group's name (`default.sqlserver-se-16.0` for a default group). */
  name: string
  /**
   * `in-sync`, or `pending-reboot` / `applying` while the database does not yet run with the
   * group's values. Absent in templates: a deployment applies the group.
   */
  applyStatus?: string
  /** Values by parameter name; a parameter without a value in the group is absent. */
  parameters: Record<string, string>
}

/**
 * `rds.instance`: one DB instance (DescribeDBInstances). Neptune and DocumentDB instances, which
 * the same API lists, are not included: those services have their own controls.
 *
 * Instances that belong to a cluster (Aurora, Multi-AZ DB clusters) take storage encryption,
 * backups, deletion protection, IAM authentication, log exports, the master user, the port and
 * snapshot tags from the cluster; the instance checks skip those settings for cluster members
 * and the cluster checks evaluate them.
 */
export interface RdsInstance extends ResourceBase {
  /** DBInstanceIdentifier. */
  identifier: string
  /** `mysql`, `postgres`, `mariadb`, `aurora-mysql`, `oracle-ee`, `sqlserver-se`, `db2-se`, `custom-oracle-ee` … */
  engine: string
  engineVersion?: string
  instanceClass?: string
  /** Set when the instance is a member of an Aurora or Multi-AZ DB cluster. */
  clusterIdentifier?: string
  /** Set on read replicas: the source instance (or cluster) identifier or ARN. */
  readReplicaSourceIdentifier?: string
  status?: string
  publiclyAccessible: boolean
  storageEncrypted: boolean
  kmsKeyId?: string
  /** Days automated backups are kept; 0 = automated backups are off. */
  backupRetentionPeriod: number
  deletionProtection: boolean
  multiAz: boolean
  autoMinorVersionUpgrade: boolean
  iamDatabaseAuthentication: boolean
  /** Enhanced monitoring interval in seconds; 0 = enhanced monitoring is off. */
  monitoringInterval: number
  /** Log types exported to CloudWatch Logs (`audit`, `error`, `postgresql` …). */
  enabledLogExports: string[]
  masterUsername?: string
  /** The port the database listens on (absent when the source does not know it). */
  port?: number
  copyTagsToSnapshot: boolean
  vpcSecurityGroupIds: string[]
  /**
   * The subnets of the instance's DB subnet group: it runs in one of them and RDS may move it
   * (failover, Multi-AZ standby, host replacement) to any other. Absent when not known.
   */
  subnetIds?: string[]
  /** The VPC of the DB subnet group. */
  vpcId?: string
  /** The DB parameter group, read only for the engines a parameter check evaluates. */
  parameterGroup?: RdsParameterGroupRef
}

/**
 * `rds.cluster`: an Aurora DB cluster or a Multi-AZ DB cluster (DescribeDBClusters). Neptune and
 * DocumentDB clusters are not included.
 */
export interface RdsCluster extends ResourceBase {
  /** DBClusterIdentifier. */
  identifier: string
  /** `aurora-mysql`, `aurora-postgresql`, or `mysql` / `postgres` for Multi-AZ DB clusters. */
  engine: string
  /** `provisioned`, `serverless` (Aurora Serverless v1), `global`, `parallelquery`, `multimaster`. */
  engineMode?: string
  engineVersion?: string
  status?: string
  storageEncrypted: boolean
  kmsKeyId?: string
  /** Days automated backups are kept (at least 1 for clusters). */
  backupRetentionPeriod: number
  deletionProtection: boolean
  /** The cluster has DB instances in more than one Availability Zone. */
  multiAz: boolean
  /**
   * Reported for Multi-AZ DB clusters only: Aurora sets automatic minor upgrades per instance.
   * Absent when the source does not report it.
   */
  autoMinorVersionUpgrade?: boolean
  iamDatabaseAuthentication: boolean
  enabledLogExports: string[]
  masterUsername?: string
  port?: number
  copyTagsToSnapshot: boolean
  /**
   * Aurora MySQL backtracking: how far back, in seconds, the cluster can be rewound in place
   * (BacktrackWindow). 0 or absent = backtracking is off.
   */
  backtrackWindow?: number
  /** The DB cluster parameter group, read only for the engines a parameter check evaluates. */
  parameterGroup?: RdsParameterGroupRef
  /** Identifiers of the member instances. */
  members: string[]
}

/**
 * `rds.snapshot`: a manual DB snapshot or DB cluster snapshot the account owns. Automated
 * snapshots are not listed: they cannot be shared, and their encryption is the source's.
 */
export interface RdsSnapshot extends ResourceBase {
  /** DBSnapshotIdentifier or DBClusterSnapshotIdentifier. */
  identifier: string
  kind: 'instance' | 'cluster'
  /** The DB instance or cluster the snapshot was taken from. */
  sourceIdentifier?: string
  engine?: string
  encrypted: boolean
  kmsKeyId?: string
  createdAt?: string
  /**
   * Accounts allowed to copy and restore the snapshot (the `restore` attribute); `all` means
   * every AWS account: the snapshot is public.
   */
  restoreAccounts: string[]
}

/**
 * `rds.event-subscription`: an RDS event notification subscription (DescribeEventSubscriptions),
 * which sends the events of a source type to an SNS topic.
 */
export interface RdsEventSubscription extends ResourceBase {
  /** CustSubscriptionId: the name given at creation. */
  subscriptionName: string
  /**
   * `db-instance`, `db-cluster`, `db-parameter-group`, `db-security-group`, `db-snapshot`,
   * `db-cluster-snapshot`, `db-proxy`, `blue-green-deployment`, `custom-engine-version`; absent
   * when the subscription covers the events of every source type.
   */
  sourceType?: string
  /** The event categories sent, lower case; empty = every category of the source type. */
  eventCategories: string[]
  /** The sources it is limited to; empty = every source of the type. */
  sourceIds: string[]
  enabled: boolean
  snsTopicArn: string
  /** `active`, `no-permission`, `topic-not-exist`, `creating` … (absent in templates). */
  status?: string
}

/**
 * `rds.proxy`: an RDS Proxy (DescribeDBProxies), which pools client connections in front of
 * RDS DB instances or Aurora clusters.
 */
export interface RdsProxy extends ResourceBase {
  /** DBProxyName. */
  proxyName: string
  /** `MYSQL`, `POSTGRESQL` or `SQLSERVER`. */
  engineFamily?: string
  /** The proxy refuses client connections that do not use TLS (RequireTLS). */
  requireTls: boolean
  /** `available`, `creating`, `modifying`, `incompatible-network` … (absent in templates). */
  status?: string
  vpcId?: string
}
