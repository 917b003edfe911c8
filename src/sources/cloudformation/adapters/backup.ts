/**
 * AWS::Backup::BackupVault → `backup.vault` (a vault without EncryptionKeyArn uses the AWS
 * managed key `aws/backup`); AWS::Backup::BackupPlan → `backup.plan`, with the
 * AWS::Backup::BackupSelection resources whose BackupPlanId names it joined in as its
 * resource assignments.
 */
import type { BackupPlanRule, BackupSelection, BackupTagCondition } from '../../../model/backup.js'
import type { Fields, Stack } from '../stack.js'
import type { TemplateResource } from '../template.js'
import { asNumber, asString, isRecord, isUnresolved, PLACEHOLDER } from '../values.js'

const TAG_PREFIX = /^aws:ResourceTag\//

function strings(v: unknown, f: Fields, path: string): string[] {
  if (isUnresolved(v)) {
    f.mark(path, v.reason)
    return []
  }
  if (!Array.isArray(v)) return []
  return v.map((x) => {
    if (isUnresolved(x)) {
      f.mark(path, x.reason)
      return PLACEHOLDER
    }
    return asString(x) ?? PLACEHOLDER
  })
}

function tagTests(v: unknown, f: Fields, path: string): BackupTagCondition[] {
  if (isUnresolved(v)) {
    f.mark(path, v.reason)
    return []
  }
  if (!Array.isArray(v)) return []
  return v.filter(isRecord).map((c) => {
    if (isUnresolved(c.ConditionKey) || isUnresolved(c.ConditionValue)) f.mark(path, 'a tag condition depends on an unresolved value')
    return { key: (asString(c.ConditionKey) ?? PLACEHOLDER).replace(TAG_PREFIX, ''), value: asString(c.ConditionValue) ?? PLACEHOLDER }
  })
}

function selection(stack: Stack, res: TemplateResource, f: Fields, index: number): BackupSelection {
  const sel = stack.props(res).BackupSelection
  const path = `selections.${index}`
  if (isUnresolved(sel)) {
    f.mark(path, sel.reason)
    return { name: res.logicalId, resources: [], notResources: [], anyOfTags: [], allOf: [] }
  }
  const s = isRecord(sel) ? sel : {}
  const allOf: BackupSelection['allOf'] = []
  const conditions = s.Conditions
  if (isUnresolved(conditions)) f.mark(path, conditions.reason)
  else if (isRecord(conditions)) {
    for (const operator of ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike'] as const) {
      for (const t of tagTests(conditions[operator], f, path)) allOf.push({ operator, ...t })
    }
  }
  return {
    name: asString(s.SelectionName) ?? res.logicalId,
    resources: strings(s.Resources, f, path),
    notResources: strings(s.NotResources, f, path),
    anyOfTags: tagTests(s.ListOfTags, f, path),
    allOf,
  }
}

export function adaptBackup(stack: Stack): void {
  for (const res of stack.ofType('AWS::Backup::BackupVault')) {
    const f = stack.fields(res)
    const vaultName = f.str('vaultName', ['BackupVaultName']) ?? String(stack.ref(res))
    const key = f.str('encryptionKeyArn', ['EncryptionKeyArn'])
    if (key !== undefined) f.locate('encryptionKeyManager', ['EncryptionKeyArn'])
    stack.emit(
      'backup.vault',
      f.finish({
        ...f.base(stack.resourceId(res), vaultName),
        vaultName,
        vaultType: 'BACKUP_VAULT',
        ...(key ? { encryptionKeyArn: key } : {}),
        encryptionKeyManager: key === undefined ? 'AWS' : 'CUSTOMER',
        policy: f.policy('policy', ['AccessPolicy']) ?? null,
        locked: f.get(['LockConfiguration']) !== undefined,
      }),
      res,
    )
  }
  const selections = stack.ofType('AWS::Backup::BackupSelection')
  for (const res of stack.ofType('AWS::Backup::BackupPlan')) {
    const f = stack.fields(res)
    const planId = String(stack.ref(res))
    const name = f.str('name', ['BackupPlan', 'BackupPlanName']) ?? planId
    const rulesRaw = f.get(['BackupPlan', 'BackupPlanRule'])
    const rules: BackupPlanRule[] = []
    if (isUnresolved(rulesRaw)) f.mark('rules', rulesRaw.reason)
    else if (Array.isArray(rulesRaw)) {
      rulesRaw.forEach((r, i) => {
        f.locate(`rules.${i}.deleteAfterDays`, ['BackupPlan', 'BackupPlanRule', i])
        if (isUnresolved(r)) return f.mark(`rules.${i}`, r.reason)
        if (!isRecord(r)) return
        const lifecycle = r.Lifecycle
        if (isUnresolved(lifecycle)) f.mark(`rules.${i}.deleteAfterDays`, lifecycle.reason)
        const l = isRecord(lifecycle) ? lifecycle : {}
        if (isUnresolved(l.DeleteAfterDays)) f.mark(`rules.${i}.deleteAfterDays`, l.DeleteAfterDays.reason)
        const del = asNumber(l.DeleteAfterDays)
        const cold = asNumber(l.MoveToColdStorageAfterDays)
        rules.push({
          name: asString(r.RuleName) ?? `rule-${i + 1}`,
          targetVault: asString(r.TargetBackupVault) ?? PLACEHOLDER,
          ...(asString(r.ScheduleExpression) ? { schedule: asString(r.ScheduleExpression)! } : {}),
          ...(del !== undefined ? { deleteAfterDays: del } : {}),
          ...(cold !== undefined ? { moveToColdStorageAfterDays: cold } : {}),
        })
      })
    }
    const joined = selections.filter((s) => stack.props(s).BackupPlanId === planId)
    stack.emit('backup.plan', f.finish({ ...f.base(stack.resourceId(res), name), planId, rules, selections: joined.map((s, i) => selection(stack, s, f, i)) }), res, joined)
  }
}
