import { defineCheck } from '../../core/check.js'
import { findSecurityGroup } from '../../analysis/network.js'
import { worldOpenPorts } from '../../analysis/sg-exposure.js'

export default defineCheck({
  meta: {
    id: 'elasticache-cluster-not-open-to-world',
    resourceType: 'elasticache.cluster',
    reads: ['ec2.security-group'],
    title: 'ElastiCache cluster port is not open to the whole internet',
    severity: 'high',
    categories: ['network', 'public-exposure'],
    description:
      'Checks the security groups of each cache cluster for ingress that opens the cluster\'s port to 0.0.0.0/0 or ::/0 (split ranges such as two /1 blocks count too). Cache nodes have only private addresses, but an open group admits anything that can route into the VPC — peered VPCs, VPN and Direct Connect networks, every workload in the VPC — and stays dangerous the day the network changes. Rules that name other security groups or prefix lists are bounded and pass.',
    risk: 'Valkey, Redis OSS and Memcached were built for trusted networks: a reachable node without AUTH gives away every key, and Redis scripting and replication commands have long been used to take over hosts.',
    remediation: {
      text: 'Replace the world-open rule with one that allows the cache port only from the application\'s security group.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id <sg> --protocol tcp --port <port> --cidr 0.0.0.0/0\naws ec2 authorize-security-group-ingress --group-id <sg> --protocol tcp --port <port> --source-group <app-sg>',
      cloudformation: 'Type: AWS::EC2::SecurityGroupIngress\nProperties:\n  GroupId: !Ref CacheSecurityGroup\n  IpProtocol: tcp\n  FromPort: 6379\n  ToPort: 6379\n  SourceSecurityGroupId: !Ref AppSecurityGroup',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "cache_from_app" {\n  security_group_id            = aws_security_group.cache.id\n  ip_protocol                  = "tcp"\n  from_port                    = 6379\n  to_port                      = 6379\n  referenced_security_group_id = aws_security_group.app.id\n}',
    },
    messages: {
      bounded: 'No security group of cache cluster {{name}} opens port {{port}} to the internet.',
      open: 'Security group {{group}} of cache cluster {{name}} opens port {{port}} to {{cidrs}}.',
    },
  },
  evaluate(c, { pass, fail, unknown, inventory }) {
    if (c.port === undefined) return unknown('the cluster\'s port is not known', { at: 'port' })
    const range = { from: c.port, to: c.port, protocol: 'tcp' as const, service: c.engine }
    const verdicts = []
    const missing: string[] = []
    for (const id of c.securityGroupIds) {
      const sg = findSecurityGroup(inventory, id, c.region)
      if (!sg) {
        missing.push(id)
        continue
      }
      for (const hit of worldOpenPorts(sg.ingress, [range])) {
        verdicts.push(fail('open', { data: { name: c.name, group: sg.groupId, port: c.port, cidrs: hit.families.map((f) => (f === 'ipv4' ? '0.0.0.0/0' : '::/0')).join(' and ') }, at: 'securityGroupIds', subject: sg.groupId }))
      }
    }
    if (verdicts.length) return verdicts
    if (missing.length) return unknown(`security group ${missing.join(', ')} was not found`)
    return pass('bounded', { name: c.name, port: c.port })
  },
})
