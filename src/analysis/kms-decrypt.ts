/**
 * "Does this identity policy let its principals decrypt with every KMS key?" (Security Hub KMS.1
 * for customer managed policies, KMS.2 for inline ones). A statement grants it when it allows
 * kms:Decrypt or kms:ReEncryptFrom (directly or through a wildcard) on a Resource that covers any
 * key: `*`, `arn:aws:kms:*:*:key/*`, a NotResource that excludes only named keys …, tested by
 * asking whether the statement matches two keys that nobody named. Pure.
 *
 * Conditions matter only when they narrow which keys can be used: kms:ViaService, the encryption
 * context keys, kms:CallerAccount, resource tags and aliases, aws:ResourceAccount. Other conditions
 * (MFA, source IP, time) narrow who or when, not which keys, and do not make the grant safe.
 */
import type { PolicyDocument } from '../model/common.js'
import { compilePolicy, statementMatchesAction, statementMatchesResource, ANY_RESOURCE, isUniversalResourcePattern, type CompiledStatement } from './iam/compile.js'
import { createContext } from './iam/context.js'

export const KMS_DECRYPT_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'] as const

const EMPTY = createContext({})

/** Condition keys that limit which keys (or through which service) a grant applies to. */
const KEY_NARROWING = [/^kms:viaservice$/, /^kms:encryptioncontext/, /^kms:callerAccount$/i, /^aws:resourcetag\//, /^kms:resourcealiases$/, /^kms:requestalias$/, /^aws:resourceaccount$/, /^kms:grantisforawsresource$/]

export interface DecryptGrant {
  action: string
  /** Sid, or `#index`. */
  statement: string
  /** A condition narrows the keys (kms:ViaService …): reported, not failed. */
  narrowed: boolean
}

function probeKeys(pattern: string, accountId: string): [string, string] {
  // arn:partition:kms:region:account:key/…: keep what the pattern fixes, fill in the rest.
  const parts = pattern.split(':')
  const literal = (v: string | undefined, fallback: string) => (v && !/[*?]/.test(v) ? v : fallback)
  const partition = literal(parts[1], 'aws')
  const region = literal(parts[3], 'us-east-1')
  const account = literal(parts[4], accountId)
  const base = `arn:${partition}:kms:${region}:${account}:key/`
  return [`${base}00000000-0000-4000-8000-clearskyprb1`, `${base}ffffffff-ffff-4fff-bfff-zzclearskyp2`]
}

function coversAnyKey(st: CompiledStatement, accountId: string): boolean {
  if (!st.resourcePatterns) return true
  if (statementMatchesResource(st, ANY_RESOURCE, EMPTY)) return true
  const patterns = st.notResource ? ['arn:aws:kms:*:*:key/*'] : st.resourcePatterns
  return patterns.some((p) => {
    if (!st.notResource && isUniversalResourcePattern(p)) return true
    const [a, b] = probeKeys(p, accountId)
    return statementMatchesResource(st, a, EMPTY) && statementMatchesResource(st, b, EMPTY)
  })
}

function narrowsKeys(st: CompiledStatement): boolean {
  return (st.condition?.entries ?? []).some((e) => KEY_NARROWING.some((re) => re.test(e.keyLower)))
}

/** The Allow statements of an identity policy that grant decryption with every key. */
export function decryptOnAllKeys(doc: PolicyDocument, accountId: string): DecryptGrant[] {
  const out: DecryptGrant[] = []
  for (const st of compilePolicy(doc).statements) {
    if (st.effect !== 'Allow') continue
    for (const action of KMS_DECRYPT_ACTIONS) {
      if (!statementMatchesAction(st, action) || !coversAnyKey(st, accountId)) continue
      out.push({ action, statement: st.sid ?? `#${st.index}`, narrowed: narrowsKeys(st) })
    }
  }
  return out
}
