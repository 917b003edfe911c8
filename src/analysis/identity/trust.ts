/**
 * Role trust questions the engine answers by probing: "could a principal of account A assume this
 * role without knowing an external id?". Pure.
 */
import type { PolicyDocument } from '../../model/common.js'
import { compilePolicy } from '../iam/compile.js'
import { evaluateRequest } from '../iam/evaluate.js'
import { parseArn } from '../iam/arn.js'

/** Identity side of a hypothetical caller in another account: it may call anything. */
const CALLER_ALLOWS_ALL: PolicyDocument = Object.freeze({ Version: '2012-10-17', Statement: Object.freeze([Object.freeze({ Effect: 'Allow' as const, Action: '*', Resource: '*' })]) as unknown as PolicyDocument['Statement'] })

/**
 * The callers to try for an account: its root (what `"AWS": "A"` names), a role in it that the
 * policy does not name, and every principal ARN of that account the policy names.
 */
export function callersInAccount(trust: PolicyDocument, account: string, partition: string): string[] {
  const named = new Set<string>()
  for (const st of compilePolicy(trust).statements) {
    if (st.effect !== 'Allow' || st.notPrincipal) continue
    for (const e of st.principals ?? []) if (e.kind === 'arn' && e.accountId === account) named.add(e.arn)
  }
  return [`arn:${partition}:iam::${account}:root`, `arn:${partition}:iam::${account}:role/clearsky-probe`, ...named]
}

/**
 * Whether some principal of `account` can assume the role with sts:AssumeRole when the request
 * carries no sts:ExternalId (and no other condition key beyond what AWS derives from the caller).
 */
export function assumableWithoutExternalId(trust: PolicyDocument, roleArn: string, account: string): boolean {
  const partition = parseArn(roleArn)?.partition || 'aws'
  return callersInAccount(trust, account, partition).some(
    (arn) =>
      evaluateRequest(
        { principal: { type: 'aws', arn }, action: 'sts:AssumeRole', resource: roleArn },
        { identityPolicies: [CALLER_ALLOWS_ALL], resourcePolicy: trust, resourcePolicyKind: 'role-trust' },
      ).decision === 'allow',
  )
}
