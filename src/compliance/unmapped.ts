/**
 * Checks that no compliance framework control maps to, each with the reason. Every check in
 * the catalogue is either mapped by some framework or listed here (test/meta/compliance.test.ts).
 */
export const UNMAPPED_CHECKS: Readonly<Record<string, string>> = {
  'cloudfront-geo-restriction': 'Informational: whether a distribution should serve every country is a business decision; no framework control requires geographic restrictions.',
  'lambda-required-tags': 'Tagging is an organisation-defined convention (the keys come from the check options); Security Hub\'s Lambda.6 tagging control is in the resource-tagging standard, which clearsky does not model.',
  'lambda-vpc-private-egress-path': 'Operational reachability (a private subnet with no way out breaks the function); no framework control asks for it.',
}
