import { defineCheck, type Verdict } from '../../core/check.js'
import { cidrsCoverWorld, findSecurityGroup, isAllProtocols, isWorldCidr, WORLD_CIDR, type IpFamily } from '../../analysis/network.js'
import type { SecurityGroupRule } from '../../model/ec2.js'

function ports(rule: SecurityGroupRule): string {
  if (isAllProtocols(rule.protocol)) return 'all traffic'
  const range = rule.fromPort === undefined || rule.fromPort === -1 ? 'all ports' : rule.fromPort === rule.toPort ? `port ${rule.fromPort}` : `ports ${rule.fromPort}-${rule.toPort}`
  return `${rule.protocol} ${range}`
}

/** The families whose whole address space may send traffic in, and the rules that let it. */
function openIngress(rules: readonly SecurityGroupRule[]): { families: IpFamily[]; rules: SecurityGroupRule[] } {
  const families: IpFamily[] = []
  // The union of all inbound ranges: split blocks (0.0.0.0/1 + 128.0.0.0/1) open the group too.
  if (cidrsCoverWorld(rules.flatMap((r) => r.ipv4Ranges), 'ipv4')) families.push('ipv4')
  if (cidrsCoverWorld(rules.flatMap((r) => r.ipv6Ranges), 'ipv6')) families.push('ipv6')
  const direct = rules.filter((r) => [...r.ipv4Ranges, ...r.ipv6Ranges].some(isWorldCidr))
  return { families, rules: direct.length > 0 ? direct : rules.filter((r) => r.ipv4Ranges.length > 0 || r.ipv6Ranges.length > 0) }
}

export default defineCheck({
  meta: {
    id: 'lambda-vpc-sg-no-open-ingress',
    resourceType: 'lambda.function',
    reads: ['ec2.security-group'],
    title: 'Security groups of a VPC-attached Lambda function allow no inbound traffic from the internet',
    severity: 'high',
    categories: ['network', 'public-exposure'],
    description:
      'Fails for every security group of a VPC-attached function whose inbound rules admit the whole IPv4 (0.0.0.0/0) or IPv6 (::/0) address space, on any protocol or port; the inbound ranges of a group are combined, so split blocks that together cover everything count. Lambda needs no inbound rule at all: invocations arrive through the Lambda service, never through the function\'s network interfaces, and responses to the function\'s own outbound connections are allowed by security-group state tracking.',
    risk: 'An inbound rule open to the internet does nothing for the function, but the same group is usually shared with other resources (databases, instances, other functions), which it then exposes; and it signals that the group was copied from a server template rather than designed for the function, so its egress is likely just as broad.',
    remediation: {
      text: 'Remove the inbound rules from the function\'s security group (a function needs none), or give the function its own group with no inbound rules and only the egress it needs.',
      cli: "aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions 'IpProtocol=<protocol>,FromPort=<from>,ToPort=<to>,IpRanges=[{CidrIp=0.0.0.0/0}]'\n# and, for IPv6: Ipv6Ranges=[{CidrIpv6=::/0}]",
      cloudformation:
        'Type: AWS::EC2::SecurityGroup\nProperties:\n  GroupDescription: Lambda function - no inbound rules\n  VpcId: !Ref Vpc\n  # no SecurityGroupIngress at all\n  SecurityGroupEgress:\n    - IpProtocol: tcp\n      FromPort: 443\n      ToPort: 443\n      DestinationSecurityGroupId: !Ref EndpointsSecurityGroup',
      terraform:
        'resource "aws_security_group" "fn" {\n  name   = "lambda-fn"\n  vpc_id = aws_vpc.main.id\n  # no ingress blocks: Lambda needs no inbound rule\n  egress {\n    protocol        = "tcp"\n    from_port       = 443\n    to_port         = 443\n    security_groups = [aws_security_group.endpoints.id]\n  }\n}',
    },
    messages: {
      closed: 'No security group of function {{name}} admits inbound traffic from the internet.',
      openIngress: 'Security group {{group}} of function {{name}} admits inbound traffic from {{cidrs}} ({{ports}}); a Lambda function needs no inbound rule.',
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
      const open = openIngress(group.ingress)
      if (open.families.length === 0) return
      verdicts.push(
        fail('openIngress', {
          data: { name: fn.name, group: group.name === group.groupId ? group.groupId : `${group.name} (${group.groupId})`, cidrs: open.families.map((f) => WORLD_CIDR[f]).join(' and '), ports: [...new Set(open.rules.map(ports))].join(', ') },
          at,
          subject: group.groupId,
        }),
      )
    })
    return verdicts.length > 0 ? verdicts : pass('closed', { name: fn.name })
  },
})
