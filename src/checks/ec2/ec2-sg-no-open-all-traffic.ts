import { defineCheck } from '../../core/check.js'
import { allTrafficOpenToWorld } from '../../analysis/sg-exposure.js'

export default defineCheck({
  meta: {
    id: 'ec2-sg-no-open-all-traffic',
    resourceType: 'ec2.security-group',
    title: 'Security group does not open every port to the internet',
    severity: 'high',
    categories: ['network', 'public-exposure'],
    description:
      'Fails when the group\'s inbound rules let 0.0.0.0/0 or ::/0 reach every port: an all-traffic rule (protocol -1), or TCP and UDP both open on 0-65535. Split CIDR blocks that together cover the address space count too.',
    risk: 'Every service the instances run — including ones nobody remembers, debug ports, agents and databases bound to all interfaces — becomes reachable from the internet. The security group no longer filters anything.',
    remediation: {
      text: 'Replace the all-traffic rule with rules for the ports the workload serves (typically 443 through a load balancer), and let other security groups, not the internet, reach the rest.',
      cli: "aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}],Ipv6Ranges=[{CidrIpv6=::/0}]'\naws ec2 authorize-security-group-ingress --group-id <sg-id> --protocol tcp --port 443 --cidr 0.0.0.0/0",
      cloudformation: 'Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: HTTPS only\n  VpcId: !Ref Vpc\n  SecurityGroupIngress:\n    - IpProtocol: tcp\n      FromPort: 443\n      ToPort: 443\n      CidrIp: 0.0.0.0/0',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = "0.0.0.0/0"\n}',
    },
    messages: {
      restricted: 'Security group {{name}} does not open every port to the internet.',
      open: 'Security group {{name}} opens every port to {{sources}}.',
    },
  },
  evaluate(sg, { pass, fail }) {
    const open = allTrafficOpenToWorld(sg.ingress)
    if (!open.families.length) return pass('restricted', { name: sg.name })
    const sources = open.families.map((f) => (f === 'ipv4' ? '0.0.0.0/0' : '::/0')).join(' and ')
    return fail('open', { data: { name: sg.name, sources }, ...(open.ruleIndexes.length ? { at: `ingress.${open.ruleIndexes[0]}` } : {}) })
  },
})
