import type { Inventory } from '../core/inventory.js'
import type { LambdaFunction } from '../model/lambda.js'
import type { IamRole } from '../model/iam.js'
import type { ResourceType } from '../model/resource-types.js'

export interface FieldChange {
  /** Dotted field: `runtime`, `environment.DB_HOST`, `vpc.securityGroupIds` … */
  field: string
  kind: 'added' | 'removed' | 'changed'
  /** Display values; never a secret (environment values are reported without values). */
  before?: string
  after?: string
}

export interface ResourceDrift {
  resourceType: ResourceType
  resourceId: string
  name: string
  change: 'added' | 'removed' | 'modified'
  fields: FieldChange[]
}

type Extract<T> = Record<string, (r: T) => string | undefined>

const json = (v: unknown) => (v === undefined || v === null ? undefined : JSON.stringify(v))
const sorted = (xs: readonly string[] | undefined) => (xs?.length ? [...xs].sort().join(', ') : undefined)

/** Lambda fields tracked for drift (the guide's list: runtime, role, env, VPC … code). */
const LAMBDA_FIELDS: Extract<LambdaFunction> = {
  runtime: (f) => f.runtime,
  role: (f) => f.role,
  kmsKeyArn: (f) => f.kmsKeyArn,
  'vpc.subnetIds': (f) => sorted(f.vpc?.subnetIds),
  'vpc.securityGroupIds': (f) => sorted(f.vpc?.securityGroupIds),
  layers: (f) => f.layers.map((l) => l.arn).join(', ') || undefined,
  codeSigningConfigArn: (f) => f.codeSigningConfigArn ?? undefined,
  'url.authType': (f) => f.url?.authType,
  reservedConcurrency: (f) => (f.reservedConcurrency === null ? undefined : String(f.reservedConcurrency)),
  codeSha256: (f) => f.codeSha256,
}

const IAM_ROLE_FIELDS: Extract<IamRole> = {
  trustPolicy: (r) => json(r.trustPolicy),
  permissionsBoundaryArn: (r) => r.permissionsBoundaryArn,
  attachedPolicies: (r) => sorted(r.attachedPolicies.map((p) => p.arn)),
}

function compareFields<T>(fields: Extract<T>, a: T, b: T): FieldChange[] {
  const out: FieldChange[] = []
  for (const [field, get] of Object.entries(fields)) {
    const before = get(a)
    const after = get(b)
    if (before === after) continue
    const c: FieldChange = { field, kind: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed' }
    if (before !== undefined) c.before = before
    if (after !== undefined) c.after = after
    out.push(c)
  }
  return out
}

/** Environment variables: names added/removed, values changed (compared by hash, never shown). */
function envChanges(a: Record<string, string>, b: Record<string, string>): FieldChange[] {
  const out: FieldChange[] = []
  for (const name of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const field = `environment.${name}`
    if (!(name in a)) out.push({ field, kind: 'added' })
    else if (!(name in b)) out.push({ field, kind: 'removed' })
    else if (a[name] !== b[name]) out.push({ field, kind: 'changed' })
  }
  return out
}

/** Resource policy statements by Sid (or position), added/removed/changed. */
function statementChanges(field: string, a: { Statement: unknown[] } | null | undefined, b: { Statement: unknown[] } | null | undefined): FieldChange[] {
  const key = (s: unknown, i: number) => ((s as { Sid?: string }).Sid ? `${(s as { Sid: string }).Sid}` : `#${i}`)
  const mapA = new Map((a?.Statement ?? []).map((s, i) => [key(s, i), JSON.stringify(s)]))
  const mapB = new Map((b?.Statement ?? []).map((s, i) => [key(s, i), JSON.stringify(s)]))
  const out: FieldChange[] = []
  for (const k of new Set([...mapA.keys(), ...mapB.keys()])) {
    const before = mapA.get(k)
    const after = mapB.get(k)
    if (before === after) continue
    const c: FieldChange = { field: `${field}[${k}]`, kind: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed' }
    if (before !== undefined) c.before = before
    if (after !== undefined) c.after = after
    out.push(c)
  }
  return out
}

function inlinePolicyChanges(a: IamRole, b: IamRole): FieldChange[] {
  const toStatements = (r: IamRole) => ({ Statement: r.inlinePolicies.map((p) => ({ Sid: p.name, ...p.document })) })
  return statementChanges('inlinePolicies', toStatements(a), toStatements(b))
}

/** Whether `field` (`url.authType`, `policy[Sid]`, `environment.X`) lies under an unresolved field of `r`. */
function unresolvedIn(r: { unresolved?: Record<string, string> }, field: string): boolean {
  return Object.keys(r.unresolved ?? {}).some((k) => field === k || field.startsWith(`${k}.`) || field.startsWith(`${k}[`) || k.startsWith(`${field}.`))
}

function diffType<T extends { id: string; name: string; unresolved?: Record<string, string> }>(type: ResourceType, before: readonly T[], after: readonly T[], compare: (a: T, b: T) => FieldChange[]): ResourceDrift[] {
  const out: ResourceDrift[] = []
  const mapA = new Map(before.map((r) => [r.id, r]))
  const mapB = new Map(after.map((r) => [r.id, r]))
  for (const [id, b] of mapB) {
    const a = mapA.get(id)
    if (!a) out.push({ resourceType: type, resourceId: id, name: b.name, change: 'added', fields: [] })
    else {
      // A field either scan could not read (or did not collect, for a narrower selection of
      // checks) is unknown there, not changed.
      const fields = compare(a, b).filter((f) => !unresolvedIn(a, f.field) && !unresolvedIn(b, f.field))
      if (fields.length) out.push({ resourceType: type, resourceId: id, name: b.name, change: 'modified', fields })
    }
  }
  for (const [id, a] of mapA) if (!mapB.has(id)) out.push({ resourceType: type, resourceId: id, name: a.name, change: 'removed', fields: [] })
  return out
}

/** Configuration drift between two inventories of the same scope. Pure. */
export function inventoryDrift(before: Inventory, after: Inventory): ResourceDrift[] {
  return [
    ...diffType('lambda.function', before.resources['lambda.function'] ?? [], after.resources['lambda.function'] ?? [], (a, b) => [
      ...compareFields(LAMBDA_FIELDS, a, b),
      ...envChanges(a.environment, b.environment),
      ...statementChanges('policy', a.policy, b.policy),
    ]),
    ...diffType('iam.role', before.resources['iam.role'] ?? [], after.resources['iam.role'] ?? [], (a, b) => [...compareFields(IAM_ROLE_FIELDS, a, b), ...inlinePolicyChanges(a, b)]),
    // A managed policy's new default version changes the permissions of every role it is attached to.
    ...diffType('iam.policy', before.resources['iam.policy'] ?? [], after.resources['iam.policy'] ?? [], (a, b) => statementChanges('document', a.document, b.document)),
  ]
}
