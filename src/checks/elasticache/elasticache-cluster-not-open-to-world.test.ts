import check from './elasticache-cluster-not-open-to-world.js'
import { testCheck } from '../../../test/check-tester.js'
import { cacheCluster, securityGroup } from '../../../test/factories/index.js'
import type { SecurityGroupRule } from '../../model/ec2.js'

const rule = (over: Partial<SecurityGroupRule>): SecurityGroupRule => ({ protocol: 'tcp', fromPort: 11211, toPort: 11211, ipv4Ranges: [], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [], ...over })
const sg = (...ingress: SecurityGroupRule[]) => ({ 'ec2.security-group': [securityGroup({ id: 'sg-0cache00000000001', groupId: 'sg-0cache00000000001', ingress })] })
const cacheSg = (rules: string) => `CacheSg:\n  Type: AWS::EC2::SecurityGroup\n  Properties:\n    GroupDescription: cache\n    VpcId: vpc-1\n    SecurityGroupIngress:\n${rules}`
const cache = 'Cache:\n  Type: AWS::ElastiCache::CacheCluster\n  Properties:\n    Engine: redis\n    CacheNodeType: cache.t4g.small\n    NumCacheNodes: 1\n    VpcSecurityGroupIds: [!GetAtt CacheSg.GroupId]\n'
const tfCache = 'resource "aws_elasticache_cluster" "c" {\n  cluster_id         = "jobs"\n  engine             = "redis"\n  node_type          = "cache.t4g.small"\n  num_cache_nodes    = 1\n  security_group_ids = [aws_security_group.cache.id]\n}\n'
const tfSg = (cidr: string) => `resource "aws_security_group" "cache" {\n  vpc_id = "vpc-1"\n  ingress {\n    protocol    = "tcp"\n    from_port   = 6379\n    to_port     = 6379\n    cidr_blocks = ["${cidr}"]\n  }\n}\n`

testCheck(check, {
  valid: [
    { name: 'port open to the app security group only', resource: cacheCluster(), related: sg(rule({ securityGroupIds: ['sg-app'] })) },
    { name: 'a private range', resource: cacheCluster(), related: sg(rule({ ipv4Ranges: ['10.0.0.0/8'] })) },
    { name: 'another port open to the world', resource: cacheCluster(), related: sg(rule({ fromPort: 443, toPort: 443, ipv4Ranges: ['0.0.0.0/0'] })) },
  ],
  invalid: [
    { name: 'cache port open to 0.0.0.0/0', resource: cacheCluster(), related: sg(rule({ ipv4Ranges: ['0.0.0.0/0'] })), messageId: 'open', at: 'securityGroupIds' },
    { name: 'all traffic from ::/0', resource: cacheCluster(), related: sg(rule({ protocol: '-1', fromPort: undefined, toPort: undefined, ipv6Ranges: ['::/0'] })), messageId: 'open' },
    { name: 'split halves of the IPv4 space', resource: cacheCluster(), related: sg(rule({ ipv4Ranges: ['0.0.0.0/1'] }), rule({ ipv4Ranges: ['128.0.0.0/1'] })), messageId: 'open' },
  ],
  unknown: [
    { name: 'security group missing from the inventory', resource: cacheCluster() },
    { name: 'security groups could not be listed', resource: cacheCluster(), gaps: [{ resourceType: 'ec2.security-group', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
    { name: 'template uses the VPC default group', resource: cacheCluster({ securityGroupIds: [], unresolved: { securityGroupIds: "not set: the VPC's default security group is used" } }) },
  ],
  iac: {
    cloudformation: {
      good: [cache + cacheSg('      - { IpProtocol: tcp, FromPort: 6379, ToPort: 6379, CidrIp: 10.0.0.0/16 }\n')],
      bad: [cache + cacheSg('      - { IpProtocol: tcp, FromPort: 6379, ToPort: 6379, CidrIp: 0.0.0.0/0 }\n')],
    },
    terraform: { good: [tfCache + tfSg('10.0.0.0/16')], bad: [tfCache + tfSg('0.0.0.0/0')] },
  },
})
