import type { PasswordPolicy as SdkPasswordPolicy } from '@aws-sdk/client-iam'
import { GLOBAL_REGION } from '../../../model/common.js'
import type { IamAccount, PasswordPolicy } from '../../../model/iam-account.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, type Fetched } from '../outcome.js'

/**
 * GetAccountPasswordPolicy's answer with IAM's defaults for absent members (minimum length 6 when
 * a custom policy leaves it out; every other requirement off).
 */
export function mapPasswordPolicy(p: SdkPasswordPolicy): PasswordPolicy {
  return {
    minimumPasswordLength: p.MinimumPasswordLength ?? 6,
    requireSymbols: p.RequireSymbols ?? false,
    requireNumbers: p.RequireNumbers ?? false,
    requireUppercaseCharacters: p.RequireUppercaseCharacters ?? false,
    requireLowercaseCharacters: p.RequireLowercaseCharacters ?? false,
    allowUsersToChangePassword: p.AllowUsersToChangePassword ?? false,
    expirePasswords: p.ExpirePasswords ?? (p.MaxPasswordAge !== undefined && p.MaxPasswordAge > 0),
    ...(p.MaxPasswordAge ? { maxPasswordAge: p.MaxPasswordAge } : {}),
    ...(p.PasswordReusePrevention ? { passwordReusePrevention: p.PasswordReusePrevention } : {}),
    hardExpiry: p.HardExpiry ?? false,
  }
}

/**
 * The account's `iam.account` resource. NoSuchEntity means the account has no custom password
 * policy (`null`, which every password check fails); any other failure leaves the policy
 * unresolved, so those checks say unknown. Pure.
 */
export function mapIamAccount(policy: Fetched<{ PasswordPolicy?: SdkPasswordPolicy }>, accountId: string): IamAccount {
  const base = { id: `${accountId}/iam`, name: `IAM settings of account ${accountId}`, accountId, region: GLOBAL_REGION }
  if (policy.ok) return { ...base, passwordPolicy: policy.value.PasswordPolicy ? mapPasswordPolicy(policy.value.PasswordPolicy) : null }
  if (policy.absent) return { ...base, passwordPolicy: null }
  return { ...base, passwordPolicy: null, unresolved: { passwordPolicy: policy.reason } }
}

/** The account's IAM-wide settings (the password policy). Collected once per scan. */
export const iamAccountCollector: Collector = {
  id: 'iam.account',
  produces: ['iam.account'],
  actions: ['iam:GetAccountPasswordPolicy'],
  scope: 'global',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const I = await import('@aws-sdk/client-iam')
    const policy = await fetchOptional(ctx.send(region, 'iam:GetAccountPasswordPolicy', new I.GetAccountPasswordPolicyCommand({})))
    return { resources: { 'iam.account': [mapIamAccount(policy, ctx.accountId)] }, gaps: [] }
  },
}
