/** Inline policies that on their own grant administrator access (see analysis/iam/admin.ts). Pure. */
import { assessAdministratorAccess, type GrantLevel } from '../iam/admin.js'
import type { InlinePolicy } from '../../model/iam.js'

export interface AdminInline {
  name: string
  index: number
  level: Exclude<GrantLevel, 'none'>
}

/** Each inline policy that is administrator-equivalent by itself, always or under conditions. */
export function adminInlinePolicies(policies: readonly InlinePolicy[]): AdminInline[] {
  const out: AdminInline[] = []
  policies.forEach((p, index) => {
    const a = assessAdministratorAccess([{ name: p.name, document: p.document }])
    if (a.level !== 'none') out.push({ name: p.name, index, level: a.level })
  })
  return out
}
