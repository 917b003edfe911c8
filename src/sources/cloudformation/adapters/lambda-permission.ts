/**
 * The resource-policy statement Lambda writes for an AddPermission call (which is what
 * AWS::Lambda::Permission performs), so that templates and live accounts produce the same
 * `policy` document for the same permission.
 */
import type { PolicyStatement } from '../../../model/common.js'
import { asBoolean, asString, isUnresolved, type Unresolved } from '../values.js'

type V = unknown

/**
 * How Lambda expresses the Principal parameter in the policy: an account id becomes the
 * account root ARN, a service domain becomes a Service principal, `*` stays `*`.
 */
export function principalFor(principal: V, partition: string): V {
  if (isUnresolved(principal)) return principal
  const p = asString(principal) ?? ''
  if (p === '*') return '*'
  if (/^\d{12}$/.test(p)) return { AWS: `arn:${partition}:iam::${p}:root` }
  if (p.startsWith('arn:')) return { AWS: p }
  if (p.includes('.')) return { Service: p }
  return { AWS: p }
}

export interface PermissionProps {
  Action?: V
  Principal?: V
  SourceArn?: V
  SourceAccount?: V
  PrincipalOrgID?: V
  FunctionUrlAuthType?: V
  EventSourceToken?: V
  InvokedViaFunctionUrl?: V
}

/** The statement (values may still hold Unresolved markers; the caller materializes them). */
export function permissionStatement(sid: string, props: PermissionProps, functionArn: string | Unresolved, partition: string): PolicyStatement {
  const condition: Record<string, Record<string, V>> = {}
  const add = (op: string, key: string, value: V) => ((condition[op] ??= {})[key] = value)
  if (props.SourceAccount !== undefined) add('StringEquals', 'AWS:SourceAccount', props.SourceAccount)
  if (props.PrincipalOrgID !== undefined) add('StringEquals', 'aws:PrincipalOrgID', props.PrincipalOrgID)
  if (props.EventSourceToken !== undefined) add('StringEquals', 'lambda:EventSourceToken', props.EventSourceToken)
  if (props.FunctionUrlAuthType !== undefined) add('StringEquals', 'lambda:FunctionUrlAuthType', props.FunctionUrlAuthType)
  if (props.InvokedViaFunctionUrl !== undefined && asBoolean(props.InvokedViaFunctionUrl) !== false)
    add('Bool', 'lambda:InvokedViaFunctionUrl', isUnresolved(props.InvokedViaFunctionUrl) ? props.InvokedViaFunctionUrl : 'true')
  // Lambda compares SourceArn with ArnLike, so wildcards in it work.
  if (props.SourceArn !== undefined) add('ArnLike', 'AWS:SourceArn', props.SourceArn)
  const st = {
    Sid: sid,
    Effect: 'Allow',
    Principal: principalFor(props.Principal, partition),
    Action: props.Action ?? 'lambda:InvokeFunction',
    Resource: functionArn,
  } as unknown as PolicyStatement
  if (Object.keys(condition).length) (st as unknown as Record<string, unknown>).Condition = condition
  return st
}
