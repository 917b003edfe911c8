import { defineCheck } from '../../core/check.js'
import { compareVersions, isOn, transitRuleFor } from '../../analysis/rds-parameters.js'

export default defineCheck({
  meta: {
    id: 'rds-instance-encrypted-in-transit',
    resourceType: 'rds.instance',
    title: 'RDS DB instance refuses connections without TLS',
    severity: 'medium',
    categories: ['encryption'],
    description:
      'Checks that RDS for SQL Server (`rds.force_ssl` = 1) and RDS for MariaDB 10.5 and later (`require_secure_transport` = ON) DB instances use a DB parameter group that rejects unencrypted connections, and that the instance already runs with that value (the group is in sync). The engine\'s parameter and default come from data/rds-parameters.json.',
    risk: 'Without the parameter, clients may connect in plaintext: credentials, queries and results then cross the network readable and alterable by anyone who can observe the traffic, and a single misconfigured client silently downgrades.',
    remediation: {
      text: 'Use a custom DB parameter group that sets the engine\'s TLS-only parameter (SQL Server: rds.force_ssl = 1, a static parameter that needs a reboot; MariaDB: require_secure_transport = ON) and attach it to the instance, after making sure every client connects with TLS.',
      cli: 'aws rds modify-db-parameter-group --db-parameter-group-name <group> --parameters "ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=pending-reboot"\naws rds reboot-db-instance --db-instance-identifier <instance>',
      cloudformation:
        'TlsOnly:\n  Type: AWS::RDS::DBParameterGroup\n  Properties:\n    Description: TLS-only connections\n    Family: sqlserver-se-16.0\n    Parameters:\n      rds.force_ssl: "1"\nDatabase:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    Engine: sqlserver-se\n    EngineVersion: 16.00.4135.4.v1\n    DBInstanceClass: db.m6i.xlarge\n    LicenseModel: license-included\n    DBParameterGroupName: !Ref TlsOnly',
      terraform:
        'resource "aws_db_parameter_group" "tls_only" {\n  name   = "sqlserver-tls-only"\n  family = "sqlserver-se-16.0"\n\n  parameter {\n    name         = "rds.force_ssl"\n    value        = "1"\n    apply_method = "pending-reboot"\n  }\n}\n\nresource "aws_db_instance" "this" {\n  engine               = "sqlserver-se"\n  engine_version       = "16.00.4135.4.v1"\n  instance_class       = "db.m6i.xlarge"\n  license_model        = "license-included"\n  parameter_group_name = aws_db_parameter_group.tls_only.name\n}',
    },
    messages: {
      required: 'DB instance {{name}} accepts TLS connections only ({{parameter}} = {{value}} in {{group}}).',
      notRequired: 'DB instance {{name}} accepts unencrypted connections: {{parameter}} is {{value}} in parameter group {{group}}.',
      notApplied: 'DB instance {{name}} does not yet run with {{parameter}} = {{value}} from parameter group {{group}} (status {{status}}).',
    },
  },
  evaluate(db, { pass, fail, skip, unknown }) {
    const rule = transitRuleFor(db.engine)
    if (!rule) return skip('the engine is not one whose TLS-only parameter this check reads (SQL Server, MariaDB)')
    if (rule.minimumVersion && db.engineVersion && compareVersions(db.engineVersion, rule.minimumVersion) < 0) return skip(`${rule.title} has ${rule.parameter} only from version ${rule.minimumVersion}`)
    const group = db.parameterGroup
    if (!group) return unknown('the DB parameter group of the instance was not read')
    const value = group.parameters[rule.parameter]
    const data = { name: db.name, group: group.name, parameter: rule.parameter, value: value ?? 'unset' }
    if (!isOn(value, rule.onValues)) return fail('notRequired', { data, at: 'parameterGroup' })
    // A static parameter, or a newly attached group, takes effect at the next reboot.
    if (group.applyStatus !== undefined && group.applyStatus !== 'in-sync') return fail('notApplied', { data: { ...data, status: group.applyStatus }, at: 'parameterGroup' })
    return pass('required', data)
  },
})
