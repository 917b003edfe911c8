/**
 * Elastic Load Balancing TLS security policies (data/elb-tls-policies.json): the oldest protocol
 * a predefined policy accepts, and what a Classic Load Balancer's own SSL negotiation policy
 * enables. Pure.
 */
import data from '../../data/elb-tls-policies.json' with { type: 'json' }

interface PolicyEntry {
  name: string
  minTls: string
}

const POLICIES = new Map((data as { policies: PolicyEntry[] }).policies.map((p) => [p.name, p.minTls]))

/** The policy ELB applies when a template, the CLI or an SDK call names none (TLS 1.0). */
export const ELB_DEFAULT_TLS_POLICY: string = (data as { defaultPolicy: string }).defaultPolicy

/** Oldest TLS version (`1.0` … `1.3`) a predefined policy accepts; undefined when the policy is not in the data file. */
export function elbPolicyMinTls(name: string): string | undefined {
  return POLICIES.get(name)
}

/** `1.0` < `1.1` < `1.2` < `1.3`; SSLv3 is older than all. */
export function tlsAtLeast(version: string, minimum: string): boolean {
  const rank = (v: string) => (v === 'SSLv3' ? 0 : Number(v.replace(/^TLSv?/i, '')) || 0)
  return rank(version) >= rank(minimum)
}

/**
 * Oldest protocol a Classic Load Balancer SSL negotiation policy enables, from its
 * `Protocol-SSLv3` / `Protocol-TLSv1` / `Protocol-TLSv1.1` / `Protocol-TLSv1.2` attributes;
 * undefined when it enables none of them (or they are not known).
 */
export function classicPolicyMinTls(protocols: readonly string[]): string | undefined {
  const order: [string, string][] = [['Protocol-SSLv3', 'SSLv3'], ['Protocol-TLSv1', '1.0'], ['Protocol-TLSv1.1', '1.1'], ['Protocol-TLSv1.2', '1.2']]
  for (const [attr, version] of order) if (protocols.includes(attr)) return version
  return undefined
}

/** Policies that accept nothing older than `minimum`, for remediation messages. */
export function elbPoliciesAtLeast(minimum: string): string[] {
  return [...POLICIES].filter(([, v]) => tlsAtLeast(v, minimum)).map(([k]) => k)
}
