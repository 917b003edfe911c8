/**
 * "Does this policy set grant administrator access?" and "does it grant an action on every
 * resource?".
 *
 * Administrator access is tested semantically, not by looking for the literal `"Action": "*"`: a
 * policy set is administrator-equivalent when it allows, on every resource, every action of a
 * probe set that spans privilege management (IAM writes, PassRole, AssumeRole) and data/compute in
 * the main services. So `Action: "*"` is admin, and so is `NotAction: ["aws-portal:*"]`; but
 * PowerUserAccess-style `NotAction: ["iam:*", "organizations:*", "account:*"]` is not, and neither is
 * `iam:*` alone (that is privilege escalation, a different check). The probe set is our definition
 * of "administrator", not a fact about AWS, so it lives here with the logic.
 *
 * Conditions are not evaluated here (the requests are hypothetical): an Allow with a Condition
 * counts as a conditional grant and a Deny with one as a conditional denial. A Deny limited to
 * particular resources does not stop "every resource" grants from being administrator access.
 */
import type { PolicyDocument } from '../../model/common.js'
import { createContext } from './context.js'
import { ANY_RESOURCE, compilePolicy, statementMatchesAction, statementMatchesResource, type CompiledStatement } from './compile.js'

export const ADMIN_PROBE_ACTIONS: readonly string[] = [
  'iam:PutRolePolicy',
  'iam:AttachRolePolicy',
  'iam:CreatePolicyVersion',
  'iam:CreateUser',
  'iam:PassRole',
  'sts:AssumeRole',
  's3:GetObject',
  's3:PutBucketPolicy',
  'ec2:RunInstances',
  'lambda:UpdateFunctionCode',
  'kms:Decrypt',
  'secretsmanager:GetSecretValue',
  'dynamodb:Scan',
]

/** How far a policy set grants something: always, only under conditions, or not at all. */
export type GrantLevel = 'unconditional' | 'conditional' | 'none'

const RANK: Record<GrantLevel, number> = { none: 0, conditional: 1, unconditional: 2 }

function weaker(a: GrantLevel, b: GrantLevel): GrantLevel {
  return RANK[a] <= RANK[b] ? a : b
}

/** A policy with a name for reports. */
export interface NamedPolicy {
  name: string
  document: PolicyDocument
}

/** A statement that grants (part of) what was asked. */
export interface GrantingStatement {
  policy: string
  statementIndex: number
  sid?: string
  conditional: boolean
}

const EMPTY_CONTEXT = createContext({})

type Applies = 'yes' | 'maybe' | 'no'

function appliesToEveryResource(st: CompiledStatement, action: string): Applies {
  if (!statementMatchesAction(st, action)) return 'no'
  if (!statementMatchesResource(st, ANY_RESOURCE, EMPTY_CONTEXT)) return 'no'
  return st.condition ? 'maybe' : 'yes'
}

/** Whether the policies (identity-side, no principals) allow an action on every resource. */
export function grantOnEveryResource(policies: readonly NamedPolicy[], action: string): { level: GrantLevel; statements: GrantingStatement[] } {
  let allow: Applies = 'no'
  let deny: Applies = 'no'
  const statements: GrantingStatement[] = []
  for (const p of policies) {
    for (const st of compilePolicy(p.document).statements) {
      const a = appliesToEveryResource(st, action)
      if (a === 'no') continue
      if (st.effect === 'Deny') deny = deny === 'yes' || a === 'yes' ? 'yes' : 'maybe'
      else {
        allow = allow === 'yes' || a === 'yes' ? 'yes' : 'maybe'
        statements.push({ policy: p.name, statementIndex: st.index, ...(st.sid ? { sid: st.sid } : {}), conditional: a === 'maybe' })
      }
    }
  }
  const level: GrantLevel = deny === 'yes' || allow === 'no' ? 'none' : allow === 'yes' && deny === 'no' ? 'unconditional' : 'conditional'
  return { level, statements: level === 'none' ? [] : statements }
}

export interface PolicySetGrant {
  level: GrantLevel
  /** The identity policies alone, before the boundary. */
  identityLevel: GrantLevel
  /** Identity grants it but the permissions boundary takes it (partly) away. */
  cappedByBoundary: boolean
  statements: GrantingStatement[]
}

/**
 * Whether identity policies, capped by an optional permissions boundary (which grants nothing
 * itself: the action must be allowed by both), allow an action on every resource.
 */
export function policySetGrantsOnEveryResource(identity: readonly NamedPolicy[], action: string, boundary?: PolicyDocument): PolicySetGrant {
  const id = grantOnEveryResource(identity, action)
  const level = boundary ? weaker(id.level, grantOnEveryResource([{ name: 'permissions boundary', document: boundary }], action).level) : id.level
  return { level, identityLevel: id.level, cappedByBoundary: RANK[level] < RANK[id.level], statements: id.statements }
}

export interface AdminAssessment {
  /** `unconditional`: administrator; `conditional`: administrator when conditions hold; `none`. */
  level: GrantLevel
  identityLevel: GrantLevel
  cappedByBoundary: boolean
  /** Statements that grant every probe action on every resource (the admin statements). */
  statements: GrantingStatement[]
}

/** Whether a principal with these identity policies (and boundary) is administrator-equivalent. */
export function assessAdministratorAccess(identity: readonly NamedPolicy[], boundary?: PolicyDocument): AdminAssessment {
  let level: GrantLevel = 'unconditional'
  let identityLevel: GrantLevel = 'unconditional'
  let common: Map<string, GrantingStatement> | undefined
  for (const action of ADMIN_PROBE_ACTIONS) {
    const g = policySetGrantsOnEveryResource(identity, action, boundary)
    level = weaker(level, g.level)
    identityLevel = weaker(identityLevel, g.identityLevel)
    const keyed = new Map(g.statements.map((s) => [`${s.policy}#${s.statementIndex}`, s]))
    common = common === undefined ? keyed : new Map([...common].filter(([k]) => keyed.has(k)))
    if (identityLevel === 'none') break
  }
  return { level, identityLevel, cappedByBoundary: RANK[level] < RANK[identityLevel], statements: identityLevel === 'none' ? [] : [...(common ?? new Map()).values()] }
}
