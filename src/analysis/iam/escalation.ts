/**
 * Privilege escalation: which of the methods in data/privilege-escalation.json a principal's
 * identity policies (capped by its permissions boundary) allow, and whether only under
 * conditions.
 *
 * A method is a list of action groups: every group must be allowed, any one action of a group
 * suffices. Each action is asked against probe resources (probes.ts): a resource of the right type
 * in the principal's account that its policies do not name — plus, for IAM actions on roles,
 * users and groups, the principal itself and (for users) its groups, because changing one's own
 * permissions is the shortest escalation there is. An action is `unconditional` when some Allow
 * matches without conditions (or with conditions the principal's own facts satisfy) and no Deny
 * can take it away; `conditional` when it depends on a condition of the request (source IP,
 * region, MFA …). A method is as strong as its weakest group.
 *
 * Not modelled (see docs/iam-engine.md): resource policies and role trust policies of the
 * targets (whether the role to pass or assume trusts the service or the caller), SCPs, transitive
 * paths through the specific resources a policy names, and whether the target is really more
 * privileged than the caller.
 *
 * Speed: each policy is compiled once (compile.ts caches by object identity), statements are
 * indexed by service, action levels are memoized per principal, and a method stops at its first
 * group with no allowed action. 2,000 roles take well under a second (bench/iam-escalation.ts).
 */
import data from '../../../data/privilege-escalation.json' with { type: 'json' }
import type { GrantLevel } from './admin.js'
import { identityGrantOnProbes, principalCapabilityContext, weakerGrant, type CapabilityContext, type IdentityPolicySet, type PrincipalFacts } from './capability.js'
import { probeGroups, type ProbeGroup, type ProbeScope } from './probes.js'

/** One escalation method of the data file. */
export interface EscalationMethod {
  id: string
  name: string
  /** Every group must be allowed; any one action of a group suffices. */
  requires: readonly (readonly string[])[]
  /** The resource the key action must reach for the method to escalate (prose). */
  target: string
  description: string
  /** Keys of {@link ESCALATION_SOURCES}. */
  sources: readonly string[]
  verifiedAt: string
}

export interface EscalationSource {
  name: string
  url: string
}

export const ESCALATION_METHODS: readonly EscalationMethod[] = data.methods
export const ESCALATION_SOURCES: Readonly<Record<string, EscalationSource>> = data.sources

/** A method a principal can use. */
export interface EscalationMatch {
  id: string
  name: string
  /** The allowed action chosen from each group, in the method's order. */
  actions: string[]
  /** Some group is allowed only under conditions of the request. */
  conditional: boolean
}

/** Who the principal is, for self probes and principal condition keys. */
export interface EscalationPrincipal extends PrincipalFacts {
  /** For users: the ARNs of their groups (changing a group you are in is an escalation). */
  groupArns?: readonly string[]
}

export interface EscalationOptions {
  /** Methods to test; default: every method of the data file. */
  methods?: readonly EscalationMethod[]
}

function selfProbes(p: EscalationPrincipal): Map<string, string[]> {
  const self = new Map<string, string[]>()
  self.set(p.kind, [p.arn])
  if (p.kind === 'user' && p.groupArns?.length) self.set('group', [...p.groupArns])
  return self
}

/** The probe groups of an action for this principal: the generic probes plus itself where its type fits. */
function groupsFor(action: string, scope: ProbeScope, self: Map<string, string[]>, isIam: boolean): readonly ProbeGroup[] {
  const groups = probeGroups(action, scope)
  if (!isIam) return groups
  return groups.map((g) => {
    const extra = g.types.flatMap((t) => self.get(t.toLowerCase()) ?? [])
    return extra.length ? { types: g.types, arns: [...g.arns, ...extra] } : g
  })
}

/**
 * The escalation methods a principal's identity policies allow. Pure and synchronous; `scope`
 * gives the partition, account and regions the probe resources live in.
 */
export function analyzeEscalation(identity: IdentityPolicySet, principal: EscalationPrincipal, scope: ProbeScope, opts: EscalationOptions = {}): EscalationMatch[] {
  const cc: CapabilityContext = principalCapabilityContext(principal)
  const self = selfProbes(principal)
  const memo = new Map<string, GrantLevel>()
  const level = (action: string): GrantLevel => {
    const key = action.toLowerCase()
    let l = memo.get(key)
    if (l === undefined) {
      l = identityGrantOnProbes(identity, action, groupsFor(action, scope, self, key.startsWith('iam:')), cc)
      memo.set(key, l)
    }
    return l
  }
  const out: EscalationMatch[] = []
  for (const m of opts.methods ?? ESCALATION_METHODS) {
    let methodLevel: GrantLevel = 'unconditional'
    const actions: string[] = []
    for (const group of m.requires) {
      let best: GrantLevel = 'none'
      let chosen: string | undefined
      for (const a of group) {
        const l = level(a)
        if (l === 'unconditional') {
          best = l
          chosen = a
          break
        }
        if (l === 'conditional' && best === 'none') {
          best = l
          chosen = a
        }
      }
      methodLevel = weakerGrant(methodLevel, best)
      if (methodLevel === 'none') break
      actions.push(chosen!)
    }
    if (methodLevel !== 'none') out.push({ id: m.id, name: m.name, actions, conditional: methodLevel === 'conditional' })
  }
  return out
}

/** Short text for messages: `iam-put-role-policy, lambda-create-function-invoke (conditional)`. */
export function describeEscalation(matches: readonly EscalationMatch[], max = 4): string {
  const parts = matches.slice(0, max).map((m) => `${m.id}${m.conditional ? ' (conditional)' : ''}`)
  if (matches.length > max) parts.push(`and ${matches.length - max} more`)
  return parts.join(', ')
}
