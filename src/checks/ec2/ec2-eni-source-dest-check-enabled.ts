import data from '../../../data/eni-source-dest-check-types.json' with { type: 'json' }
import { defineCheck } from '../../core/check.js'

/** The user-managed interface types AWS's control evaluates; AWS-managed ones are skipped. */
const EVALUATED_TYPES = new Set(data.types.map((t) => t.type))

export default defineCheck({
  meta: {
    id: 'ec2-eni-source-dest-check-enabled',
    resourceType: 'ec2.network-interface',
    title: 'Network interface has source/destination checking enabled',
    severity: 'medium',
    categories: ['network'],
    description:
      'Fails for a user-managed network interface (types interface, efa, branch, lambda, quicksight and CodeStar connections, listed in data/eni-source-dest-check-types.json) whose source/destination check is turned off. Interfaces AWS manages for NAT gateways, VPC endpoints, load balancers, transit gateways and the like are skipped. NAT instances, firewalls, VPN and routing appliances must turn the check off to forward traffic: their findings are expected, and a NAT gateway or Gateway Load Balancer replaces most of them. In a template, only AWS::EC2::NetworkInterface / aws_network_interface resources are seen (an instance\'s own SourceDestCheck applies to its primary interface, which is not a separate resource).',
    risk: 'With the check off, the interface accepts and sends packets whose addresses are not its own: the instance can forward, intercept or spoof traffic for other hosts in the VPC, and a compromised instance can be turned into a pivot or man-in-the-middle point that routing and security group reviews do not expect.',
    remediation: {
      text: 'Turn source/destination checking back on for interfaces that do not forward traffic. For an instance that really routes (NAT instance, firewall appliance), keep the check off, document it and suppress the finding, or move the job to a NAT gateway or a Gateway Load Balancer.',
      cli: 'aws ec2 modify-network-interface-attribute --network-interface-id <eni-id> --source-dest-check',
      cloudformation: 'Eni:\n  Type: AWS::EC2::NetworkInterface\n  Properties:\n    SubnetId: !Ref PrivateSubnet\n    GroupSet: [!Ref AppSecurityGroup]\n    SourceDestCheck: true',
      terraform: 'resource "aws_network_interface" "app" {\n  subnet_id         = aws_subnet.private.id\n  security_groups   = [aws_security_group.app.id]\n  source_dest_check = true\n}',
    },
    messages: {
      enabled: 'Network interface {{name}} checks source and destination addresses.',
      disabled: 'Network interface {{name}} ({{interfaceType}}) has source/destination checking turned off.',
    },
  },
  evaluate(eni, { pass, fail, skip, unknown }) {
    if (!EVALUATED_TYPES.has(eni.interfaceType)) return skip(`interface type ${eni.interfaceType} is managed by AWS`)
    if (eni.sourceDestCheck === undefined) return unknown('the source/destination check setting was not reported')
    return eni.sourceDestCheck ? pass('enabled', { name: eni.name }) : fail('disabled', { data: { name: eni.name, interfaceType: eni.interfaceType }, at: 'sourceDestCheck' })
  },
})
