/**
 * AWS::RDS::DBInstance → `rds.instance`, AWS::RDS::DBCluster → `rds.cluster`, with the defaults
 * AWS applies to what a template leaves out: no encryption, one day of backups, no deletion
 * protection, Single-AZ, automatic minor upgrades on, no IAM authentication, no Enhanced
 * Monitoring, no log exports, tags not copied, the engine's default port.
 *
 * What a template cannot settle is marked unresolved rather than guessed: PubliclyAccessible
 * left out (AWS decides by whether the VPC has an internet gateway), settings inherited from a
 * snapshot or a replication source, and an Aurora cluster's zones when its instances name none.
 */
import { rdsEngineFamily, isAuroraEngine } from '../../../analysis/rds-engines.js'
import { templateParameters } from '../../../analysis/rds-parameter-defaults.js'
import { watchedParameters } from '../../../analysis/rds-parameters.js'
import type { RdsParameterGroupRef } from '../../../model/rds.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asString, isUnresolved, PLACEHOLDER } from '../values.js'

/** The identifiers a DBInstance's DBClusterIdentifier may use for a cluster of the template. */
function clusterNames(stack: Stack, cluster: TemplateResource): string[] {
  const names = [String(stack.ref(cluster))]
  const explicit = asString(stack.props(cluster).DBClusterIdentifier)
  if (explicit) names.push(explicit, explicit.toLowerCase())
  return names
}

const optional = <K extends string>(key: K, v: string | undefined): { [P in K]?: string } => (v === undefined ? {} : ({ [key]: v } as { [P in K]: string }))

function port(f: Fields, engine: string): number | undefined {
  const p = f.num('port', ['Port'])
  if (p !== undefined) return p
  return rdsEngineFamily(engine)?.defaultPort
}

/** The group of `groups` that `name` designates: by Ref, or by its `nameProp` (RDS names are case-insensitive). */
function groupNamed(stack: Stack, groups: TemplateResource[], name: unknown, nameProp: string): TemplateResource | undefined {
  const text = asString(name)?.toLowerCase()
  return groups.find((g) => stack.ref(g) === name || (text !== undefined && asString(stack.props(g)[nameProp])?.toLowerCase() === text))
}

/**
 * The subnets of the DB subnet group `name` (an instance's or its cluster's DBSubnetGroupName),
 * read from the AWS::RDS::DBSubnetGroup of the template. Without a group name RDS uses the
 * default VPC's subnets, and a group defined elsewhere cannot be read: both are unresolved.
 */
function dbSubnets(stack: Stack, f: Fields, groups: TemplateResource[], name: unknown): string[] {
  if (name === undefined || name === null) {
    f.mark('subnetIds', 'no DB subnet group is named: RDS places the instance in the default VPC')
    return []
  }
  if (isUnresolved(name)) {
    f.mark('subnetIds', name.reason)
    return []
  }
  const group = groupNamed(stack, groups, name, 'DBSubnetGroupName')
  if (!group) {
    f.mark('subnetIds', `DB subnet group ${asString(name) ?? '?'} is not defined in this template`)
    return []
  }
  const gf = stack.fields(group)
  const ids = gf.strList('subnetIds', ['SubnetIds']) ?? []
  if (gf.unresolved.subnetIds) f.mark('subnetIds', gf.unresolved.subnetIds)
  f.locateResource('subnetIds', group)
  return ids
}

/**
 * The parameter group `name` names (DBParameterGroupName, DBClusterParameterGroupName), for the
 * engines a parameter check reads: the values the template's group sets, else the engine
 * defaults. No name means the engine's default group. A group defined elsewhere, or a default
 * that depends on an unset engine version, is unresolved.
 */
function parameterGroupOf(stack: Stack, f: Fields, groups: TemplateResource[], name: unknown, engine: string, version: string | undefined, of: 'instance' | 'cluster'): { parameterGroup?: RdsParameterGroupRef } {
  if (!watchedParameters(engine, of).length) return {}
  const explicit: Record<string, string | null> = {}
  let groupName = 'default'
  if (name !== undefined && name !== null) {
    if (isUnresolved(name)) {
      f.mark('parameterGroup', name.reason)
      return {}
    }
    const text = asString(name) ?? ''
    const group = groupNamed(stack, groups, name, of === 'instance' ? 'DBParameterGroupName' : 'DBClusterParameterGroupName')
    if (!group) {
      f.mark('parameterGroup', `parameter group ${text} is not defined in this template`)
      return {}
    }
    groupName = text
    f.locateResource('parameterGroup', group)
    const params = stack.props(group).Parameters
    if (isUnresolved(params)) {
      f.mark('parameterGroup', params.reason)
      return {}
    }
    if (params && typeof params === 'object') for (const [k, v] of Object.entries(params as Record<string, unknown>)) explicit[k] = isUnresolved(v) ? null : (asString(v) ?? null)
  }
  const { values, unknown } = templateParameters(engine, version, of, explicit)
  if (unknown.length) f.mark('parameterGroup', `${unknown.join(', ')}: not set in the template, and the engine default depends on the engine version`)
  return { parameterGroup: { name: groupName, parameters: values } }
}

export function adaptRds(stack: Stack): void {
  const clusters = stack.ofType('AWS::RDS::DBCluster')
  const instances = stack.ofType('AWS::RDS::DBInstance')
  const subnetGroups = stack.ofType('AWS::RDS::DBSubnetGroup')
  const dbParameterGroups = stack.ofType('AWS::RDS::DBParameterGroup')
  const clusterParameterGroups = stack.ofType('AWS::RDS::DBClusterParameterGroup')
  for (const res of instances) {
    const f = stack.fields(res)
    const identifier = f.str('identifier', ['DBInstanceIdentifier']) ?? String(stack.ref(res))
    const engine = f.str('engine', ['Engine']) ?? PLACEHOLDER
    const clusterIdentifier = f.str('clusterIdentifier', ['DBClusterIdentifier'])
    const replicaOf = f.str('readReplicaSourceIdentifier', ['SourceDBInstanceIdentifier']) ?? f.str('readReplicaSourceIdentifier', ['SourceDBClusterIdentifier'])
    const snapshot = f.get(['DBSnapshotIdentifier']) !== undefined
    const inherited = replicaOf ? 'inherited from the replication source' : snapshot ? 'inherited from the snapshot it is restored from' : undefined
    const publiclyAccessible = f.bool('publiclyAccessible', ['PubliclyAccessible'])
    if (publiclyAccessible === undefined) f.mark('publiclyAccessible', 'not set: AWS makes the instance public when its VPC has an internet gateway')
    const storageEncrypted = f.bool('storageEncrypted', ['StorageEncrypted'])
    if (storageEncrypted === undefined && inherited) f.mark('storageEncrypted', inherited)
    const masterUsername = f.str('masterUsername', ['MasterUsername'])
    if (masterUsername === undefined && inherited) f.mark('masterUsername', inherited)
    const kmsKeyId = f.str('kmsKeyId', ['KmsKeyId'])
    const instancePort = port(f, engine)
    // A cluster member runs in its cluster's DB subnet group unless it names one itself.
    const ownCluster = clusterIdentifier ? clusters.find((c) => clusterNames(stack, c).includes(clusterIdentifier)) : undefined
    const subnetIds = dbSubnets(stack, f, subnetGroups, f.get(['DBSubnetGroupName']) ?? (ownCluster ? stack.props(ownCluster).DBSubnetGroupName : undefined))
    stack.emit(
      'rds.instance',
      f.finish({
        ...f.base(stack.resourceId(res), identifier),
        identifier,
        engine,
        ...optional('engineVersion', f.str('engineVersion', ['EngineVersion'])),
        ...optional('instanceClass', f.str('instanceClass', ['DBInstanceClass'])),
        ...(clusterIdentifier ? { clusterIdentifier } : {}),
        ...(replicaOf ? { readReplicaSourceIdentifier: replicaOf } : {}),
        publiclyAccessible: publiclyAccessible ?? false,
        // A KMS key implies encryption; CloudFormation rejects a key without StorageEncrypted.
        storageEncrypted: storageEncrypted ?? kmsKeyId !== undefined,
        ...(kmsKeyId ? { kmsKeyId } : {}),
        backupRetentionPeriod: f.num('backupRetentionPeriod', ['BackupRetentionPeriod']) ?? 1,
        deletionProtection: f.bool('deletionProtection', ['DeletionProtection']) ?? false,
        multiAz: f.bool('multiAz', ['MultiAZ']) ?? false,
        autoMinorVersionUpgrade: f.bool('autoMinorVersionUpgrade', ['AutoMinorVersionUpgrade']) ?? true,
        iamDatabaseAuthentication: f.bool('iamDatabaseAuthentication', ['EnableIAMDatabaseAuthentication']) ?? false,
        monitoringInterval: f.num('monitoringInterval', ['MonitoringInterval']) ?? 0,
        enabledLogExports: f.strList('enabledLogExports', ['EnableCloudwatchLogsExports']) ?? [],
        ...(masterUsername !== undefined ? { masterUsername } : {}),
        ...(instancePort !== undefined ? { port: instancePort } : {}),
        copyTagsToSnapshot: f.bool('copyTagsToSnapshot', ['CopyTagsToSnapshot']) ?? false,
        vpcSecurityGroupIds: f.strList('vpcSecurityGroupIds', ['VPCSecurityGroups']) ?? [],
        subnetIds,
        ...parameterGroupOf(stack, f, dbParameterGroups, f.get(['DBParameterGroupName']), engine, asString(f.get(['EngineVersion'])), 'instance'),
      }),
      res,
    )
  }
  for (const res of clusters) {
    const f = stack.fields(res)
    const identifier = f.str('identifier', ['DBClusterIdentifier']) ?? String(stack.ref(res))
    const engine = f.str('engine', ['Engine']) ?? PLACEHOLDER
    const engineMode = f.str('engineMode', ['EngineMode'])
    const inherited = f.get(['SnapshotIdentifier']) !== undefined || f.get(['SourceDBClusterIdentifier']) !== undefined ? 'inherited from the snapshot or source cluster it is restored from' : undefined
    const names = clusterNames(stack, res)
    const members = instances.filter((i) => {
      const c = stack.props(i).DBClusterIdentifier
      return typeof c === 'string' && names.includes(c)
    })
    const multiAzCluster = f.get(['DBClusterInstanceClass']) !== undefined
    let multiAz: boolean
    if (multiAzCluster) multiAz = true // Multi-AZ DB clusters always have a writer and two readers in three zones.
    else if (members.length < 2) multiAz = false
    else {
      const zones = members.map((m) => stack.props(m).AvailabilityZone)
      const named = zones.filter((z): z is string => typeof z === 'string')
      if (named.length === zones.length) multiAz = new Set(named).size > 1
      else {
        multiAz = false
        f.mark('multiAz', 'the instances name no Availability Zone: RDS places them')
      }
    }
    for (const m of members) f.locateResource('multiAz', m)
    const storageEncrypted = f.bool('storageEncrypted', ['StorageEncrypted'])
    if (storageEncrypted === undefined && inherited) f.mark('storageEncrypted', inherited)
    const masterUsername = f.str('masterUsername', ['MasterUsername'])
    if (masterUsername === undefined && inherited) f.mark('masterUsername', inherited)
    const kmsKeyId = f.str('kmsKeyId', ['KmsKeyId'])
    const autoMinor = f.bool('autoMinorVersionUpgrade', ['AutoMinorVersionUpgrade'])
    const clusterPort = port(f, engine)
    stack.emit(
      'rds.cluster',
      f.finish({
        ...f.base(stack.resourceId(res), identifier),
        identifier,
        engine,
        ...(engineMode ? { engineMode } : {}),
        ...optional('engineVersion', f.str('engineVersion', ['EngineVersion'])),
        // Aurora Serverless v1 clusters are always encrypted.
        storageEncrypted: storageEncrypted ?? (engineMode === 'serverless' || kmsKeyId !== undefined),
        ...(kmsKeyId ? { kmsKeyId } : {}),
        backupRetentionPeriod: f.num('backupRetentionPeriod', ['BackupRetentionPeriod']) ?? 1,
        deletionProtection: f.bool('deletionProtection', ['DeletionProtection']) ?? false,
        multiAz,
        ...(isAuroraEngine(engine) ? {} : { autoMinorVersionUpgrade: autoMinor ?? true }),
        iamDatabaseAuthentication: f.bool('iamDatabaseAuthentication', ['EnableIAMDatabaseAuthentication']) ?? false,
        enabledLogExports: f.strList('enabledLogExports', ['EnableCloudwatchLogsExports']) ?? [],
        ...(masterUsername !== undefined ? { masterUsername } : {}),
        ...(clusterPort !== undefined ? { port: clusterPort } : {}),
        copyTagsToSnapshot: f.bool('copyTagsToSnapshot', ['CopyTagsToSnapshot']) ?? false,
        backtrackWindow: f.num('backtrackWindow', ['BacktrackWindow']) ?? 0,
        ...parameterGroupOf(stack, f, clusterParameterGroups, f.get(['DBClusterParameterGroupName']), engine, asString(f.get(['EngineVersion'])), 'cluster'),
        members: members.map((m) => asString(stack.props(m).DBInstanceIdentifier) ?? String(stack.ref(m))),
      }),
      res,
      members,
    )
  }
}
