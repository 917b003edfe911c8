import check from './ec2-instance-managed-by-ssm.js'
import { testCheck } from '../../../test/check-tester.js'
import { ec2Instance, REGION, ssmManagedInstance } from '../../../test/factories/index.js'

const node = (instanceId: string, region = REGION) => ssmManagedInstance({ instanceId, region })

testCheck(check, {
  valid: [
    { name: 'listed as a managed node', resource: ec2Instance({ instanceId: 'i-0a1' }), related: { 'ssm.managed-instance': [node('i-0a1')] } },
    { name: 'stopped, and still listed (connection lost)', resource: ec2Instance({ instanceId: 'i-0a3', state: 'stopped' }), related: { 'ssm.managed-instance': [node('i-0a3')] } },
    { name: 'listed among other nodes, one on premises', resource: ec2Instance({ instanceId: 'i-0a2' }), related: { 'ssm.managed-instance': [node('mi-0123456789abcdef0'), node('i-0a2')] } },
  ],
  invalid: [
    { name: 'no managed nodes at all', resource: ec2Instance({ instanceId: 'i-0b1' }), messageId: 'unmanaged' },
    { name: 'stopped and never registered', resource: ec2Instance({ instanceId: 'i-0b4', state: 'stopped' }), messageId: 'unmanaged' },
    { name: 'other instances are managed', resource: ec2Instance({ instanceId: 'i-0b2' }), related: { 'ssm.managed-instance': [node('i-0a1')] }, messageId: 'unmanaged' },
    { name: 'a node of the same id in another region', resource: ec2Instance({ instanceId: 'i-0b3' }), related: { 'ssm.managed-instance': [node('i-0b3', 'eu-west-1')] }, messageId: 'unmanaged' },
  ],
  unknown: [
    { name: 'managed nodes could not be listed', resource: ec2Instance({ instanceId: 'i-0c1' }), gaps: [{ resourceType: 'ssm.managed-instance', region: REGION, code: 'AccessDenied', message: 'ssm:DescribeInstanceInformation was denied' }] },
    { name: 'instances could not be listed', resource: ec2Instance(), gaps: [{ resourceType: 'ec2.instance', region: REGION, code: 'AccessDenied', message: 'ec2:DescribeInstances was denied' }] },
  ],
  skip: [
    { name: 'a pending instance', resource: ec2Instance({ state: 'pending' }) },
    { name: 'a stopping instance', resource: ec2Instance({ state: 'stopping' }) },
  ],
})
