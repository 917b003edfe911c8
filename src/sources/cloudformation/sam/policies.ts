/**
 * The execution role SAM generates for a function without `Role`: trust for Lambda, the
 * basic execution managed policy (plus X-Ray and VPC access when the function uses them, plus
 * the policy each pull event source needs), and every `Policies` entry — managed policy
 * names/ARNs, inline statement documents, and policy templates expanded from
 * data/sam-policy-templates.json.
 */
import templates from '../../../../data/sam-policy-templates.json' with { type: 'json' }
import { isRecord, Unresolved } from '../values.js'

interface PolicyTemplate {
  parameters: string[]
  statements: unknown[]
}

const TEMPLATES = templates.templates as Record<string, PolicyTemplate>

/** AWS managed policies SAM attaches, by the event types that need them. */
export const EVENT_MANAGED_POLICIES: Record<string, string> = {
  SQS: 'service-role/AWSLambdaSQSQueueExecutionRole',
  Kinesis: 'service-role/AWSLambdaKinesisExecutionRole',
  DynamoDB: 'service-role/AWSLambdaDynamoDBExecutionRole',
}

/** Managed policies that live under a path: SAM accepts them by bare name. */
const SERVICE_ROLE_POLICIES = new Set(['AWSLambdaBasicExecutionRole', 'AWSLambdaVPCAccessExecutionRole', 'AWSLambdaENIManagementAccess', 'AWSLambdaSQSQueueExecutionRole', 'AWSLambdaKinesisExecutionRole', 'AWSLambdaDynamoDBExecutionRole', 'AWSLambdaRole'])

export function managedPolicyArn(nameOrArn: string, partition: string): string {
  if (nameOrArn.startsWith('arn:')) return nameOrArn
  const path = SERVICE_ROLE_POLICIES.has(nameOrArn) ? 'service-role/' : ''
  return `arn:${partition}:iam::aws:policy/${path}${nameOrArn}`
}

export interface RolePolicies {
  managedPolicyArns: unknown[]
  /** Inline policies as AWS::IAM::Role `Policies` entries, with the index of the SAM `Policies` item each came from. */
  inline: { policy: { PolicyName: string; PolicyDocument: unknown }; samIndex?: number }[]
}

const isIntrinsic = (v: Record<string, unknown>) => Object.keys(v).length === 1 && /^(Ref|Fn::)/.test(Object.keys(v)[0]!)

/** Replaces `{ Ref: <Parameter> }` in a template definition with the values the function passed. */
function substitute(v: unknown, params: Record<string, unknown>): unknown {
  if (Array.isArray(v)) return v.map((x) => substitute(x, params))
  if (isRecord(v)) {
    if (Object.keys(v).length === 1 && typeof v.Ref === 'string' && v.Ref in params) return params[v.Ref]
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, substitute(x, params)]))
  }
  return v
}

/** Expands a SAM `Policies` value (string, list, or single map). */
export function expandPolicies(functionId: string, policies: unknown, partition: string): RolePolicies {
  const out: RolePolicies = { managedPolicyArns: [], inline: [] }
  if (policies === undefined) return out
  const list = Array.isArray(policies) ? policies : [policies]
  list.forEach((p, i) => {
    const name = `${functionId}RolePolicy${i}`
    if (typeof p === 'string') out.managedPolicyArns.push(managedPolicyArn(p, partition))
    else if (isRecord(p) && isIntrinsic(p)) out.managedPolicyArns.push(p)
    else if (isRecord(p) && 'Statement' in p) out.inline.push({ policy: { PolicyName: name, PolicyDocument: p }, samIndex: i })
    else if (isRecord(p) && Object.keys(p).length === 1) {
      const [templateName, args] = Object.entries(p)[0]!
      const tpl = TEMPLATES[templateName]
      const document = tpl
        ? { Version: '2012-10-17', Statement: substitute(tpl.statements, isRecord(args) ? args : {}) }
        : new Unresolved(`SAM policy template ${templateName} is not in data/sam-policy-templates.json`)
      out.inline.push({ policy: { PolicyName: name, PolicyDocument: document }, samIndex: i })
    } else out.inline.push({ policy: { PolicyName: name, PolicyDocument: new Unresolved(`Policies entry ${i} is not a policy SAM understands`) }, samIndex: i })
  })
  return out
}
