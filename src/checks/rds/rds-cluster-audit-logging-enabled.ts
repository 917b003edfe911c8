import { defineCheck } from '../../core/check.js'
import { auditRuleFor, isOn } from '../../analysis/rds-parameters.js'

export default defineCheck({
  meta: {
    id: 'rds-cluster-audit-logging-enabled',
    resourceType: 'rds.cluster',
    title: 'Aurora MySQL DB cluster records an audit log',
    severity: 'medium',
    categories: ['logging'],
    description:
      'Checks that each Aurora MySQL DB cluster uses a DB cluster parameter group that turns Advanced Auditing on (`server_audit_logging` = 1) and names the events to record (`server_audit_events` not empty), and that its instances already run with it (the group is in sync). Exporting the audit log to CloudWatch Logs is rds-cluster-log-exports-enabled.',
    risk: 'Without an audit log there is no record of who connected, what they queried or changed, and which logins failed: an intrusion or a misuse of privileges cannot be investigated, and exporting the "audit" log type to CloudWatch Logs ships an empty log.',
    remediation: {
      text: 'Use a custom DB cluster parameter group with server_audit_logging = 1 and server_audit_events set to the events to record (for example CONNECT,QUERY_DCL,QUERY_DDL), attach it to the cluster, and export the audit log to CloudWatch Logs.',
      cli: 'aws rds modify-db-cluster-parameter-group --db-cluster-parameter-group-name <group> --parameters "ParameterName=server_audit_logging,ParameterValue=1,ApplyMethod=immediate" "ParameterName=server_audit_events,ParameterValue=\'CONNECT,QUERY_DCL,QUERY_DDL\',ApplyMethod=immediate"',
      cloudformation:
        'AuditParams:\n  Type: AWS::RDS::DBClusterParameterGroup\n  Properties:\n    Description: Aurora MySQL with Advanced Auditing\n    Family: aurora-mysql8.0\n    Parameters:\n      server_audit_logging: "1"\n      server_audit_events: CONNECT,QUERY_DCL,QUERY_DDL\nCluster:\n  Type: AWS::RDS::DBCluster\n  Properties:\n    Engine: aurora-mysql\n    MasterUsername: app_owner\n    ManageMasterUserPassword: true\n    DBClusterParameterGroupName: !Ref AuditParams\n    EnableCloudwatchLogsExports: [audit, error]',
      terraform:
        'resource "aws_rds_cluster_parameter_group" "audit" {\n  name   = "aurora-mysql-audit"\n  family = "aurora-mysql8.0"\n\n  parameter {\n    name  = "server_audit_logging"\n    value = "1"\n  }\n  parameter {\n    name  = "server_audit_events"\n    value = "CONNECT,QUERY_DCL,QUERY_DDL"\n  }\n}\n\nresource "aws_rds_cluster" "this" {\n  engine                          = "aurora-mysql"\n  master_username                 = "app_owner"\n  manage_master_user_password     = true\n  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.audit.name\n  enabled_cloudwatch_logs_exports = ["audit", "error"]\n}',
    },
    messages: {
      enabled: 'Aurora MySQL cluster {{name}} records {{events}} in its audit log (parameter group {{group}}).',
      off: 'Aurora MySQL cluster {{name}} has Advanced Auditing off: server_audit_logging is {{value}} in parameter group {{group}}.',
      noEvents: 'Aurora MySQL cluster {{name}} turns auditing on but names no events to record (server_audit_events is empty in {{group}}).',
      notApplied: 'Aurora MySQL cluster {{name}} does not yet run with the audit settings of parameter group {{group}} (status {{status}}).',
    },
  },
  evaluate(c, { pass, fail, skip, unknown }) {
    const rule = auditRuleFor(c.engine)
    if (!rule) return skip('Advanced Auditing parameters exist for Aurora MySQL clusters only')
    const group = c.parameterGroup
    if (!group) return unknown('the DB cluster parameter group was not read')
    const value = group.parameters[rule.switch.parameter]
    if (!isOn(value, rule.switch.onValues)) return fail('off', { data: { name: c.name, group: group.name, value: value ?? 'unset' }, at: 'parameterGroup' })
    const events = (group.parameters[rule.events.parameter] ?? '').trim()
    if (!events) return fail('noEvents', { data: { name: c.name, group: group.name }, at: 'parameterGroup' })
    if (group.applyStatus !== undefined && group.applyStatus !== 'in-sync') return fail('notApplied', { data: { name: c.name, group: group.name, status: group.applyStatus }, at: 'parameterGroup' })
    return pass('enabled', { name: c.name, group: group.name, events })
  },
})
