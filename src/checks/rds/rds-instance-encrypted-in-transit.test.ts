import check from './rds-instance-encrypted-in-transit.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsInstance } from '../../../test/factories/index.js'

const group = (parameters: Record<string, string>, applyStatus = 'in-sync') => ({ name: 'tls-only', applyStatus, parameters })
const sqlserver = (parameters: Record<string, string>, applyStatus?: string) =>
  rdsInstance({ identifier: 'erp-db', engine: 'sqlserver-se', engineVersion: '16.00.4135.4.v1', enabledLogExports: ['agent', 'error'], port: 1533, iamDatabaseAuthentication: false, parameterGroup: group(parameters, applyStatus) })
const mariadb = (parameters: Record<string, string>, engineVersion = '10.11.9') =>
  rdsInstance({ identifier: 'shop-db', engine: 'mariadb', engineVersion, enabledLogExports: ['audit', 'error'], port: 3307, parameterGroup: group(parameters) })

// --- IaC
const cfnSql = (props: string, extra = '') =>
  `${extra}Db:\n  Type: AWS::RDS::DBInstance\n  Properties:\n    Engine: sqlserver-se\n    EngineVersion: 16.00.4135.4.v1\n    DBInstanceClass: db.m6i.xlarge\n    LicenseModel: license-included\n${props}`
const cfnGroup = (params: string) => `Tls:\n  Type: AWS::RDS::DBParameterGroup\n  Properties:\n    Description: tls\n    Family: sqlserver-se-16.0\n    Parameters:\n${params}`
const tfMaria = (body: string, extra = '') =>
  `${extra}resource "aws_db_instance" "db" {\n  engine         = "mariadb"\n  engine_version = "10.11.9"\n  instance_class = "db.m7g.large"\n${body}}\n`
const tfGroup = (value: string) => `resource "aws_db_parameter_group" "tls" {\n  name   = "tls"\n  family = "mariadb10.11"\n\n  parameter {\n    name  = "require_secure_transport"\n    value = "${value}"\n  }\n}\n`

testCheck(check, {
  valid: [
    { name: 'SQL Server with rds.force_ssl = 1', resource: sqlserver({ 'rds.force_ssl': '1' }) },
    { name: 'MariaDB with require_secure_transport = ON', resource: mariadb({ require_secure_transport: 'ON' }) },
    { name: 'no apply status known (template)', resource: rdsInstance({ engine: 'sqlserver-ex', parameterGroup: { name: 'tls', parameters: { 'rds.force_ssl': '1' } } }) },
    { name: 'MariaDB reports the parameter as 1', resource: mariadb({ require_secure_transport: '1' }) },
  ],
  invalid: [
    { name: 'SQL Server default group (0)', resource: sqlserver({ 'rds.force_ssl': '0' }), messageId: 'notRequired', at: 'parameterGroup' },
    { name: 'MariaDB without the parameter set', resource: mariadb({}), messageId: 'notRequired', at: 'parameterGroup' },
    { name: 'set, but waiting for a reboot', resource: sqlserver({ 'rds.force_ssl': '1' }, 'pending-reboot'), messageId: 'notApplied', at: 'parameterGroup' },
  ],
  unknown: [
    { name: 'parameter group not read', resource: rdsInstance({ engine: 'sqlserver-ee', parameterGroup: undefined }) },
    { name: 'template default depends on the unset version', resource: rdsInstance({ engine: 'mariadb', engineVersion: undefined, parameterGroup: { name: 'default', parameters: {} }, unresolved: { parameterGroup: 'require_secure_transport: not set in the template, and the engine default depends on the engine version' } }) },
    { name: 'read was denied', resource: rdsInstance({ engine: 'mariadb', parameterGroup: undefined, unresolved: { parameterGroup: 'AccessDenied (rds:DescribeDBParameters)' } }) },
  ],
  skip: [
    { name: 'PostgreSQL (RDS.38 is not in FSBP; not evaluated here)', resource: rdsInstance() },
    { name: 'MariaDB before 10.5 has no require_secure_transport', resource: mariadb({}, '10.4.34') },
  ],
  iac: {
    cloudformation: {
      good: [cfnSql('    DBParameterGroupName: !Ref Tls\n', cfnGroup('      rds.force_ssl: "1"\n'))],
      bad: [cfnSql(''), cfnSql('    DBParameterGroupName: !Ref Tls\n', cfnGroup('      rds.force_ssl: "0"\n'))],
    },
    terraform: {
      good: [tfMaria('  parameter_group_name = aws_db_parameter_group.tls.name\n', tfGroup('ON'))],
      bad: [tfMaria(''), tfMaria('  parameter_group_name = aws_db_parameter_group.tls.name\n', tfGroup('OFF'))],
    },
  },
})
