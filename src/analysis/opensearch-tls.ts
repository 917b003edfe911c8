/** TLS security policies of OpenSearch domain endpoints, from data/opensearch-tls-policies.json. */
import data from '../../data/opensearch-tls-policies.json' with { type: 'json' }

export interface TlsPolicyInfo {
  id: string
  minTls: string
  /** Accepts only TLS 1.2 or later. */
  modern: boolean
}

const POLICIES = new Map((data as { policies: TlsPolicyInfo[] }).policies.map((p) => [p.id, p]))

/** What clearsky knows about a policy; undefined for a policy the data file does not list. */
export function openSearchTlsPolicy(id: string): TlsPolicyInfo | undefined {
  return POLICIES.get(id)
}

/** The policies that accept only TLS 1.2 or later, for messages and remediation. */
export function modernOpenSearchTlsPolicies(): string[] {
  return [...POLICIES.values()].filter((p) => p.modern).map((p) => p.id)
}
