/**
 * The per-scan shortcut of who-can-change.ts (shared changers, the name-prefix index, the
 * summaries the two checks keep per scan) against the plain evaluation of every candidate for
 * every function, on randomized accounts: universal, function-specific, conditional,
 * MFA-conditioned, boundary-capped principals, functions whose policy denies changes, unreadable
 * fields and gaps. The two checks are compared with their evaluation as it was before the
 * shortcut (kept here as the reference), finding by finding, messages and reasons included.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { defineCheck, type Verdict } from '../../core/check.js'
import { runChecks } from '../../core/engine.js'
import { addResources, createInventoryView, emptyInventory, type Inventory, type InventoryGap } from '../../core/inventory.js'
import { globToRegExp } from '../../core/selection.js'
import type { PolicyDocument, PolicyStatement } from '../../model/common.js'
import type { IamGroup, IamManagedPolicy, IamRole, IamUser } from '../../model/iam.js'
import type { LambdaFunction } from '../../model/lambda.js'
import { createPrng, type Prng } from '../../../test/aws-server/prng.js'
import { deepFreeze } from '../../../test/deep-freeze.js'
import { iamGroup, iamRole, iamUser, lambdaFunction, LAMBDA_TRUST, managedPolicy } from '../../../test/factories/index.js'
import deployersCheck from '../../checks/lambda/lambda-deployers-restricted.js'
import injectionCheck from '../../checks/lambda/lambda-no-code-injection-escalation.js'
import { assessAdministratorAccess } from '../iam/admin.js'
import { analyzeEscalation } from '../iam/escalation.js'
import { listForMessage, executionRoleOf, missingReason } from './execution-role.js'
import { listHeadForMessage } from './changer-lists.js'
import { CHANGE_ACTIONS, CODE_INJECTION_ACTIONS, whoCanChange, whoCanChangeSplit, type ChangeAnalysis } from './who-can-change.js'

const ACC = '111122223333'
const OTHER = '444455556666'
const REGIONS = ['us-east-1', 'eu-west-1']
const NAMES = ['orders', 'orders-api', 'orders-worker', 'billing', 'billing-v2', 'team-a-etl', 'team-b-report', 'x', 'xy', 'reports']
const ADMIN = { arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }

const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement })

// ---------------------------------------------------------------------------------------------
// Randomized accounts

const ACTIONS: (string | string[])[] = [
  'lambda:UpdateFunctionCode',
  ['lambda:UpdateFunctionConfiguration', 'lambda:UpdateFunctionCode'],
  'lambda:*',
  'lambda:Update*',
  'lambda:AddPermission',
  ['lambda:PutFunctionConcurrency', 'lambda:DeleteFunction'],
  '*',
  'lambda:CreateFunctionUrlConfig',
]
const RESOURCES = [
  '*',
  '*',
  `arn:aws:lambda:*:${ACC}:function:*`,
  'arn:aws:lambda:*:*:*',
  `arn:aws:lambda:us-east-1:${ACC}:function:*`,
  `arn:aws:lambda:*:${ACC}:function:orders*`,
  `arn:aws:lambda:*:${ACC}:function:team-?-*`,
  `arn:aws:lambda:eu-west-1:${ACC}:function:billing`,
  `arn:aws:lambda:*:${OTHER}:function:*`,
  `arn:aws:lambda:*:${ACC}:layer:*`,
  'arn:aws:s3:::bucket/*',
  `arn:aws:lambda:*:${ACC}:function:\${aws:username}*`,
  `arn:aws:lambda:*:${ACC}:function:x:*`,
  `arn:aws:lambda:*:${ACC}:function*`,
  `arn:aws:lambda:*:${ACC}:*`,
]
const CONDITIONS: (PolicyStatement['Condition'] | undefined)[] = [
  undefined,
  undefined,
  undefined,
  { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
  { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  { StringEquals: { 'aws:ResourceTag/team': 'a' } },
  { ArnLike: { 'lambda:FunctionArn': `arn:aws:lambda:*:${ACC}:function:orders*` } },
  { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
  { StringEquals: { 'aws:PrincipalTag/team': 'a' } },
  { StringLike: { 'aws:username': 'dev-*' } },
]

function statement(r: Prng, names: string[]): PolicyStatement {
  const deny = r.chance(0.2)
  const resources = r.chance(0.3) ? [r.pick(RESOURCES), `arn:aws:lambda:*:${ACC}:function:${r.pick(names)}`] : r.chance(0.25) ? `arn:aws:lambda:*:${ACC}:function:${r.pick(names)}` : r.pick(RESOURCES)
  const condition = deny && r.chance(0.3) ? { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } : r.pick(CONDITIONS)
  return {
    Effect: deny ? 'Deny' : 'Allow',
    [r.chance(0.05) ? 'NotAction' : 'Action']: r.pick(ACTIONS),
    [r.chance(0.08) ? 'NotResource' : 'Resource']: resources,
    ...(condition ? { Condition: condition } : {}),
  } as PolicyStatement
}

function policyDoc(r: Prng, names: string[]): PolicyDocument {
  return doc(...Array.from({ length: 1 + r.int(3) }, () => statement(r, names)))
}

const ESCALATION: PolicyStatement[] = [
  { Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: '*' },
  { Effect: 'Allow', Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' },
  { Effect: 'Allow', Action: 'iam:CreatePolicyVersion', Resource: '*' },
]

interface Variant {
  gaps?: InventoryGap[]
  /** Chance that a principal or function has an unreadable field. */
  unresolved?: number
  /** Only fields the candidate indexes do not read (so only resolving the principal notes them). */
  outsideIndexKeys?: boolean
}

function generate(seed: number, v: Variant = {}): Inventory {
  const r = createPrng(seed)
  // Every other account is quiet: few users, roles trusted inside the account only, so that
  // passing verdicts and undetermined principals show up as well as failures.
  const quiet = seed % 2 === 1
  const fnNames = Array.from({ length: 12 + r.int(6) }, (_, i) => (r.chance(0.5) ? r.pick(NAMES) : `${r.pick(NAMES)}-${i}`))
  const policies: IamManagedPolicy[] = Array.from({ length: 6 }, (_, i) => managedPolicy({ name: `p${i}`, document: r.chance(0.3) ? doc(r.pick(ESCALATION)) : policyDoc(r, fnNames) }))
  const boundaries: IamManagedPolicy[] = [
    managedPolicy({ name: 'boundary-all', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }),
    managedPolicy({ name: 'boundary-orders', document: doc({ Effect: 'Allow', Action: ['lambda:*', 'iam:*'], Resource: [`arn:aws:lambda:*:${ACC}:function:orders*`, '*'] }, { Effect: 'Deny', Action: 'lambda:Delete*', Resource: '*' }) }),
    managedPolicy({ name: 'boundary-no-lambda', document: doc({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }) }),
    managedPolicy({ name: 'boundary-region', document: doc({ Effect: 'Allow', Action: '*', Resource: `arn:aws:lambda:us-east-1:${ACC}:function:*` }) }),
  ]
  const attach = (): { arn: string; name: string }[] => {
    const out: { arn: string; name: string }[] = []
    if (r.chance(quiet ? 0.08 : 0.15)) out.push(ADMIN)
    if (r.chance(0.4)) {
      const p = r.pick(policies)
      out.push({ arn: p.arn!, name: p.name })
    }
    if (r.chance(quiet ? 0.1 : 0.04)) out.push({ arn: `arn:aws:iam::${ACC}:policy/gone`, name: 'gone' })
    return out
  }
  const inline = () => Array.from({ length: r.int(3) }, (_, i) => ({ name: `inline-${i}`, document: r.chance(0.15) ? doc(r.pick(ESCALATION)) : policyDoc(r, fnNames) }))
  const boundary = () => (r.chance(0.2) ? { permissionsBoundaryArn: r.pick(boundaries).arn! } : {})
  const unresolved = (field: string) => (r.chance(v.unresolved ?? 0) ? { unresolved: { [field]: 'AccessDenied' } } : {})
  const trusts = [LAMBDA_TRUST, doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACC}:root` }, Action: 'sts:AssumeRole' }), doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${OTHER}:root` }, Action: 'sts:AssumeRole' })]

  const roles: IamRole[] = Array.from({ length: 10 + r.int(6) }, (_, i) => {
    // A few roles of another account share names with roles of this one.
    const account = r.chance(0.08) ? OTHER : ACC
    const name = account === OTHER ? `role-${r.int(i + 1)}` : `role-${i}`
    const arn = `arn:aws:iam::${account}:role/${name}`
    return iamRole({ name, id: arn, arn, accountId: account, trustPolicy: r.pick(quiet ? trusts.slice(0, 2) : trusts), inlinePolicies: inline(), attachedPolicies: attach(), ...boundary(), ...(r.chance(0.2) ? { tags: { team: r.pick(['a', 'b']) } } : {}), ...unresolved(r.pick(v.outsideIndexKeys ? ['permissionsBoundaryArn', 'trustPolicy', 'tags'] : ['permissionsBoundaryArn', 'trustPolicy', 'inlinePolicies'])) })
  })
  const groups: IamGroup[] = Array.from({ length: 3 }, (_, i) => iamGroup({ name: `g${i}`, inlinePolicies: r.chance(0.5) ? [{ name: 'g', document: policyDoc(r, fnNames) }] : [], attachedPolicies: r.chance(0.5) ? [{ arn: r.pick(policies).arn!, name: 'p' }] : [], ...(v.outsideIndexKeys ? {} : unresolved('attachedPolicies')) }))
  const users: IamUser[] = Array.from({ length: quiet ? r.int(3) : 4 + r.int(5) }, (_, i) => {
    const name = r.chance(0.3) ? `dev-${i}` : `user-${i}`
    return iamUser({ name, inlinePolicies: inline(), attachedPolicies: attach(), groups: r.chance(0.4) ? [r.pick(groups).name, ...(r.chance(0.1) ? ['no-such-group'] : [])] : [], ...boundary(), ...unresolved(r.pick(v.outsideIndexKeys ? ['permissionsBoundaryArn', 'tags'] : ['permissionsBoundaryArn', 'groups', 'attachedPolicies'])) })
  })
  const fnPolicies: (PolicyDocument | null)[] = [
    null,
    null,
    doc({ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: '*' }),
    doc({ Sid: 'partner', Effect: 'Allow', Principal: { AWS: OTHER }, Action: 'lambda:*', Resource: '*' }),
    doc({ Sid: 'mfa', Effect: 'Deny', Principal: '*', Action: ['lambda:Update*', 'lambda:AddPermission'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }),
    doc({ Sid: 'no-dev', Effect: 'Deny', Principal: { AWS: `arn:aws:iam::${ACC}:user/dev-1` }, Action: 'lambda:*', Resource: '*' }),
    doc({ Sid: 'invoke-only', Effect: 'Deny', Principal: '*', Action: 'lambda:InvokeFunction', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    doc({ Sid: 'roles', Effect: 'Deny', NotPrincipal: { AWS: `arn:aws:iam::${ACC}:role/role-1` }, Action: 'lambda:UpdateFunctionCode', Resource: '*' }),
  ]
  const fns: LambdaFunction[] = fnNames.map((name, i) => {
    const region = r.pick(REGIONS)
    const account = r.chance(0.1) ? OTHER : ACC
    const arn = `arn:aws:lambda:${region}:${account}:function:${name}`
    const id = `${arn}#${i}`
    const shape = r.int(12)
    return lambdaFunction({
      name,
      id,
      ...(shape === 0 ? { arn: undefined } : shape === 1 ? { arn: `${arn}:prod` } : { arn }),
      region,
      accountId: account,
      role: r.pick(roles).arn!,
      policy: r.pick(fnPolicies),
      ...(r.chance(v.unresolved ?? 0) ? { unresolved: { policy: 'AccessDenied' } } : {}),
    })
  })
  const inv = emptyInventory({ kind: 'aws', accountId: ACC, partition: 'aws', regions: REGIONS })
  addResources(inv, 'lambda.function', fns)
  addResources(inv, 'iam.role', roles)
  addResources(inv, 'iam.user', users)
  addResources(inv, 'iam.group', groups)
  addResources(inv, 'iam.policy', [...policies, ...boundaries])
  inv.gaps.push(...(v.gaps ?? []))
  return deepFreeze(inv)
}

// ---------------------------------------------------------------------------------------------
// The two checks as they evaluated before the shortcut: every changer of whoCanChange with
// `precompute: false`, walked for every function.

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

const referenceDeployers = defineCheck({
  meta: deployersCheck.meta,
  evaluate(fn, { pass, fail, unknown, inventory, options }) {
    const trusted = strings(options.trustedPrincipals).map(globToRegExp)
    const isTrusted = (arn: string) => trusted.some((re) => re.test(arn))
    const a = whoCanChange(fn, inventory, { trustedOrganizations: strings(options.trustedOrganizations), precompute: false })
    const verdicts: Verdict[] = []
    const users = a.internal.filter((c) => c.kind === 'user' && c.withoutMfa && !isTrusted(c.arn))
    if (users.length) {
      const principals = listForMessage(users.map((u) => `${u.name} (${u.actions.join(', ')}${u.conditional ? ', under conditions' : ''})`))
      verdicts.push(fail('users-without-mfa', { data: { name: fn.name, count: users.length, principals }, subject: 'iam users' }))
    }
    const roles = a.internal.filter((c) => c.kind === 'role' && c.externalAssumers.length > 0 && !isTrusted(c.arn))
    if (roles.length) {
      const principals = listForMessage(roles.map((r) => `${r.name} (assumable by ${r.externalAssumers.join(', ')})`))
      verdicts.push(fail('external-roles', { data: { name: fn.name, count: roles.length, principals }, subject: 'roles' }))
    }
    if (a.external.length) {
      const principals = listForMessage(a.external.map((e) => `${e.principal} via statement ${e.statement} (${e.actions.join(', ')})`))
      verdicts.push(fail('external-principals', { data: { name: fn.name, principals }, at: 'policy', subject: 'resource policy' }))
    }
    if (verdicts.length) return verdicts
    if (a.undetermined.length) return unknown(`policies of ${listForMessage(a.undetermined)} are not all in the inventory`)
    return pass('restricted', { name: fn.name, count: a.internal.length })
  },
})

const referenceInjection = defineCheck({
  meta: injectionCheck.meta,
  evaluate(fn, { pass, fail, unknown, inventory }) {
    const r = executionRoleOf(fn, inventory)
    if (!r.ok) return unknown(r.reason, { at: 'role' })
    const { role, identity, facts, scope, names } = r.value
    const roleAdmin = assessAdministratorAccess(identity.policies, identity.boundary).level !== 'none' && !identity.boundaryMissing
    const roleMethods = roleAdmin ? [] : analyzeEscalation(identity, facts, scope)
    const missing = missingReason(identity)
    if (!roleAdmin && roleMethods.length === 0) return missing ? unknown(missing, { at: 'role' }) : pass('role-not-privileged', names)
    const analysis = whoCanChange(fn, inventory, { actions: CODE_INJECTION_ACTIONS, precompute: false })
    const changers = analysis.internal.filter((c) => c.arn !== (role.arn ?? role.id))
    const lacksAdmin: string[] = []
    const lacksMethods = new Map<string, string[]>()
    for (const c of changers) {
      if (assessAdministratorAccess(c.identity.policies, c.identity.boundary).level === 'unconditional') continue
      if (roleAdmin) {
        lacksAdmin.push(`${c.kind} ${c.name}`)
        continue
      }
      const own = new Set(analyzeEscalation(c.identity, c.facts, scope).map((m) => m.id))
      const gained = roleMethods.filter((m) => !own.has(m.id)).map((m) => m.id)
      if (gained.length) lacksMethods.set(`${c.kind} ${c.name}`, gained)
    }
    if (lacksAdmin.length) return fail('injection-admin', { data: { ...names, principals: listForMessage(lacksAdmin) }, at: 'role' })
    if (lacksMethods.size) {
      const methods = [...new Set([...lacksMethods.values()].flat())]
      return fail('injection-escalation', { data: { ...names, principals: listForMessage([...lacksMethods.keys()]), methods: listForMessage(methods, 4) }, at: 'role' })
    }
    if (analysis.undetermined.length) return unknown(`policies of ${listForMessage(analysis.undetermined)} are not all in the inventory`, { at: 'role' })
    return pass('no-injection', { ...names, count: changers.length })
  },
})

// ---------------------------------------------------------------------------------------------

const NOW = new Date('2026-11-27T00:00:00Z')
const OPTIONS = [{}, { trustedPrincipals: [`arn:aws:iam::${ACC}:user/dev-*`, `arn:aws:iam::${ACC}:role/role-1*`], trustedOrganizations: ['o-abc123'] }]

function plain(a: ChangeAnalysis) {
  return {
    internal: a.internal.map((c) => ({ kind: c.kind, arn: c.arn, name: c.name, actions: c.actions, conditional: c.conditional, withoutMfa: c.withoutMfa, externalAssumers: c.externalAssumers, position: c.position })),
    external: a.external,
    undetermined: a.undetermined,
  }
}

/** Message ids and path counts seen over every randomized account: the test must reach each. */
const seen = new Map<string, number>()
const count = (k: string) => seen.set(k, (seen.get(k) ?? 0) + 1)

const VARIANTS: [string, Variant][] = [
  ['readable account', {}],
  ['some fields unreadable', { unresolved: 0.04 }],
  ['fields only resolution reads unreadable', { unresolved: 0.08, outsideIndexKeys: true }],
  ['groups not listed', { gaps: [{ resourceType: 'iam.group', region: 'global', code: 'AccessDenied', message: 'denied' }] }],
  ['managed policies not listed', { gaps: [{ resourceType: 'iam.policy', code: 'AccessDenied', message: 'denied' }] }],
]
const SEEDS = [1, 2, 3]

describe('who-can-change: the per-scan shortcut gives what evaluating every candidate gives', () => {
  for (const [label, variant] of VARIANTS) {
    it(`whoCanChange, ${label}`, () => {
      for (const seed of SEEDS) {
        const inv = generate(seed, variant)
        const view = createInventoryView(inv)
        for (const actions of [undefined, CODE_INJECTION_ACTIONS]) {
          for (const fn of inv.resources['lambda.function']!) {
            const fast = whoCanChange(fn, view, { actions, trustedOrganizations: ['o-abc123'] })
            const slow = whoCanChange(fn, view, { actions, trustedOrganizations: ['o-abc123'], precompute: false })
            assert.deepEqual(plain(fast), plain(slow), `seed ${seed}, ${fn.id}`)
            const split = whoCanChangeSplit(fn, view, { actions })
            if (split.shared.length && split.own.length) count('path: shared and own changers')
            if (!split.shared.length && split.own.length) count('path: own changers only')
          }
        }
      }
    })
    for (const check of [deployersCheck, injectionCheck]) {
      const reference = check === deployersCheck ? referenceDeployers : referenceInjection
      it(`${check.meta.id}, ${label}: same findings, messages and reasons`, () => {
        for (const seed of SEEDS) {
          const inv = generate(seed, variant)
          // The injection check has no options.
          for (const options of check === deployersCheck ? OPTIONS : [{}]) {
            const checkOptions = { [check.meta.id]: options }
            const got = runChecks(inv, [check], { now: NOW, checkOptions })
            const want = runChecks(inv, [reference], { now: NOW, checkOptions })
            assert.deepEqual(got, want, `seed ${seed}, options ${JSON.stringify(options)}`)
            for (const f of got) count(`${f.checkId} ${f.status}:${f.messageId}`)
          }
        }
      })
    }
  }

  it('the randomized accounts reach every verdict and both paths', () => {
    const expected = [
      'path: shared and own changers',
      'path: own changers only',
      'lambda-deployers-restricted pass:restricted',
      'lambda-deployers-restricted fail:users-without-mfa',
      'lambda-deployers-restricted fail:external-roles',
      'lambda-deployers-restricted fail:external-principals',
      'lambda-deployers-restricted unknown:unknown',
      'lambda-deployers-restricted unknown:unresolved',
      'lambda-no-code-injection-escalation pass:no-injection',
      'lambda-no-code-injection-escalation pass:role-not-privileged',
      'lambda-no-code-injection-escalation fail:injection-admin',
      'lambda-no-code-injection-escalation fail:injection-escalation',
      'lambda-no-code-injection-escalation unknown:unknown',
      'lambda-no-code-injection-escalation unknown:unresolved',
    ]
    for (const k of expected) assert.ok((seen.get(k) ?? 0) > 0, `never reached: ${k} (seen: ${[...seen.keys()].join('; ')})`)
  })
})

/**
 * The check as it runs with nothing kept between evaluations: every evaluation sees a view of its
 * own (so every per-scan state keyed on the view starts afresh) whose memo computes every time.
 * What the scan keeps (shared changers, memoized resolutions of unreadable principals) must not
 * change a finding, reasons included: a memo that did not replay what it could not read would.
 */
function keepingNothing<C extends typeof deployersCheck | typeof injectionCheck>(check: C): C {
  return defineCheck({
    meta: { ...check.meta },
    evaluate: (fn, ctx) => check.evaluate(fn, { ...ctx, inventory: { ...ctx.inventory, memo: (_namespace, _key, compute) => compute() } }),
  }) as C
}

describe('who-can-change: what the scan keeps gives what evaluating afresh for every function gives', () => {
  for (const [label, variant] of [...VARIANTS, ['many fields unreadable', { unresolved: 0.25 }] as [string, Variant]]) {
    it(label, () => {
      for (const seed of SEEDS) {
        const inv = generate(seed, variant)
        for (const check of [deployersCheck, injectionCheck]) {
          const got = runChecks(inv, [check], { now: NOW })
          assert.deepEqual(got, runChecks(inv, [keepingNothing(check)], { now: NOW }), `seed ${seed}, ${check.meta.id}`)
          for (const f of got) if (f.status === 'unknown') count(`kept: ${f.checkId} unknown:${f.messageId}`)
        }
      }
    })
  }
  it('the comparison met verdicts made unknown by what could not be read', () => {
    for (const id of [deployersCheck.meta.id, injectionCheck.meta.id]) assert.ok((seen.get(`kept: ${id} unknown:unresolved`) ?? 0) > 0, id)
  })
})

describe('who-can-change: what could not be read still makes every verdict unknown', () => {
  const admin = (name: string, over: Partial<IamUser> = {}) => iamUser({ name, attachedPolicies: [ADMIN], ...over })
  const fns = ['orders', 'billing', 'reports'].map((name) => lambdaFunction({ name }))
  const scan = (users: IamUser[], gaps: InventoryGap[] = [], groups: IamGroup[] = []) => {
    const inv = emptyInventory({ kind: 'aws', accountId: ACC, regions: ['us-east-1'] })
    addResources(inv, 'lambda.function', fns)
    addResources(inv, 'iam.role', fns.map((f) => iamRole({ name: `${f.name}-role`, attachedPolicies: [ADMIN] })))
    addResources(inv, 'iam.user', users)
    addResources(inv, 'iam.group', groups)
    inv.gaps.push(...gaps)
    deepFreeze(inv)
    return [deployersCheck, injectionCheck].flatMap((c) => runChecks(inv, [c], { now: NOW }))
  }

  it('a readable account: every function fails for the same shared changer, none is unknown', () => {
    const fs = scan([admin('alice'), iamUser({ name: 'dev', inlinePolicies: [{ name: 'd', document: doc({ Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: '*' }) }] })])
    assert.deepEqual(
      fs.map((f) => `${f.checkId} ${f.resourceName} ${f.status}:${f.messageId}`),
      [
        ...fns.map((f) => `lambda-deployers-restricted ${f.name} fail:users-without-mfa`),
        ...fns.map((f) => `lambda-no-code-injection-escalation ${f.name} fail:injection-admin`),
      ],
    )
    assert.equal(fs[0]!.data.count, 2)
    assert.equal(fs[3]!.data.principals, 'user dev')
  })

  it('an unreadable boundary on a changer that would otherwise be shared: every function of the scan is unknown, not only the first', () => {
    const fs = scan([admin('alice', { unresolved: { permissionsBoundaryArn: 'AccessDenied' } })])
    assert.equal(fs.length, 6)
    for (const f of fs) {
      assert.equal(f.status, 'unknown', `${f.checkId} ${f.resourceName}: ${f.status}`)
      assert.match(f.reason ?? '', /alice\.permissionsBoundaryArn: AccessDenied/)
    }
  })

  it('an unreadable first candidate and an unreadable function policy: the reasons name them in the same order as before', () => {
    const inv = emptyInventory({ kind: 'aws', accountId: ACC, regions: ['us-east-1'] })
    addResources(inv, 'lambda.function', [lambdaFunction({ name: 'orders', unresolved: { policy: 'AccessDenied (lambda:GetPolicy)' } }), lambdaFunction({ name: 'billing' })])
    addResources(inv, 'iam.role', [iamRole({ name: 'ci', attachedPolicies: [ADMIN], unresolved: { permissionsBoundaryArn: 'AccessDenied' } }), iamRole({ name: 'orders-role', attachedPolicies: [ADMIN] }), iamRole({ name: 'billing-role', attachedPolicies: [ADMIN] })])
    addResources(inv, 'iam.user', [admin('alice')])
    deepFreeze(inv)
    for (const [check, reference] of [[deployersCheck, referenceDeployers], [injectionCheck, referenceInjection]] as const) {
      const got = runChecks(inv, [check], { now: NOW })
      assert.deepEqual(got, runChecks(inv, [reference], { now: NOW }))
      assert.match(got[0]!.reason ?? '', /ci\.permissionsBoundaryArn: AccessDenied; policy: AccessDenied/)
    }
  })

  it('users could not be listed: every function of the scan is unknown, not only the first', () => {
    const fs = scan([], [{ resourceType: 'iam.user', region: 'global', code: 'AccessDenied', message: 'denied' }])
    assert.ok(fs.length === 6 && fs.every((f) => f.status === 'unknown' && /iam\.user not listed/.test(f.reason ?? '')), fs.map((f) => `${f.resourceName} ${f.status} ${f.reason}`).join(', '))
  })

  it('a role that cannot change code but whose inline policies could not be read: every function is unknown (the candidate index depends on them)', () => {
    const inv = emptyInventory({ kind: 'aws', accountId: ACC, regions: ['us-east-1'] })
    addResources(inv, 'lambda.function', fns)
    addResources(inv, 'iam.role', [...fns.map((f) => iamRole({ name: `${f.name}-role`, attachedPolicies: [ADMIN] })), iamRole({ name: 'other', unresolved: { inlinePolicies: 'AccessDenied' } })])
    deepFreeze(inv)
    const fs = [deployersCheck, injectionCheck].flatMap((c) => runChecks(inv, [c], { now: NOW }))
    assert.ok(fs.length === 6 && fs.every((f) => f.status === 'unknown' && /other\.inlinePolicies: AccessDenied/.test(f.reason ?? '')), fs.map((f) => `${f.resourceName} ${f.status} ${f.reason}`).join(', '))
  })

  it('a changer in a group while groups could not be listed: every function is unknown', () => {
    const fs = scan([admin('alice', { groups: ['devs'] })], [{ resourceType: 'iam.group', region: 'global', code: 'AccessDenied', message: 'denied' }], [iamGroup({ name: 'devs' })])
    assert.ok(fs.length === 6 && fs.every((f) => f.status === 'unknown'), fs.map((f) => `${f.resourceName} ${f.status}`).join(', '))
  })

  it('a group whose policy list could not be read: every function is unknown', () => {
    const fs = scan([admin('alice', { groups: ['devs'] })], [], [iamGroup({ name: 'devs', unresolved: { attachedPolicies: 'AccessDenied' } })])
    assert.ok(fs.length === 6 && fs.every((f) => f.status === 'unknown'), fs.map((f) => `${f.resourceName} ${f.status}`).join(', '))
  })
})

describe('changer lists for messages', () => {
  it('two changers with the same name (roles of two accounts) are named once, as walking every changer does', () => {
    const escalating = iamRole({ name: 'orders-role', inlinePolicies: [{ name: 'iam', document: doc({ Effect: 'Allow', Action: 'iam:PutRolePolicy', Resource: '*' }) }] })
    const ci = (account: string) => iamRole({ name: 'ci', id: `arn:aws:iam::${account}:role/ci`, arn: `arn:aws:iam::${account}:role/ci`, accountId: account, inlinePolicies: [{ name: 'deploy', document: doc({ Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: '*' }) }] })
    const inv = emptyInventory({ kind: 'aws', accountId: ACC, regions: ['us-east-1'] })
    addResources(inv, 'lambda.function', [lambdaFunction({ name: 'orders' })])
    addResources(inv, 'iam.role', [escalating, ci(ACC), ci(OTHER), iamRole({ name: 'deployer', inlinePolicies: [{ name: 'd', document: doc({ Effect: 'Allow', Action: 'lambda:UpdateFunctionConfiguration', Resource: '*' }) }] })])
    deepFreeze(inv)
    const got = runChecks(inv, [injectionCheck], { now: NOW })
    assert.deepEqual(got, runChecks(inv, [referenceInjection], { now: NOW }))
    assert.equal(got[0]!.messageId, 'injection-escalation')
    assert.equal(got[0]!.data.principals, 'role ci, role deployer')
  })


  it('listHeadForMessage of the first items and a total is listForMessage of the whole list', () => {
    for (let n = 0; n <= 9; n++) {
      const items = Array.from({ length: n }, (_, i) => `p${i}`)
      for (const max of [4, 5]) assert.equal(listHeadForMessage(items.slice(0, max), n, max), listForMessage(items, max))
    }
  })

  it('every change action is asked by default', () => {
    const inv = generate(3)
    const view = createInventoryView(inv)
    const fn = inv.resources['lambda.function']![0]!
    assert.deepEqual(plain(whoCanChange(fn, view)), plain(whoCanChange(fn, view, { actions: CHANGE_ACTIONS.map((a) => a.action) })))
  })
})
