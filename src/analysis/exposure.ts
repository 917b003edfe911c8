/**
 * The exposure summary of each Lambda function: who can invoke it (function URL, resource
 * policy, API Gateway routes, public event sources), who can change it (who-can-change.ts), and
 * what its execution role can reach (administrator access, escalation methods, services). A pure
 * function of the inventory, computed once per scan for the report; it states facts and leaves
 * judgement to the checks. Parts whose resource types were not collected are listed in
 * `unknowns`, never guessed.
 */
import type { ExposureChanger, ExposureInvoker, FunctionExposure } from '../core/finding.js'
import { createInventoryView, type Inventory, type InventoryView } from '../core/inventory.js'
import type { ResourceType } from '../model/resource-types.js'
import type { PolicyDocument } from '../model/common.js'
import type { LambdaFunction } from '../model/lambda.js'
import { assessAdministratorAccess } from './iam/admin.js'
import { compilePolicy } from './iam/compile.js'
import { analyzeEscalation } from './iam/escalation.js'
import { analyzeExternalAccess } from './iam/external-access.js'
import { accountOfArn } from './iam/arn.js'
import { describeReach } from './iam/trust.js'
import { eventSourcesOf } from './lambda/event-sources.js'
import { executionRoleOf } from './lambda/execution-role.js'
import { functionArnFor, whoCanChange } from './lambda/who-can-change.js'

/** Changers listed per function; the rest are counted. */
export const MAX_CHANGERS = 10

function collected(inv: Inventory, ...types: ResourceType[]): boolean {
  return types.every((t) => inv.resources[t] !== undefined)
}

function invokersOf(fn: LambdaFunction, inv: Inventory, view: InventoryView, unknowns: string[]): ExposureInvoker[] {
  const out: ExposureInvoker[] = []
  if (fn.unresolved?.url) unknowns.push(`function URL: ${fn.unresolved.url}`)
  else if (fn.url) out.push({ via: 'function-url', who: fn.url.authType === 'NONE' ? 'anyone' : 'IAM-authenticated callers', detail: `${fn.url.url ?? 'function URL'} (auth ${fn.url.authType})`, public: fn.url.authType === 'NONE' })

  const owner = fn.accountId ?? view.accountId ?? accountOfArn(fn.arn ?? fn.id) ?? 'unknown-account'
  if (fn.unresolved?.policy) unknowns.push(`resource policy: ${fn.unresolved.policy}`)
  else if (fn.policy) {
    const analysis = analyzeExternalAccess(fn.policy, { ownerAccount: owner, resourceArn: functionArnFor(fn, view) })
    for (const s of analysis.statements) {
      // URL-only grants are the function URL's way in, listed above.
      if (s.cancelled || s.functionUrl === 'NONE' || s.functionUrl === 'any') continue
      for (const r of s.reach) {
        if (!r.external && r.kind !== 'service') continue
        const scope = r.kind === 'service' ? (r.scoped ? ` scoped by ${r.scopedBy?.join(', ')}` : ' for any source') : ''
        out.push({ via: 'resource-policy', who: `${describeReach(r, owner)}${scope}`, detail: `statement ${s.label}: ${(s.notAction ? 'all but ' : '') + s.actions.join(', ')}`, public: r.kind === 'public' || r.kind === 'any-aws-principal' })
      }
    }
  }

  if (collected(inv, 'apigateway.route')) {
    const arn = functionArnFor(fn, view)
    for (const r of view.list('apigateway.route', { region: fn.region })) {
      if (r.functionArn !== arn) continue
      const open = r.authorizationType === 'NONE' && !r.apiKeyRequired && r.endpointType !== 'PRIVATE'
      out.push({ via: 'api-route', who: open ? 'anyone' : r.authorizationType === 'NONE' ? (r.apiKeyRequired ? 'holders of an API key' : 'VPC endpoints (private API)') : `callers authorized by ${r.authorizationType}`, detail: `${r.apiType} API ${r.apiName ?? r.apiId}: ${r.method} ${r.path}`, public: open })
    }
  } else unknowns.push('API Gateway routes not collected')

  for (const s of eventSourcesOf(fn)) {
    const source = s.service === 'sqs' ? view.get('sqs.queue', s.arn) : s.service === 'sns' ? view.get('sns.topic', s.arn) : s.service === 's3' ? view.get('s3.bucket', s.arn) : undefined
    if (!source?.policy) continue
    const restricted = s.service === 's3' && (source as { publicAccessBlock?: { restrictPublicBuckets?: boolean } | null }).publicAccessBlock?.restrictPublicBuckets === true
    if (!restricted && analyzeExternalAccess(source.policy, { ownerAccount: accountOfArn(s.arn) ?? owner, resourceArn: s.arn }).isPublic) {
      out.push({ via: 'event-source', who: 'anyone', detail: `public ${s.service === 'sqs' ? 'queue' : s.service === 'sns' ? 'topic' : 'bucket'} ${s.arn}`, public: true })
    }
  }
  return out
}

function changersOf(fn: LambdaFunction, inv: Inventory, view: InventoryView, unknowns: string[]): { list: ExposureChanger[]; more: number } {
  if (!collected(inv, 'iam.role', 'iam.user', 'iam.group', 'iam.policy')) {
    unknowns.push('IAM users, groups, roles and policies not all collected: who can change the function is not known')
    return { list: [], more: 0 }
  }
  const a = whoCanChange(fn, view)
  const list: ExposureChanger[] = [
    ...a.external.map((e): ExposureChanger => ({ kind: 'external', principal: e.principal, actions: [...e.actions], notes: [`through statement ${e.statement} of the function policy`] })),
    ...a.internal.map((c): ExposureChanger => ({
      kind: c.kind,
      principal: c.arn,
      actions: c.actions,
      notes: [...(c.withoutMfa ? ['without MFA'] : []), ...(c.externalAssumers.length ? [`assumable by ${c.externalAssumers.join(', ')}`] : []), ...(c.conditional ? ['under conditions'] : [])],
    })),
  ]
  if (a.undetermined.length) unknowns.push(`policies of ${a.undetermined.length} principal(s) not all in the inventory`)
  // Outsiders and risky principals first, so the cap keeps them.
  const weight = (c: ExposureChanger) => (c.kind === 'external' ? 0 : c.notes.length > 0 ? 1 : 2)
  list.sort((x, y) => weight(x) - weight(y) || x.principal.localeCompare(y.principal))
  return { list: list.slice(0, MAX_CHANGERS), more: Math.max(0, list.length - MAX_CHANGERS) }
}

function servicesOf(docs: readonly { document: PolicyDocument }[]): string[] {
  const out = new Set<string>()
  for (const d of docs) {
    for (const st of compilePolicy(d.document).statements) {
      if (st.effect !== 'Allow') continue
      if (st.notAction) {
        out.add('*')
        continue
      }
      for (const p of st.actionPatterns) out.add(p === '*' || p.startsWith('*') ? '*' : p.slice(0, p.indexOf(':')).toLowerCase())
    }
  }
  // Every service makes the others redundant.
  return out.has('*') ? ['*'] : [...out].filter(Boolean).sort()
}

function roleOf(fn: LambdaFunction, inv: Inventory, view: InventoryView, unknowns: string[]): FunctionExposure['role'] {
  if (!collected(inv, 'iam.role')) {
    unknowns.push('IAM roles not collected: what the execution role can reach is not known')
    return undefined
  }
  const r = executionRoleOf(fn, view)
  if (!r.ok) {
    unknowns.push(r.reason)
    return undefined
  }
  const { role, identity, facts, scope } = r.value
  if (identity.missing.length || identity.boundaryMissing) unknowns.push(`execution role policies not in the inventory: ${[...identity.missing, ...(identity.boundaryMissing ? [`boundary ${identity.boundaryArn}`] : [])].join(', ')}`)
  const admin = assessAdministratorAccess(identity.policies, identity.boundary).level
  const escalation = admin === 'unconditional' ? [] : analyzeEscalation(identity, facts, scope).map((m) => `${m.id}${m.conditional ? ' (conditional)' : ''}`)
  return { arn: role.arn ?? role.id, admin: admin === 'unconditional' ? 'yes' : admin === 'conditional' ? 'conditional' : 'no', escalation, services: servicesOf(identity.policies) }
}

/** The exposure of every Lambda function of the inventory, in inventory order. Pure. */
export function computeExposure(inv: Inventory): FunctionExposure[] {
  const functions = inv.resources['lambda.function'] ?? []
  if (functions.length === 0) return []
  const view = createInventoryView(inv)
  return functions.map((fn) => {
    const unknowns: string[] = []
    const invokers = invokersOf(fn, inv, view, unknowns)
    const changers = changersOf(fn, inv, view, unknowns)
    const role = roleOf(fn, inv, view, unknowns)
    return {
      functionArn: fn.arn ?? fn.id,
      name: fn.name,
      region: fn.region,
      internetReachable: invokers.some((i) => i.public),
      invokers,
      changers: changers.list,
      ...(changers.more ? { moreChangers: changers.more } : {}),
      ...(role ? { role } : {}),
      unknowns,
    }
  })
}
