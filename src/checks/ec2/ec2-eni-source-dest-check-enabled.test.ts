import check from './ec2-eni-source-dest-check-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { networkInterface } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'check on', resource: networkInterface() },
    { name: 'Lambda interface with the check on', resource: networkInterface({ interfaceType: 'lambda' }) },
  ],
  invalid: [
    { name: 'check off (NAT instance)', resource: networkInterface({ sourceDestCheck: false }), messageId: 'disabled', at: 'sourceDestCheck' },
    { name: 'EFA with the check off', resource: networkInterface({ interfaceType: 'efa', sourceDestCheck: false }), messageId: 'disabled' },
  ],
  unknown: [
    { name: 'setting not reported', resource: networkInterface({ sourceDestCheck: undefined }) },
    { name: 'setting from a template parameter', resource: networkInterface({ sourceDestCheck: false, unresolved: { sourceDestCheck: '!Ref SourceDestCheck' } }) },
    { name: 'interfaces not listed', resource: networkInterface(), gaps: [{ resourceType: 'ec2.network-interface', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  skip: [
    { name: 'NAT gateway interface', resource: networkInterface({ interfaceType: 'nat_gateway', sourceDestCheck: false }) },
    { name: 'VPC endpoint interface', resource: networkInterface({ interfaceType: 'vpc_endpoint' }) },
  ],
  iac: {
    cloudformation: {
      good: ['Eni:\n  Type: AWS::EC2::NetworkInterface\n  Properties: { SubnetId: subnet-a }\n', 'Eni:\n  Type: AWS::EC2::NetworkInterface\n  Properties: { SubnetId: subnet-a, SourceDestCheck: true }\n'],
      bad: ['Eni:\n  Type: AWS::EC2::NetworkInterface\n  Properties: { SubnetId: subnet-a, SourceDestCheck: false }\n'],
    },
    terraform: {
      good: ['resource "aws_network_interface" "app" {\n  subnet_id = "subnet-a"\n}\n'],
      bad: ['resource "aws_network_interface" "nat" {\n  subnet_id         = "subnet-a"\n  source_dest_check = false\n}\n'],
    },
  },
})
