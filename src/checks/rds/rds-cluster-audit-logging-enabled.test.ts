import check from './rds-cluster-audit-logging-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsCluster } from '../../../test/factories/index.js'

const audited = { server_audit_logging: '1', server_audit_events: 'CONNECT,QUERY_DCL,QUERY_DDL' }
const mysql = (parameters: Record<string, string>, applyStatus: string | undefined = 'in-sync') =>
  rdsCluster({ identifier: 'audit-trail', engine: 'aurora-mysql', enabledLogExports: ['audit', 'error'], port: 3307, parameterGroup: { name: 'aurora-audit', ...(applyStatus ? { applyStatus } : {}), parameters } })

// --- IaC
const cfnCluster = (props: string, extra = '') =>
  `${extra}Cluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: aurora-mysql\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true\n${props}`
const cfnGroup = (params: string) => `Audit:\n  Type: AWS::RDS::DBClusterParameterGroup\n  Properties:\n    Description: audit\n    Family: aurora-mysql8.0\n    Parameters:\n${params}`
const tfCluster = (body: string, extra = '') => `${extra}resource "aws_rds_cluster" "c" {\n  engine = "aurora-mysql"\n${body}}\n`
const tfGroup = (blocks: string) => `resource "aws_rds_cluster_parameter_group" "audit" {\n  name   = "audit"\n  family = "aurora-mysql8.0"\n${blocks}}\n`
const tfParam = (name: string, value: string) => `  parameter {\n    name  = "${name}"\n    value = "${value}"\n  }\n`

testCheck(check, {
  valid: [
    { name: 'auditing on with events', resource: mysql(audited) },
    { name: 'ON spelled out, no member to report a status', resource: mysql({ ...audited, server_audit_logging: 'ON' }, undefined) },
  ],
  invalid: [
    { name: 'default group: auditing off', resource: mysql({ server_audit_logging: '0' }), messageId: 'off', at: 'parameterGroup' },
    { name: 'switch never set', resource: mysql({}), messageId: 'off', at: 'parameterGroup' },
    { name: 'on, but no events named', resource: mysql({ server_audit_logging: '1' }), messageId: 'noEvents', at: 'parameterGroup' },
    { name: 'members wait for a reboot', resource: mysql(audited, 'pending-reboot'), messageId: 'notApplied', at: 'parameterGroup' },
  ],
  unknown: [
    { name: 'group not read', resource: rdsCluster({ engine: 'aurora-mysql', parameterGroup: undefined }) },
    { name: 'group defined elsewhere', resource: rdsCluster({ engine: 'aurora-mysql', parameterGroup: undefined, unresolved: { parameterGroup: 'parameter group shared is not defined in this template' } }) },
  ],
  skip: [
    { name: 'Aurora PostgreSQL', resource: rdsCluster() },
    { name: 'Multi-AZ DB cluster (MySQL)', resource: rdsCluster({ engine: 'mysql' }) },
  ],
  iac: {
    cloudformation: {
      good: [cfnCluster('    DBClusterParameterGroupName: !Ref Audit\n', cfnGroup('      server_audit_logging: "1"\n      server_audit_events: CONNECT,QUERY_DDL\n'))],
      bad: [cfnCluster(''), cfnCluster('    DBClusterParameterGroupName: !Ref Audit\n', cfnGroup('      server_audit_logging: "1"\n'))],
    },
    terraform: {
      good: [tfCluster('  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.audit.name\n', tfGroup(tfParam('server_audit_logging', '1') + tfParam('server_audit_events', 'CONNECT,QUERY_DDL')))],
      bad: [tfCluster(''), tfCluster('  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.audit.name\n', tfGroup(tfParam('server_audit_logging', '0') + tfParam('server_audit_events', 'CONNECT')))],
    },
  },
})
