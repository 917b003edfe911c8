/**
 * Checks that no compliance framework control maps to, each with the reason. Every check in
 * the catalogue is either mapped by some framework or listed here (test/meta/compliance.test.ts).
 */
export const UNMAPPED_CHECKS: Readonly<Record<string, string>> = {
  'lambda-required-tags': 'Tagging is an organisation-defined convention (the keys come from the check options); Security Hub\'s Lambda.6 tagging control is in the resource-tagging standard, which clearsky does not model.',
  'lambda-vpc-private-egress-path': 'Operational reachability (a private subnet with no way out breaks the function); no framework control asks for it.',
}
