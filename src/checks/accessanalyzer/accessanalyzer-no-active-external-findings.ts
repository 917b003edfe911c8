import { defineCheck } from '../../core/check.js'

const EXTERNAL = new Set(['ACCOUNT', 'ORGANIZATION'])

export default defineCheck({
  meta: {
    id: 'accessanalyzer-no-active-external-findings',
    resourceType: 'accessanalyzer.analyzer',
    title: 'IAM Access Analyzer has no unreviewed findings of external access',
    severity: 'medium',
    categories: ['public-exposure', 'least-privilege'],
    description:
      'For each external-access analyzer (type ACCOUNT or ORGANIZATION): checks that it has no ACTIVE findings, that is no resource shared outside the zone of trust (the account, or the organization) that nobody has reviewed. Archived findings (reviewed and accepted, or matched by an archive rule) and resolved ones do not count. Unused-access and internal-access analyzers are skipped.',
    risk: 'Each active finding is a bucket, role, key, queue, function or secret that another account or the public can use. Left unreviewed, intended sharing and accidental exposure look the same, and the accidental ones stay open.',
    remediation: {
      text: 'Review each active finding: remove the access that is not intended, and archive the ones that are (better, add an archive rule for known partner accounts so that new intended sharing does not raise findings).',
      cli: 'aws accessanalyzer list-findings-v2 --analyzer-arn <analyzer-arn> --filter \'{"status":{"eq":["ACTIVE"]}}\'\naws accessanalyzer update-findings --analyzer-arn <analyzer-arn> --ids <finding-id> --status ARCHIVED   # intended access only',
      cloudformation: 'Type: AWS::AccessAnalyzer::Analyzer\nProperties:\n  Type: ACCOUNT\n  ArchiveRules:\n    - RuleName: trusted-partner\n      Filter:\n        - Property: principal.AWS\n          Eq: ["444455556666"]',
      terraform: 'resource "aws_accessanalyzer_archive_rule" "trusted_partner" {\n  analyzer_name = aws_accessanalyzer_analyzer.account.analyzer_name\n  rule_name     = "trusted-partner"\n  filter {\n    criteria = "principal.AWS"\n    eq       = ["444455556666"]\n  }\n}',
    },
    messages: {
      clear: 'Analyzer {{name}} in {{region}} has no active external-access findings.',
      activeFindings: 'Analyzer {{name}} in {{region}} has {{count}} active external-access finding(s), e.g. {{example}}.',
    },
    liveOnly: true,
  },
  evaluate(analyzer, { pass, fail, skip, unknown }) {
    if (!EXTERNAL.has(analyzer.type)) return skip(`${analyzer.type} analyzers do not report external access`)
    if (analyzer.status !== 'ACTIVE') return skip(`the analyzer is ${analyzer.status}: accessanalyzer-enabled reports it`)
    const f = analyzer.activeFindings
    if (!f) return unknown('the analyzer\'s findings were not listed', { at: 'activeFindings' })
    if (f.count === 0) return pass('clear', { name: analyzer.name, region: analyzer.region })
    const first = f.sample[0]
    return fail('activeFindings', {
      data: { name: analyzer.name, region: analyzer.region, count: f.truncated ? `${f.count}+` : f.count, example: first ? `${first.resourceType} ${first.resource}` : 'not listed' },
      at: 'activeFindings',
    })
  },
})
