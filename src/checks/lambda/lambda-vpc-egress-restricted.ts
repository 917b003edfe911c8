import { defineCheck, type Verdict } from '../../core/check.js'
import { findSecurityGroup, openToWorldOnAllTraffic, WORLD_CIDR } from '../../analysis/network.js'

export default defineCheck({
  meta: {
    id: 'lambda-vpc-egress-restricted',
    resourceType: 'lambda.function',
    reads: ['ec2.security-group'],
    title: 'VPC-attached Lambda function has restricted outbound security group rules',
    severity: 'medium',
    categories: ['network'],
    description:
      'Checks that no security group of a VPC-attached function allows all traffic on every protocol and port to 0.0.0.0/0 or ::/0, which is the egress rule AWS adds to every new security group. Rules are combined per group, so split blocks such as 0.0.0.0/1 plus 128.0.0.0/1 count as the whole internet.',
    risk: 'Security group rules are additive: one group with the default allow-all egress rule lets code running in the function (a compromised dependency, an injection) send data and its temporary credentials to any host on the internet wherever the subnet has a NAT or other route out, and nothing in the network layer stops it if such a route is added later.',
    remediation: {
      text: 'Replace the allow-all egress rule with rules for the destinations the function needs: HTTPS to the VPC endpoints\' security group or to AWS prefix lists, the database port to the database\'s security group, and nothing else. Revoke the IPv6 rule too where the group has one (Ipv6Ranges=[{CidrIpv6=::/0}]).',
      cli:
        "aws ec2 authorize-security-group-egress --group-id <sg-id> --ip-permissions 'IpProtocol=tcp,FromPort=443,ToPort=443,UserIdGroupPairs=[{GroupId=<endpoints-sg-id>}]' && aws ec2 revoke-security-group-egress --group-id <sg-id> --ip-permissions 'IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]'",
      cloudformation:
        '# Declaring SecurityGroupEgress replaces the default allow-all egress rule.\nType: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: Lambda function\n  VpcId: !Ref Vpc\n  SecurityGroupEgress:\n    - IpProtocol: tcp\n      FromPort: 443\n      ToPort: 443\n      DestinationSecurityGroupId: !Ref EndpointsSecurityGroup',
      terraform:
        '# aws_security_group drops the default allow-all egress rule; declare only what is needed.\nresource "aws_security_group" "fn" {\n  name   = "lambda-fn"\n  vpc_id = aws_vpc.main.id\n  egress {\n    protocol        = "tcp"\n    from_port       = 443\n    to_port         = 443\n    security_groups = [aws_security_group.endpoints.id]\n  }\n}',
    },
    messages: {
      restricted: 'No security group of function {{name}} allows all outbound traffic to the internet.',
      allEgress: 'Security group {{group}} of function {{name}} allows all outbound traffic to {{cidrs}}.',
    },
  },
  evaluate(fn, { pass, fail, skip, unknown, inventory }) {
    if (!fn.vpc || fn.vpc.subnetIds.length === 0) return skip('the function is not attached to a VPC')
    const groupIds = fn.vpc.securityGroupIds
    if (groupIds.length === 0) return skip('the function has no security group')

    const verdicts: Verdict[] = []
    groupIds.forEach((groupId, i) => {
      const at = `vpc.securityGroupIds.${i}`
      const group = findSecurityGroup(inventory, groupId, fn.region)
      if (!group) {
        verdicts.push(unknown(`security group ${groupId} is not in the inventory`, { at }))
        return
      }
      const open = openToWorldOnAllTraffic(group.egress)
      if (open.length > 0) verdicts.push(fail('allEgress', { data: { name: fn.name, group: groupId, cidrs: open.map((f) => WORLD_CIDR[f]).join(' and ') }, at, subject: groupId }))
    })
    return verdicts.length > 0 ? verdicts : pass('restricted', { name: fn.name })
  },
})
