/**
 * Checks that no compliance framework control maps to, each with the reason. Every check in
 * the catalogue is either mapped by some framework or listed here (test/meta/compliance.test.ts).
 */
export const UNMAPPED_CHECKS: Readonly<Record<string, string>> = {
  'cloudfront-geo-restriction': 'Informational: whether a distribution should serve every country is a business decision; no framework control requires geographic restrictions.',
  'lambda-required-tags': 'Tagging is an organisation-defined convention (the keys come from the check options); Security Hub\'s Lambda.6 tagging control is in the resource-tagging standard, which clearsky does not model.',
  'lambda-vpc-private-egress-path': 'Operational reachability (a private subnet with no way out breaks the function); no framework control asks for it.',
}

/**
 * Why the AWS WAF Classic controls of FSBP (WAF.1–WAF.4, WAF.6–WAF.8) are listed without checks.
 * Volatile: revisit if AWS keeps Classic resources readable much longer than announced.
 */
export const CLASSIC_WAF_REASON =
  'AWS WAF Classic (the waf and waf-regional APIs) stopped accepting new web ACLs on 2025-05-01, reached end of support on 2025-09-30 and has been going through a planned end-of-life process since, with milestones per region (what remains are leftovers, such as Firewall Manager-created ACLs, waiting to be migrated or deleted). Collecting it would add two SDK clients, seven read actions per API (web ACLs, rules and rule groups listed and read one by one, logging configurations) and listing calls in every region to every scan for resources that can no longer be supported; clearsky checks AWS WAF (v2) web ACLs instead (rules, logging, metrics) and whether distributions and API stages have a web ACL. Migrate Classic web ACLs with the AWS WAF migration wizard.'

/**
 * Framework controls clearsky lists but deliberately does not automate, each with the reason
 * (`framework:control` → reason). Unlike a control that simply has no check yet, these are
 * decided: src/compliance/unmapped.test.ts keeps the list exact.
 */
export const UNAUTOMATED_CONTROLS: Readonly<Record<string, string>> = {
  'aws-fsbp:WAF.1': CLASSIC_WAF_REASON,
  'aws-fsbp:WAF.2': CLASSIC_WAF_REASON,
  'aws-fsbp:WAF.3': CLASSIC_WAF_REASON,
  'aws-fsbp:WAF.4': CLASSIC_WAF_REASON,
  'aws-fsbp:WAF.6': CLASSIC_WAF_REASON,
  'aws-fsbp:WAF.7': CLASSIC_WAF_REASON,
  'aws-fsbp:WAF.8': CLASSIC_WAF_REASON,
}
