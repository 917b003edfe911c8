import type { AlternateContact } from '@aws-sdk/client-account'
import { GLOBAL_REGION } from '../../../model/common.js'
import type { AccountAccount } from '../../../model/account-settings.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, type Fetched } from '../outcome.js'

/**
 * The account as a whole. The SECURITY alternate contact is reduced to which details are filled
 * in: names, e-mail addresses and phone numbers are personal data a scan report does not need.
 * No contact (ResourceNotFoundException) is `null`; a denied read is unresolved. Pure.
 */
export function mapAccount(accountId: string, contact: Fetched<AlternateContact | undefined>): AccountAccount {
  const base = { id: `account:${accountId}`, name: `account ${accountId}`, accountId, region: GLOBAL_REGION }
  if (!contact.ok) {
    if (contact.absent) return { ...base, securityContact: null }
    return { ...base, securityContact: null, unresolved: { securityContact: contact.reason } }
  }
  const c = contact.value
  if (!c) return { ...base, securityContact: null }
  return { ...base, securityContact: { hasName: Boolean(c.Name?.trim()), hasEmail: Boolean(c.EmailAddress?.trim()), hasPhone: Boolean(c.PhoneNumber?.trim()) } }
}

/** `account.account`: one per scan, from the Account Management API (a global endpoint). */
export const accountAccountCollector: Collector = {
  id: 'account.account',
  produces: ['account.account'],
  actions: ['account:GetAlternateContact'],
  scope: 'global',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const { GetAlternateContactCommand } = await import('@aws-sdk/client-account')
    const contact = await fetchOptional(ctx.send(region, 'account:GetAlternateContact', new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' })).then((r) => r.AlternateContact))
    return { resources: { 'account.account': [mapAccount(ctx.accountId, contact)] }, gaps: [] }
  },
}
