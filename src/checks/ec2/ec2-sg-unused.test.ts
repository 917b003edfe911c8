import check from './ec2-sg-unused.js'
import { testCheck } from '../../../test/check-tester.js'
import { networkInterface, securityGroup } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'attached to an instance interface', resource: securityGroup(), related: { 'ec2.network-interface': [networkInterface()] } },
    { name: 'attached to a Lambda interface among others', resource: securityGroup({ id: 'sg-2', groupId: 'sg-2' }), related: { 'ec2.network-interface': [networkInterface(), networkInterface({ id: 'eni-2', interfaceType: 'lambda', securityGroupIds: ['sg-9', 'sg-2'] })] } },
  ],
  invalid: [
    { name: 'no interface uses it', resource: securityGroup(), related: { 'ec2.network-interface': [networkInterface({ securityGroupIds: ['sg-other'] })] }, messageId: 'unused' },
    { name: 'only an interface in another region', resource: securityGroup(), related: { 'ec2.network-interface': [networkInterface({ region: 'eu-west-1' })] }, messageId: 'unused' },
  ],
  unknown: [{ name: 'interfaces not listed', resource: securityGroup(), gaps: [{ resourceType: 'ec2.network-interface', region: 'us-east-1', code: 'AccessDenied', message: 'ec2:DescribeNetworkInterfaces denied' }] }],
  skip: [{ name: 'default group', resource: securityGroup({ groupName: 'default' }) }],
})
