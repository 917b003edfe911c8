import { defineCheck } from '../../core/check.js'

/** Analyzer types that look for access from outside the zone of trust (the account or the organization). */
const EXTERNAL_ACCESS_TYPES = new Set(['ACCOUNT', 'ORGANIZATION'])

export default defineCheck({
  meta: {
    id: 'iam-access-analyzer-enabled',
    resourceType: 'account.region',
    reads: ['accessanalyzer.analyzer'],
    title: 'IAM Access Analyzer looks for external access in every region',
    severity: 'medium',
    categories: ['monitoring', 'public-exposure'],
    liveOnly: true,
    description:
      'For each scanned region, looks for an IAM Access Analyzer analyzer of type ACCOUNT or ORGANIZATION (external access) with status ACTIVE. The region fails when there is none — analyzers are regional, so one region\'s analyzer says nothing about resources elsewhere. Unused-access and internal-access analyzers do not count. Whether the findings it produces are looked at is a separate question.',
    risk: 'Without an external-access analyzer, a bucket, key, queue, role trust or function policy that is opened to another account or to the public in that region is only found by chance.',
    remediation: {
      text: 'Create an external-access analyzer in every region you use — one with the account as zone of trust, or an organization analyzer in the delegated administrator account — and route its findings (EventBridge or Security Hub) to the people who act on them.',
      cli: 'aws accessanalyzer create-analyzer --analyzer-name external-access --type ACCOUNT --region <region>',
      cloudformation: 'ExternalAccessAnalyzer:\n  Type: AWS::AccessAnalyzer::Analyzer\n  Properties:\n    AnalyzerName: external-access\n    Type: ACCOUNT',
      terraform: 'resource "aws_accessanalyzer_analyzer" "external" {\n  analyzer_name = "external-access"\n  type          = "ACCOUNT"\n}\n# one per region: repeat with a provider alias for each region you use',
    },
    messages: {
      active: 'The external-access analyzer {{analyzer}} is active in {{region}}.',
      none: 'No IAM Access Analyzer external-access analyzer exists in {{region}}.',
      inactive: 'The external-access analyzer(s) in {{region}} are not active ({{analyzers}}).',
    },
  },
  evaluate(account, { pass, fail, inventory }) {
    const region = account.region
    const external = inventory.list('accessanalyzer.analyzer', { region }).filter((a) => EXTERNAL_ACCESS_TYPES.has(a.type))
    const active = external.find((a) => a.status === 'ACTIVE')
    if (active) return pass('active', { analyzer: active.name, region })
    if (external.length > 0) return fail('inactive', { region, analyzers: external.map((a) => `${a.name}: ${a.status}`).join(', ') })
    return fail('none', { region })
  },
})
