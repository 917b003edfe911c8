/**
 * Which AWS Backup plans protect a resource, from the plans' resource assignments (backup
 * selections). Pure.
 *
 * AWS's rules, as the Backup developer guide states them:
 * - `Resources` patterns are alternatives (OR); `*` matches any run of characters; an empty list
 *   leaves the choice to the tag conditions;
 * - `NotResources` removes resources from what the rest selects;
 * - `ListOfTags` entries are alternatives (any one tag matches); `Conditions` must all hold;
 *   when resource patterns and tags are both given, the tags further filter the patterns;
 * - service opt-in: a resource picked only by tags, by `*` or by a service-wide pattern
 *   (`arn:aws:dynamodb:*`) is backed up only if its resource type is opted in for the region;
 *   a pattern that names the resource type (`…:table/*`) ignores the opt-in — except for Aurora,
 *   which always needs it.
 */
import type { BackupPlan, BackupSelection } from '../model/backup.js'

/** Resource types as Backup's opt-in settings name them. */
export type BackupResourceKind = 'DynamoDB' | 'EFS' | 'RDS' | 'Aurora'

/** The resource whose protection is asked about. */
export interface BackupTarget {
  arn: string
  tags: Readonly<Record<string, string>>
  kind: BackupResourceKind
}

/** ARN service and the part of the ARN that names the resource type. */
const TYPE_TOKENS: Record<BackupResourceKind, { service: string; type: string }> = {
  DynamoDB: { service: 'dynamodb', type: ':table/' },
  EFS: { service: 'elasticfilesystem', type: ':file-system/' },
  RDS: { service: 'rds', type: ':db:' },
  Aurora: { service: 'rds', type: ':cluster:' },
}

const globCache = new Map<string, RegExp>()

/** Backup's wildcard match: `*` is any run of characters (case-sensitive, like ARNs). */
export function backupPatternMatches(pattern: string, value: string): boolean {
  let re = globCache.get(pattern)
  if (!re) {
    re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 's')
    globCache.set(pattern, re)
  }
  return re.test(value)
}

/** How a selection picks the target, if it does. */
export interface SelectionMatch {
  /** A `Resources` pattern names the target's resource type: the opt-in does not apply. */
  namesType: boolean
}

export function selectionMatches(sel: BackupSelection, target: BackupTarget): SelectionMatch | undefined {
  const token = TYPE_TOKENS[target.kind]
  let namesType = false
  if (sel.resources.length) {
    const hits = sel.resources.filter((p) => backupPatternMatches(p, target.arn))
    if (!hits.length) return undefined
    namesType = hits.some((p) => p.includes(`:${token.service}:`) && p.includes(token.type))
  }
  if (sel.notResources.some((p) => backupPatternMatches(p, target.arn))) return undefined
  const tags = target.tags
  if (sel.anyOfTags.length && !sel.anyOfTags.some((t) => tags[t.key] === t.value)) return undefined
  for (const c of sel.allOf) {
    const v = Object.hasOwn(tags, c.key) ? tags[c.key] : undefined
    const holds =
      c.operator === 'StringEquals'
        ? v === c.value
        : c.operator === 'StringNotEquals'
          ? v !== c.value
          : c.operator === 'StringLike'
            ? v !== undefined && backupPatternMatches(c.value, v)
            : v === undefined || !backupPatternMatches(c.value, v)
    if (!holds) return undefined
  }
  return { namesType }
}

/** One plan assignment that picks the target. */
export interface BackupCoverage {
  plan: BackupPlan
  selection: BackupSelection
  /** Picked, but the region has opted the resource type out, so Backup skips it. */
  optedOut: boolean
}

/** Every plan assignment that picks the target (plans without rules back nothing up and are left out). */
export function backupCoverage(target: BackupTarget, plans: readonly BackupPlan[]): BackupCoverage[] {
  const out: BackupCoverage[] = []
  for (const plan of plans) {
    if (!plan.rules.length) continue
    for (const selection of plan.selections) {
      const m = selectionMatches(selection, target)
      if (!m) continue
      const optInApplies = !m.namesType || target.kind === 'Aurora'
      const optedOut = optInApplies && plan.resourceTypeOptIn?.[target.kind] === false
      out.push({ plan, selection, optedOut })
    }
  }
  return out
}
