import check from './rds-proxy-tls-required.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsProxy } from '../../../test/factories/index.js'

const cfnProxy = (extra = '') =>
  `Proxy:\n  Type: AWS::RDS::DBProxy\n  Properties:\n    DBProxyName: orders-proxy\n    EngineFamily: POSTGRESQL\n    RoleArn: arn:aws:iam::123456789012:role/proxy\n    VpcSubnetIds: [subnet-a, subnet-b]\n    Auth:\n      - { AuthScheme: SECRETS, SecretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db' }\n${extra}`
const tfProxy = (extra = '') =>
  `resource "aws_db_proxy" "p" {\n  name           = "orders-proxy"\n  engine_family  = "POSTGRESQL"\n  role_arn       = "arn:aws:iam::123456789012:role/proxy"\n  vpc_subnet_ids = ["subnet-a", "subnet-b"]\n${extra}  auth {\n    auth_scheme = "SECRETS"\n    secret_arn  = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db"\n  }\n}\n`

testCheck(check, {
  valid: [{ name: 'TLS required', resource: rdsProxy() }],
  invalid: [{ name: 'plaintext accepted', resource: rdsProxy({ requireTls: false }), messageId: 'optional', at: 'requireTls' }],
  unknown: [{ name: 'setting from a parameter', resource: rdsProxy({ requireTls: false, unresolved: { requireTls: '!Ref RequireTls' } }) }],
  iac: {
    cloudformation: {
      good: [cfnProxy('    RequireTLS: true\n')],
      bad: [cfnProxy(), cfnProxy('    RequireTLS: false\n')],
    },
    terraform: {
      good: [tfProxy('  require_tls    = true\n')],
      bad: [tfProxy()],
    },
  },
})
