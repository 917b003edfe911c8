import type { PolicyDocument, PolicyStatement } from '../../model/common.js'

export type ParsedPolicy = { ok: true; document: PolicyDocument } | { ok: false; error: string }

/**
 * Parses a policy document as AWS hands it out: JSON text, URL-encoded JSON text (IAM returns
 * every document URL-encoded, RFC 3986), or an already-decoded object. A lone `Statement`
 * object is wrapped in an array so checks can always iterate; everything inside a statement
 * (string or array `Action`, `Resource` …) is kept exactly as AWS returned it.
 */
export function parsePolicyDocument(raw: unknown): ParsedPolicy {
  let value: unknown = raw
  if (typeof raw === 'string') {
    let text = raw.trim()
    if (!text.startsWith('{')) {
      try {
        text = decodeURIComponent(text).trim()
      } catch {
        return { ok: false, error: 'not URL-decodable' }
      }
    }
    try {
      value = JSON.parse(text)
    } catch {
      return { ok: false, error: 'not valid JSON' }
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: 'not a JSON object' }
  const doc = value as Record<string, unknown>
  const st = doc.Statement
  const statements: unknown[] = st === undefined ? [] : Array.isArray(st) ? st : [st]
  if (!statements.every((s) => s && typeof s === 'object' && !Array.isArray(s))) return { ok: false, error: 'Statement is not an object or a list of objects' }
  return { ok: true, document: { ...doc, Statement: statements as PolicyStatement[] } as PolicyDocument }
}
