import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'rds-proxy-tls-required',
    resourceType: 'rds.proxy',
    title: 'RDS Proxy requires TLS for client connections',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Checks that each RDS Proxy refuses client connections that do not use TLS (RequireTLS).',
    risk: 'A proxy that accepts plaintext connections lets database credentials and query results cross the network unencrypted, where anyone able to observe the traffic between the application and the proxy can read or alter them.',
    remediation: {
      text: 'Turn on "Require Transport Layer Security" for the proxy, after making sure its clients connect with TLS.',
      cli: 'aws rds modify-db-proxy --db-proxy-name <proxy> --require-tls',
      cloudformation:
        'Type: AWS::RDS::DBProxy\nProperties:\n  DBProxyName: orders-proxy\n  EngineFamily: POSTGRESQL\n  RoleArn: !GetAtt ProxyRole.Arn\n  VpcSubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]\n  Auth:\n    - AuthScheme: SECRETS\n      IAMAuth: REQUIRED\n      SecretArn: !Ref DbSecret\n  RequireTLS: true',
      terraform:
        'resource "aws_db_proxy" "this" {\n  name           = "orders-proxy"\n  engine_family  = "POSTGRESQL"\n  role_arn       = aws_iam_role.proxy.arn\n  vpc_subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n  require_tls    = true\n\n  auth {\n    auth_scheme = "SECRETS"\n    iam_auth    = "REQUIRED"\n    secret_arn  = aws_secretsmanager_secret.db.arn\n  }\n}',
    },
    messages: {
      required: 'RDS Proxy {{name}} accepts TLS connections only.',
      optional: 'RDS Proxy {{name}} accepts client connections without TLS.',
    },
  },
  evaluate(p, { pass, fail }) {
    return p.requireTls ? pass('required', { name: p.name }) : fail('optional', { data: { name: p.name }, at: 'requireTls' })
  },
})
