/**
 * Whether a bucket policy refuses every request made without TLS. S3 accepts plain HTTP unless
 * the bucket policy denies it: an Allow that requires `aws:SecureTransport` does not help, since
 * IAM identity policies still allow the same requests over HTTP. What counts is a Deny statement
 * that applies to everyone (`Principal: "*"`), to every S3 action (`s3:*` or `*`), to the bucket
 * and to its objects, under the condition `aws:SecureTransport` = false (Bool or BoolIfExists) and
 * no other condition that would narrow it. Pure.
 */
import type { PolicyDocument, PolicyStatement } from '../model/common.js'
import { globMatch } from './iam/glob.js'

export type SecureTransportVerdict =
  | { enforced: true; statement: string }
  /** `partial`: a Deny on aws:SecureTransport exists but leaves `gap` uncovered. */
  | { enforced: false; partial?: { statement: string; gap: 'principal' | 'actions' | 'bucket' | 'objects' | 'condition' } }

const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

function appliesToEveryone(st: PolicyStatement): boolean {
  if (st.NotPrincipal !== undefined) return false
  const p = st.Principal
  if (p === '*') return true
  if (p && typeof p === 'object') return list(p.AWS).includes('*')
  return false
}

function coversAllS3Actions(st: PolicyStatement): boolean {
  if (st.NotAction !== undefined) return false
  return list(st.Action).some((a) => a === '*' || a.toLowerCase() === 's3:*')
}

function coversResource(st: PolicyStatement, arn: string): boolean {
  if (st.NotResource !== undefined) return !list(st.NotResource).some((r) => globMatch(r, arn))
  return list(st.Resource).some((r) => globMatch(r, arn))
}

/** The condition is exactly `aws:SecureTransport` false, under Bool or BoolIfExists. */
function deniesPlainHttpOnly(st: PolicyStatement): 'yes' | 'no' | 'narrowed' {
  const c = st.Condition
  if (!c) return 'no'
  let found = false
  let others = false
  for (const [operator, entries] of Object.entries(c)) {
    for (const [key, value] of Object.entries(entries)) {
      const isTransport = key.toLowerCase() === 'aws:securetransport'
      const op = operator.toLowerCase()
      const values = (Array.isArray(value) ? value : [value]).map((v) => String(v).toLowerCase())
      if (isTransport && (op === 'bool' || op === 'boolifexists') && values.length === 1 && values[0] === 'false') found = true
      else others = true
    }
  }
  if (!found) return 'no'
  return others ? 'narrowed' : 'yes'
}

export function secureTransportEnforced(policy: PolicyDocument | null, bucketArn: string): SecureTransportVerdict {
  let partial: SecureTransportVerdict & { enforced: false } = { enforced: false }
  for (const [i, st] of (policy?.Statement ?? []).entries()) {
    if (st.Effect !== 'Deny') continue
    const transport = deniesPlainHttpOnly(st)
    if (transport === 'no') continue
    const label = st.Sid ?? `#${i}`
    const gap = transport === 'narrowed' ? 'condition' : !appliesToEveryone(st) ? 'principal' : !coversAllS3Actions(st) ? 'actions' : !coversResource(st, bucketArn) ? 'bucket' : !coversResource(st, `${bucketArn}/any-object-key`) ? 'objects' : undefined
    if (!gap) return { enforced: true, statement: label }
    if (!partial.partial) partial = { enforced: false, partial: { statement: label, gap } }
  }
  return partial
}
