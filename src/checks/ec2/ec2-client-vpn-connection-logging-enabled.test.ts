import check from './ec2-client-vpn-connection-logging-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { clientVpnEndpoint } from '../../../test/factories/index.js'

const cfn = (enabled: boolean) =>
  `ClientVpn:\n  Type: AWS::EC2::ClientVpnEndpoint\n  Properties:\n    ClientCidrBlock: 10.100.0.0/22\n    ServerCertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/server\n    AuthenticationOptions:\n      - Type: certificate-authentication\n        MutualAuthentication: { ClientRootCertificateChainArn: arn:aws:acm:us-east-1:111122223333:certificate/root }\n    ConnectionLogOptions:\n      Enabled: ${enabled}\n${enabled ? '      CloudwatchLogGroup: client-vpn\n' : ''}`
const tf = (enabled: boolean) =>
  `resource "aws_ec2_client_vpn_endpoint" "remote" {\n  client_cidr_block      = "10.100.0.0/22"\n  server_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/server"\n\n  authentication_options {\n    type                       = "certificate-authentication"\n    root_certificate_chain_arn = "arn:aws:acm:us-east-1:111122223333:certificate/root"\n  }\n\n  connection_log_options {\n    enabled = ${enabled}\n${enabled ? '    cloudwatch_log_group = "client-vpn"\n' : ''}  }\n}\n`

testCheck(check, {
  valid: [{ name: 'connection logging on', resource: clientVpnEndpoint() }],
  invalid: [{ name: 'connection logging off', resource: clientVpnEndpoint({ connectionLogEnabled: false, logGroup: undefined }), messageId: 'notLogged', at: 'connectionLogEnabled' }],
  unknown: [
    { name: 'logging from a variable', resource: clientVpnEndpoint({ connectionLogEnabled: false, unresolved: { connectionLogEnabled: 'var.log_connections' } }) },
    { name: 'endpoints not listed', resource: clientVpnEndpoint(), gaps: [{ resourceType: 'ec2.client-vpn-endpoint', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeClientVpnEndpoints denied' }] },
  ],
  iac: {
    cloudformation: { good: [cfn(true)], bad: [cfn(false)] },
    terraform: { good: [tf(true)], bad: [tf(false)] },
  },
})
