import check from './opensearch-domain-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { openSearchDomain } from '../../../test/factories/index.js'
import type { PolicyDocument } from '../../model/common.js'

const dom = (extra: string) => `Search:\n  Type: AWS::OpenSearchService::Domain\n  Properties:\n    EngineVersion: OpenSearch_2.17\n${extra}`
const tf = (extra: string) => `resource "aws_opensearch_domain" "d" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n${extra}}\n`
const arn = 'arn:aws:es:us-east-1:111122223333:domain/search'
const policy = (st: PolicyDocument['Statement'][number]): PolicyDocument => ({ Version: '2012-10-17', Statement: [st] })
const open = policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:*', Resource: `${arn}/*` })

testCheck(check, {
  valid: [
    { name: 'in a VPC, even with an open policy', resource: openSearchDomain({ accessPolicy: open }) },
    { name: 'public endpoint, one role', resource: openSearchDomain({ vpc: null }) },
    { name: 'public endpoint, no access policy', resource: openSearchDomain({ vpc: null, accessPolicy: null }) },
    { name: 'public endpoint, office IP range', resource: openSearchDomain({ vpc: null, accessPolicy: policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'es:ESHttpGet', Resource: `${arn}/*`, Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }) }) },
  ],
  invalid: [
    { name: 'open to anyone', resource: openSearchDomain({ vpc: null, accessPolicy: open, fineGrainedAccessControl: false }), messageId: 'public', at: 'accessPolicy' },
    { name: 'open, guarded only by FGAC passwords', resource: openSearchDomain({ vpc: null, accessPolicy: open }), messageId: 'publicBehindFgac' },
    { name: 'the whole internet as an IP range', resource: openSearchDomain({ vpc: null, fineGrainedAccessControl: false, accessPolicy: policy({ Effect: 'Allow', Principal: '*', Action: 'es:*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }) }), messageId: 'public' },
  ],
  unknown: [
    { name: 'access policy from a parameter', resource: openSearchDomain({ vpc: null, unresolved: { accessPolicy: '!Ref Policy' } }) },
    { name: 'VPC options unresolved', resource: openSearchDomain({ vpc: null, accessPolicy: open, unresolved: { vpc: '!If InVpc' } }) },
  ],
  iac: {
    cloudformation: {
      good: [dom('    VPCOptions: { SubnetIds: [subnet-0a], SecurityGroupIds: [sg-0a] }\n    AccessPolicies:\n      Version: "2012-10-17"\n      Statement: [{ Effect: Allow, Principal: { AWS: "*" }, Action: "es:*", Resource: "*" }]\n'), dom('')],
      bad: [dom('    AccessPolicies:\n      Version: "2012-10-17"\n      Statement: [{ Effect: Allow, Principal: { AWS: "*" }, Action: "es:*", Resource: "*" }]\n')],
    },
    terraform: {
      good: [tf('  vpc_options {\n    subnet_ids = ["subnet-0a"]\n  }\n')],
      bad: [tf('') + 'resource "aws_opensearch_domain_policy" "p" {\n  domain_name     = aws_opensearch_domain.d.domain_name\n  access_policies = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = "*", Action = "es:*", Resource = "*" }]\n  })\n}\n'],
    },
  },
})
