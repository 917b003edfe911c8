import { defineCheck } from '../../core/check.js'
import { naclIngressOpenToWorld } from '../../analysis/nacl.js'
import { familyPorts } from '../../analysis/sg-exposure.js'

const ADMIN_FAMILIES = ['ssh', 'rdp'] as const

export default defineCheck({
  meta: {
    id: 'ec2-nacl-no-open-admin-ports',
    resourceType: 'ec2.network-acl',
    title: 'Network ACL does not let the internet reach SSH or RDP',
    severity: 'medium',
    categories: ['network', 'public-exposure'],
    description:
      'Evaluates the inbound entries of the network ACL in rule-number order, as AWS does (the first matching entry decides), for SSH (TCP 22) and Remote Desktop (TCP and UDP 3389), from the whole IPv4 and IPv6 internet. Fails when an allow entry for 0.0.0.0/0 or ::/0 covering the port is reached by some source that no lower-numbered entry has already denied. A deny entry for 0.0.0.0/0 placed before the allow closes the port; a deny for a narrower range does not.',
    risk: 'Network ACLs are the subnet-wide second layer: an ACL that lets the internet reach administration ports leaves every instance of the subnet protected by its security groups alone, and one mistaken security group rule then exposes it.',
    remediation: {
      text: 'Add inbound deny entries for ports 22 and 3389 from 0.0.0.0/0 and ::/0 with rule numbers lower than the broad allow entry, or replace the broad allow with entries for the ports the subnet serves.',
      cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny\naws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 51 --protocol tcp --port-range From=3389,To=3389 --cidr-block 0.0.0.0/0 --rule-action deny',
      cloudformation: 'Type: AWS::EC2::NetworkAclEntry\nProperties:\n  NetworkAclId: !Ref SubnetAcl\n  RuleNumber: 50\n  Protocol: 6\n  RuleAction: deny\n  Egress: false\n  CidrBlock: 0.0.0.0/0\n  PortRange: { From: 22, To: 22 }',
      terraform: 'resource "aws_network_acl_rule" "deny_ssh" {\n  network_acl_id = aws_network_acl.this.id\n  rule_number    = 50\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "deny"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 22\n  to_port        = 22\n}',
    },
    messages: {
      closed: 'Network ACL {{name}} does not let the internet reach SSH or RDP.',
      open: 'Entry {{rule}} of network ACL {{name}} lets {{source}} reach {{port}} ({{service}}).',
    },
  },
  evaluate(acl, { pass, fail }) {
    const verdicts = []
    for (const family of ADMIN_FAMILIES) {
      for (const range of familyPorts(family)) {
        for (const ip of ['ipv4', 'ipv6'] as const) {
          const v = naclIngressOpenToWorld(acl.entries, range.protocol, range.from, ip)
          if (!v.open) continue
          const source = ip === 'ipv4' ? '0.0.0.0/0' : '::/0'
          const port = `${range.from}/${range.protocol}`
          verdicts.push(fail('open', { data: { name: acl.name, rule: v.ruleNumber, source, port, service: range.service }, at: 'entries', subject: `${port} from ${source}` }))
        }
      }
    }
    return verdicts.length ? verdicts : pass('closed', { name: acl.name })
  },
})
