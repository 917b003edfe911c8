import check from './opensearch-domain-fine-grained-access-control.js'
import { testCheck } from '../../../test/check-tester.js'
import { openSearchDomain } from '../../../test/factories/index.js'

const dom = (extra: string) => `Search:\n  Type: AWS::OpenSearchService::Domain\n  Properties:\n    EngineVersion: OpenSearch_2.17\n${extra}`
const tf = (extra: string) => `resource "aws_opensearch_domain" "d" {\n  domain_name    = "search"\n  engine_version = "OpenSearch_2.17"\n${extra}}\n`

testCheck(check, {
  valid: [{ name: 'on', resource: openSearchDomain() }],
  invalid: [{ name: 'off', resource: openSearchDomain({ fineGrainedAccessControl: false }), messageId: 'disabled', at: 'fineGrainedAccessControl' }],
  unknown: [{ name: 'from a parameter', resource: openSearchDomain({ unresolved: { fineGrainedAccessControl: '!Ref Fgac' } }) }],
  iac: {
    cloudformation: { good: [dom('    AdvancedSecurityOptions: { Enabled: true, InternalUserDatabaseEnabled: false, MasterUserOptions: { MasterUserARN: arn:aws:iam::111122223333:role/search-admin } }\n')], bad: [dom('')] },
    terraform: { good: [tf('  advanced_security_options {\n    enabled = true\n  }\n')], bad: [tf('')] },
  },
})
