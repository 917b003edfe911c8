import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-client-vpn-connection-logging-enabled',
    resourceType: 'ec2.client-vpn-endpoint',
    title: 'Client VPN endpoints log client connections',
    severity: 'low',
    categories: ['logging'],
    description:
      'Passes when client connection logging is on for an AWS Client VPN endpoint. Each connection attempt, its result (including failed authentication), the client address and the connection\'s duration and traffic then go to a CloudWatch Logs log stream.',
    risk: 'Without connection logs nobody can tell who connected to the network through the VPN, from where and when: a stolen certificate or password used from an unexpected place, or repeated failed logins, go unnoticed and cannot be investigated later.',
    remediation: {
      text: 'Turn on connection logging for the endpoint and name the CloudWatch Logs log group (and optionally the log stream) it writes to.',
      cli: 'aws logs create-log-group --log-group-name client-vpn-connections\naws ec2 modify-client-vpn-endpoint --client-vpn-endpoint-id <endpoint-id> --connection-log-options Enabled=true,CloudwatchLogGroup=client-vpn-connections',
      cloudformation:
        'ClientVpn:\n  Type: AWS::EC2::ClientVpnEndpoint\n  Properties:\n    ClientCidrBlock: 10.100.0.0/22\n    ServerCertificateArn: !Ref ServerCertificateArn\n    AuthenticationOptions:\n      - Type: certificate-authentication\n        MutualAuthentication: { ClientRootCertificateChainArn: !Ref ClientRootCertificateArn }\n    ConnectionLogOptions:\n      Enabled: true\n      CloudwatchLogGroup: !Ref ClientVpnLogs',
      terraform:
        'resource "aws_ec2_client_vpn_endpoint" "remote" {\n  client_cidr_block      = "10.100.0.0/22"\n  server_certificate_arn = aws_acm_certificate.vpn_server.arn\n\n  authentication_options {\n    type                       = "certificate-authentication"\n    root_certificate_chain_arn = aws_acm_certificate.vpn_client_root.arn\n  }\n\n  connection_log_options {\n    enabled              = true\n    cloudwatch_log_group = aws_cloudwatch_log_group.client_vpn.name\n  }\n}',
    },
    messages: {
      logged: 'Client VPN endpoint {{name}} logs client connections.',
      notLogged: 'Client VPN endpoint {{name}} does not log client connections.',
    },
  },
  evaluate(endpoint, { pass, fail }) {
    return endpoint.connectionLogEnabled ? pass('logged', { name: endpoint.name }) : fail('notLogged', { data: { name: endpoint.name }, at: 'connectionLogEnabled' })
  },
})
