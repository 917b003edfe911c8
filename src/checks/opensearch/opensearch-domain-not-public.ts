import { defineCheck } from '../../core/check.js'
import { analyzeExternalAccess } from '../../analysis/iam/index.js'

export default defineCheck({
  meta: {
    id: 'opensearch-domain-not-public',
    resourceType: 'opensearch.domain',
    title: 'OpenSearch domain is not open to the internet',
    severity: 'critical',
    categories: ['public-exposure'],
    description:
      'A domain placed in a VPC has no internet endpoint and passes. A domain with a public endpoint passes only when its access policy, read with the condition-aware IAM engine, grants nothing to anyone or any AWS account: aws:SourceIp limited to private or narrow ranges, account, organisation and VPC endpoint conditions narrow a `*` principal; negated operators do not. A public endpoint without an access policy admits only IAM-signed requests that identity policies allow, and passes. When fine-grained access control is on, an open policy is still reported (with its own message): the endpoint is then guarded by the domain\'s user names and passwords alone.',
    risk: 'An open domain lets anyone on the internet read, change or delete every index — a common source of large data leaks and of ransom notes left in emptied clusters.',
    remediation: {
      text: 'Recreate the domain inside a VPC (the network setting cannot be changed), or restrict the access policy to specific IAM principals or IP ranges.',
      cli: 'aws opensearch update-domain-config --domain-name <domain> --access-policies file://policy.json',
      cloudformation:
        'Type: AWS::OpenSearchService::Domain\nProperties:\n  EngineVersion: OpenSearch_2.17\n  VPCOptions:\n    SubnetIds: [!Ref PrivateSubnetA]\n    SecurityGroupIds: [!Ref SearchSecurityGroup]\n  AccessPolicies:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Principal: { AWS: !GetAtt SearchWriterRole.Arn }\n        Action: es:ESHttp*\n        Resource: "*"',
      terraform:
        'resource "aws_opensearch_domain" "this" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n  vpc_options {\n    subnet_ids         = [aws_subnet.private_a.id]\n    security_group_ids = [aws_security_group.search.id]\n  }\n}',
    },
    messages: {
      vpc: 'OpenSearch domain {{name}} is reachable only from its VPC.',
      restricted: 'OpenSearch domain {{name}} has a public endpoint, but its access policy grants nothing to the public.',
      public: 'Statement {{statement}} of the access policy of OpenSearch domain {{name}} lets anyone on the internet perform {{actions}}.',
      publicAuthenticated: 'Statement {{statement}} of the access policy of OpenSearch domain {{name}} lets any AWS account perform {{actions}}.',
      publicBehindFgac: 'Statement {{statement}} of the access policy of OpenSearch domain {{name}} is open to anyone; only fine-grained access control user names and passwords protect the public endpoint.',
    },
  },
  evaluate(d, { pass, fail, inventory }) {
    if (d.vpc) return pass('vpc', { name: d.name })
    if (!d.accessPolicy) return pass('restricted', { name: d.name })
    const owner = d.accountId ?? inventory.accountId ?? 'unknown-account'
    const analysis = analyzeExternalAccess(d.accessPolicy, { ownerAccount: owner, ...(d.arn ? { resourceArn: `${d.arn}/*` } : {}) })
    if (!analysis.isPublic) return pass('restricted', { name: d.name })
    return analysis.publicStatements.map((s) => {
      const anyone = s.reach.some((r) => r.kind === 'public')
      const id = anyone ? (d.fineGrainedAccessControl ? 'publicBehindFgac' : 'public') : 'publicAuthenticated'
      return fail(id, { data: { name: d.name, statement: s.label, actions: (s.notAction ? 'every action except ' : '') + s.actions.join(', ') }, at: 'accessPolicy', subject: `statement ${s.label}` })
    })
  },
})
