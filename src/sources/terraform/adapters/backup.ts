/**
 * aws_backup_vault (+ aws_backup_vault_policy) → `backup.vault` (no kms_key_arn: the AWS
 * managed key `aws/backup`); aws_backup_plan (+ the aws_backup_selection resources whose
 * plan_id names it) → `backup.plan`.
 */
import type { PolicyDocument } from '../../../model/common.js'
import type { BackupPlanRule, BackupSelection, BackupTagCondition } from '../../../model/backup.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import type { TfInstance } from '../instance.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const TAG_PREFIX = /^aws:ResourceTag\//

function texts(v: Value | undefined, f: Fields, path: string): string[] {
  if (v instanceof Unknown) {
    f.mark(path, v.reason)
    return []
  }
  if (!Array.isArray(v)) return []
  return v.map((x) => identity(x) ?? (f.mark(path, 'an element is not known'), PLACEHOLDER))
}

function tagTests(blocks: Value | undefined, f: Fields, path: string): BackupTagCondition[] {
  if (blocks instanceof Unknown) {
    f.mark(path, blocks.reason)
    return []
  }
  return blocksOf(blocks).map((b) => {
    const key = identity(b.key)
    const value = identity(b.value)
    if (key === undefined || value === undefined) f.mark(path, 'a tag condition depends on an unknown value')
    return { key: (key ?? PLACEHOLDER).replace(TAG_PREFIX, ''), value: value ?? PLACEHOLDER }
  })
}

function selection(s: TfInstance, f: Fields, index: number): BackupSelection {
  const path = `selections.${index}`
  const allOf: BackupSelection['allOf'] = []
  for (const c of blocksOf(s.values.condition)) {
    for (const [block, operator] of [['string_equals', 'StringEquals'], ['string_not_equals', 'StringNotEquals'], ['string_like', 'StringLike'], ['string_not_like', 'StringNotLike']] as const) {
      for (const t of tagTests(c[block], f, path)) allOf.push({ operator, ...t })
    }
  }
  return {
    name: identity(s.values.name) ?? s.address,
    resources: texts(s.values.resources, f, path),
    notResources: texts(s.values.not_resources, f, path),
    anyOfTags: tagTests(s.values.selection_tag, f, path),
    allOf,
  }
}

export function adaptBackup(ctx: AdapterContext): void {
  const vaultPolicies = ctx.byType('aws_backup_vault_policy')
  for (const inst of ctx.byType('aws_backup_vault')) {
    const f = new Fields(ctx, inst)
    const name = f.ident('vaultName', inst.values.name ?? inst.computed('name')) ?? PLACEHOLDER
    const arn = f.ident('arn', inst.computed('arn')) ?? PLACEHOLDER
    const key = f.id('encryptionKeyArn', 'kms_key_arn')
    if (key !== undefined) f.locate('encryptionKeyManager', 'kms_key_arn')
    let policy: PolicyDocument | null = null
    const joined: TfInstance[] = []
    for (const p of vaultPolicies) {
      const target = identity(p.values.backup_vault_name)
      if (target === undefined) {
        if (p.values.backup_vault_name instanceof Unknown) f.mark('policy', `${p.address}: backup_vault_name ${p.values.backup_vault_name.reason}`)
        continue
      }
      if (target !== name) continue
      joined.push(p)
      f.locateResource('policy', p)
      policy = f.policy('policy', 'policy', p) ?? null
    }
    ctx.emit(
      'backup.vault',
      f.finish({ ...f.base(inst.id, name, { arn }), vaultName: name, vaultType: 'BACKUP_VAULT', ...(key ? { encryptionKeyArn: key } : {}), encryptionKeyManager: key === undefined ? 'AWS' : 'CUSTOMER', policy }),
      inst,
      joined,
    )
  }
  const selections = ctx.byType('aws_backup_selection')
  for (const inst of ctx.byType('aws_backup_plan')) {
    const f = new Fields(ctx, inst)
    const planId = f.ident('planId', inst.computed('id')) ?? PLACEHOLDER
    const name = f.ident('name', inst.values.name) ?? planId
    const rules: BackupPlanRule[] = []
    const ruleBlocks = f.get('rule')
    if (ruleBlocks instanceof Unknown) f.mark('rules', ruleBlocks.reason)
    blocksOf(ruleBlocks).forEach((r, i) => {
      f.locate(`rules.${i}.deleteAfterDays`, `rule.${i}`)
      const lifecycle = blocksOf(r.lifecycle)[0]
      const del = lifecycle?.delete_after
      if (del instanceof Unknown) f.mark(`rules.${i}.deleteAfterDays`, del.reason)
      const days = typeof del === 'number' ? del : typeof del === 'string' && del.trim() !== '' ? Number(del) : undefined
      const cold = lifecycle && typeof lifecycle.cold_storage_after === 'number' ? lifecycle.cold_storage_after : undefined
      rules.push({
        name: identity(r.rule_name) ?? `rule-${i + 1}`,
        targetVault: identity(r.target_vault_name) ?? PLACEHOLDER,
        ...(typeof r.schedule === 'string' ? { schedule: r.schedule } : {}),
        ...(days !== undefined && !Number.isNaN(days) ? { deleteAfterDays: days } : {}),
        ...(cold !== undefined ? { moveToColdStorageAfterDays: cold } : {}),
      })
    })
    const joined = selections.filter((s) => identity(s.values.plan_id) === planId)
    ctx.emit('backup.plan', f.finish({ ...f.base(inst.id, name), planId, rules, selections: joined.map((s, i) => selection(s, f, i)) }), inst, joined)
  }
}

