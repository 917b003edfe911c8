/**
 * The statement Lambda writes into a function's resource policy for an AddPermission call —
 * which is what `aws_lambda_permission` performs — so a plan, a configuration and a live
 * account give the same `policy` document for the same permission.
 */
import { Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'

/**
 * How Lambda writes the Principal parameter: an account id becomes the account root ARN, a
 * service domain a Service principal, an ARN an AWS principal, `*` stays `*`.
 */
export function principalFor(principal: Value | undefined, partition: string): Value {
  if (principal instanceof Unknown) return principal
  const p = typeof principal === 'string' ? principal : String(principal ?? '')
  if (p === '*') return '*'
  if (/^\d{12}$/.test(p)) return { AWS: `arn:${partition}:iam::${p}:root` }
  if (p.startsWith('arn:')) return { AWS: p }
  if (p.includes('.')) return { Service: p }
  return { AWS: p }
}

const isSet = (v: Value | undefined): v is Value => v !== undefined && v !== null && v !== ''

/** The statement (may hold Unknowns; the caller materializes them into the function's fields). */
export function permissionStatement(perm: TfInstance, functionArn: string, partition: string): Record<string, Value> {
  const v = perm.values
  const condition: Record<string, Record<string, Value>> = {}
  const add = (op: string, key: string, value: Value) => ((condition[op] ??= {})[key] = value)
  if (isSet(v.source_account)) add('StringEquals', 'AWS:SourceAccount', v.source_account)
  if (isSet(v.principal_org_id)) add('StringEquals', 'aws:PrincipalOrgID', v.principal_org_id)
  if (isSet(v.event_source_token)) add('StringEquals', 'lambda:EventSourceToken', v.event_source_token)
  if (isSet(v.function_url_auth_type)) add('StringEquals', 'lambda:FunctionUrlAuthType', v.function_url_auth_type)
  if (v.invoked_via_function_url === true || v.invoked_via_function_url === 'true') add('Bool', 'lambda:InvokedViaFunctionUrl', 'true')
  else if (v.invoked_via_function_url instanceof Unknown) add('Bool', 'lambda:InvokedViaFunctionUrl', v.invoked_via_function_url)
  // Lambda compares SourceArn with ArnLike, so wildcards in it work.
  if (isSet(v.source_arn)) add('ArnLike', 'AWS:SourceArn', v.source_arn)
  const qualifier = v.qualifier
  const resource: Value = !isSet(qualifier) ? functionArn : qualifier instanceof Unknown ? qualifier : `${functionArn}:${String(qualifier)}`
  const sid = typeof v.statement_id === 'string' && v.statement_id ? v.statement_id : `${typeof v.statement_id_prefix === 'string' ? v.statement_id_prefix : 'terraform-'}${perm.placeholderId}`
  const st: Record<string, Value> = {
    Sid: sid,
    Effect: 'Allow',
    Principal: principalFor(v.principal, partition),
    Action: v.action ?? 'lambda:InvokeFunction',
    Resource: resource,
  }
  if (Object.keys(condition).length) st.Condition = condition
  return st
}
