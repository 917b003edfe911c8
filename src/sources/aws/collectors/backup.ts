import type { BackupPlan as SdkPlan, BackupSelection as SdkSelection, BackupVaultListMember, Condition, ConditionParameter } from '@aws-sdk/client-backup'
import type { BackupPlan, BackupSelection, BackupTagCondition, BackupVault } from '../../../model/backup.js'
import type { Unresolved } from '../../../model/common.js'
import type { Collector, CollectResult } from '../collector.js'
import { mapLimit } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { parsePolicyDocument } from '../policy-document.js'
import { keyManagerLookup, type KeyManager } from './kms-key-manager.js'

type Where = { region: string; accountId: string; partition: string }

/** Pure. `keyManager`: when ListBackupVaults does not say which kind of key the vault uses. */
export function mapVault(v: BackupVaultListMember, policy: Fetched<string | undefined>, keyManager: Fetched<KeyManager> | undefined, where: Where): BackupVault {
  const name = v.BackupVaultName ?? ''
  const arn = v.BackupVaultArn ?? `arn:${where.partition}:backup:${where.region}:${where.accountId}:backup-vault:${name}`
  const unresolved: Unresolved = {}
  let doc: BackupVault['policy'] = null
  if (policy.ok && policy.value) {
    const parsed = parsePolicyDocument(policy.value)
    if (parsed.ok) doc = parsed.document
    else unresolved.policy = `ParseError (${parsed.error})`
  } else if (!policy.ok && !policy.absent) unresolved.policy = policy.reason
  let manager: KeyManager = 'AWS'
  if (v.EncryptionKeyType === 'CUSTOMER_MANAGED_KMS_KEY') manager = 'CUSTOMER'
  else if (v.EncryptionKeyType === 'AWS_OWNED_KMS_KEY') manager = 'AWS'
  else if (keyManager?.ok) manager = keyManager.value
  else unresolved.encryptionKeyManager = keyManager && !keyManager.ok && !keyManager.absent ? keyManager.reason : 'the vault key was not described'
  const out: BackupVault = {
    id: arn,
    arn,
    name,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    vaultName: name,
    ...(v.VaultType ? { vaultType: v.VaultType } : {}),
    ...(v.EncryptionKeyArn ? { encryptionKeyArn: v.EncryptionKeyArn } : {}),
    encryptionKeyManager: manager,
    policy: doc,
    ...(v.Locked !== undefined ? { locked: v.Locked } : {}),
    ...(v.NumberOfRecoveryPoints !== undefined ? { recoveryPoints: v.NumberOfRecoveryPoints } : {}),
  }
  if (Object.keys(unresolved).length) out.unresolved = unresolved
  return out
}

const TAG_PREFIX = /^aws:ResourceTag\//

const tagTests = (list: (Condition | ConditionParameter)[] | undefined): BackupTagCondition[] =>
  (list ?? []).filter((c) => c.ConditionKey !== undefined).map((c) => ({ key: c.ConditionKey!.replace(TAG_PREFIX, ''), value: c.ConditionValue ?? '' }))

/** Pure. */
export function mapSelection(s: SdkSelection): BackupSelection {
  const c = s.Conditions
  return {
    name: s.SelectionName ?? '',
    resources: s.Resources ?? [],
    notResources: s.NotResources ?? [],
    anyOfTags: tagTests(s.ListOfTags),
    allOf: [
      ...tagTests(c?.StringEquals).map((t) => ({ operator: 'StringEquals' as const, ...t })),
      ...tagTests(c?.StringNotEquals).map((t) => ({ operator: 'StringNotEquals' as const, ...t })),
      ...tagTests(c?.StringLike).map((t) => ({ operator: 'StringLike' as const, ...t })),
      ...tagTests(c?.StringNotLike).map((t) => ({ operator: 'StringNotLike' as const, ...t })),
    ],
  }
}

export interface PlanParts {
  planId: string
  arn?: string
  name?: string
  plan: Fetched<SdkPlan>
  selections: Fetched<SdkSelection[]>
  optIn: Fetched<Record<string, boolean>>
}

/** Pure. */
export function mapPlan(p: PlanParts, where: Where): BackupPlan {
  const arn = p.arn ?? `arn:${where.partition}:backup:${where.region}:${where.accountId}:backup-plan:${p.planId}`
  const unresolved: Unresolved = {}
  const plan = p.plan.ok ? p.plan.value : undefined
  if (!p.plan.ok && !p.plan.absent) unresolved.rules = p.plan.reason
  if (!p.selections.ok && !p.selections.absent) unresolved.selections = p.selections.reason
  if (!p.optIn.ok && !p.optIn.absent) unresolved.resourceTypeOptIn = p.optIn.reason
  const out: BackupPlan = {
    id: arn,
    arn,
    name: plan?.BackupPlanName ?? p.name ?? p.planId,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    planId: p.planId,
    rules: (plan?.Rules ?? []).map((r) => ({
      name: r.RuleName ?? '',
      targetVault: r.TargetBackupVaultName ?? '',
      ...(r.ScheduleExpression ? { schedule: r.ScheduleExpression } : {}),
      ...(r.Lifecycle?.DeleteAfterDays !== undefined ? { deleteAfterDays: r.Lifecycle.DeleteAfterDays } : {}),
      ...(r.Lifecycle?.MoveToColdStorageAfterDays !== undefined ? { moveToColdStorageAfterDays: r.Lifecycle.MoveToColdStorageAfterDays } : {}),
    })),
    selections: p.selections.ok ? p.selections.value.map(mapSelection) : [],
    ...(p.optIn.ok ? { resourceTypeOptIn: p.optIn.value } : {}),
  }
  if (Object.keys(unresolved).length) out.unresolved = unresolved
  return out
}

const where = (ctx: AwsContext, region: string): Where => ({ region, accountId: ctx.accountId, partition: ctx.partition })

/** Every backup vault of the region with its access policy, and the kind of key that encrypts it. */
export const backupVaultCollector: Collector = {
  id: 'backup.vault',
  produces: ['backup.vault'],
  actions: ['backup:ListBackupVaults', 'backup:GetBackupVaultAccessPolicy', 'kms:DescribeKey'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const B = await import('@aws-sdk/client-backup')
    let vaults: BackupVaultListMember[]
    try {
      vaults = await collectPages(
        (NextToken) => ctx.send(region, 'backup:ListBackupVaults', new B.ListBackupVaultsCommand({ MaxResults: 1000, ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.BackupVaultList,
      )
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'backup.vault', region)] }
    }
    const keyManager = keyManagerLookup(ctx, region)
    const mapped = await mapLimit(vaults, 4, async (v) => {
      const policy = await fetchOptional(ctx.send(region, 'backup:GetBackupVaultAccessPolicy', new B.GetBackupVaultAccessPolicyCommand({ BackupVaultName: v.BackupVaultName }))).then(
        (r): Fetched<string | undefined> => (r.ok ? { ok: true, value: r.value.Policy } : r),
      )
      const needKey = !v.EncryptionKeyType && v.EncryptionKeyArn
      return mapVault(v, policy, needKey ? await keyManager(v.EncryptionKeyArn!) : undefined, where(ctx, region))
    })
    return { resources: { 'backup.vault': mapped }, gaps: [] }
  },
}

/** Runs a multi-call read: NotFound → absent, any other failure → a reason (an abort is re-thrown). */
const fetchAll = <T>(run: () => Promise<T>): Promise<Fetched<T>> => fetchOptional(run())

/**
 * Every backup plan of the region with its rules and resource assignments (GetBackupPlan,
 * ListBackupSelections and GetBackupSelection per plan), and the region's service opt-in
 * (DescribeRegionSettings, once, only when the region has plans).
 */
export const backupPlanCollector: Collector = {
  id: 'backup.plan',
  produces: ['backup.plan'],
  actions: ['backup:ListBackupPlans', 'backup:GetBackupPlan', 'backup:ListBackupSelections', 'backup:GetBackupSelection', 'backup:DescribeRegionSettings'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const B = await import('@aws-sdk/client-backup')
    let plans: { BackupPlanId?: string; BackupPlanArn?: string; BackupPlanName?: string }[]
    try {
      plans = await collectPages(
        (NextToken) => ctx.send(region, 'backup:ListBackupPlans', new B.ListBackupPlansCommand({ MaxResults: 1000, ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.BackupPlansList,
      )
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'backup.plan', region)] }
    }
    if (!plans.length) return { resources: { 'backup.plan': [] }, gaps: [] }
    const optIn = await fetchAll(async () => {
      const r = await ctx.send(region, 'backup:DescribeRegionSettings', new B.DescribeRegionSettingsCommand({}))
      return r.ResourceTypeOptInPreference ?? {}
    })
    const mapped = await mapLimit(plans, 4, async (p) => {
      const BackupPlanId = p.BackupPlanId ?? ''
      const plan = await fetchOptional(ctx.send(region, 'backup:GetBackupPlan', new B.GetBackupPlanCommand({ BackupPlanId })))
      if (!plan.ok && plan.absent) return undefined // deleted meanwhile
      const selections = await fetchAll(async () => {
        const listed = await collectPages(
          (NextToken) => ctx.send(region, 'backup:ListBackupSelections', new B.ListBackupSelectionsCommand({ BackupPlanId, MaxResults: 1000, ...(NextToken ? { NextToken } : {}) })),
          (q) => q.NextToken,
          (q) => q.BackupSelectionsList,
        )
        const out: SdkSelection[] = []
        for (const s of listed) {
          const got = await ctx.send(region, 'backup:GetBackupSelection', new B.GetBackupSelectionCommand({ BackupPlanId, SelectionId: s.SelectionId }))
          if (got.BackupSelection) out.push(got.BackupSelection)
        }
        return out
      })
      return mapPlan(
        {
          planId: BackupPlanId,
          ...(p.BackupPlanArn ? { arn: p.BackupPlanArn } : {}),
          ...(p.BackupPlanName ? { name: p.BackupPlanName } : {}),
          plan: plan.ok ? (plan.value.BackupPlan ? { ok: true, value: plan.value.BackupPlan } : { ok: false, absent: true }) : plan,
          selections,
          optIn,
        },
        where(ctx, region),
      )
    })
    return { resources: { 'backup.plan': mapped.filter((p): p is BackupPlan => p !== undefined) }, gaps: [] }
  },
}
