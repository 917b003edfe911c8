import { createHash } from 'node:crypto'
import type { Finding } from '../core/finding.js'

/**
 * The identity of a finding across scans: the same check on the same resource (and the same
 * subject within it) is the same finding, whatever its status. Security Hub updates a finding in
 * place when its Id repeats, and SIEMs and code scanning deduplicate on it, so it must not
 * include anything that changes between scans (status, message, time).
 */
export function findingKey(f: Pick<Finding, 'checkId' | 'resourceArn' | 'resourceId' | 'subject'>): string {
  return [f.checkId, f.resourceArn ?? f.resourceId, f.subject ?? ''].join('\n')
}

/** A fixed-length hex digest of {@link findingKey}: safe in ids with length and charset limits. */
export function findingFingerprint(f: Pick<Finding, 'checkId' | 'resourceArn' | 'resourceId' | 'subject'>): string {
  return createHash('sha256').update(findingKey(f)).digest('hex').slice(0, 32)
}

/** `framework:control` references grouped by framework, in first-seen order. */
export function complianceByFramework(refs: readonly string[] | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const ref of refs ?? []) {
    const i = ref.indexOf(':')
    const framework = i > 0 ? ref.slice(0, i) : ref
    const control = i > 0 ? ref.slice(i + 1) : ''
    const list = out.get(framework) ?? []
    if (control && !list.includes(control)) list.push(control)
    out.set(framework, list)
  }
  return out
}

/** The AWS partition of an ARN (`aws`, `aws-cn`, `aws-us-gov` …), if the string is an ARN. */
export function partitionOfArn(arn: string | undefined): string | undefined {
  const m = /^arn:([a-z-]+):/.exec(arn ?? '')
  return m?.[1]
}
