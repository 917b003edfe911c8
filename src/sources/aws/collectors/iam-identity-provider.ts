import type { GetOpenIDConnectProviderResponse, SAMLProviderListEntry } from '@aws-sdk/client-iam'
import { GLOBAL_REGION } from '../../../model/common.js'
import type { IamOidcProvider, IamSamlProvider } from '../../../model/iam-account.js'
import type { InventoryGap } from '../../../core/inventory.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, type Fetched } from '../outcome.js'

function iso(d: Date | string | undefined): string | undefined {
  if (d === undefined) return undefined
  return d instanceof Date ? d.toISOString() : new Date(d).toISOString()
}

function accountOf(arn: string, fallback: string): string {
  return arn.split(':')[4] || fallback
}

/** Maps a ListSAMLProviders entry. Pure. */
export function mapSamlProvider(p: SAMLProviderListEntry, accountId: string): IamSamlProvider {
  const arn = p.Arn ?? ''
  const createDate = iso(p.CreateDate)
  const validUntil = iso(p.ValidUntil)
  return {
    id: arn,
    arn,
    name: arn.slice(arn.indexOf(':saml-provider/') + ':saml-provider/'.length) || arn,
    accountId: accountOf(arn, accountId),
    region: GLOBAL_REGION,
    ...(createDate ? { createDate } : {}),
    ...(validUntil ? { validUntil } : {}),
  }
}

/** The issuer an OIDC provider ARN names (`…:oidc-provider/token.actions.githubusercontent.com`). */
export function oidcUrlFromArn(arn: string): string {
  const i = arn.indexOf(':oidc-provider/')
  return i < 0 ? arn : arn.slice(i + ':oidc-provider/'.length)
}

/**
 * Maps an OIDC provider: its ARN from the listing, its audiences and thumbprints from
 * GetOpenIDConnectProvider. When that call failed, the issuer still comes from the ARN and the
 * rest is unresolved. Pure.
 */
export function mapOidcProvider(arn: string, detail: Fetched<GetOpenIDConnectProviderResponse>, accountId: string): IamOidcProvider {
  const base = { id: arn, arn, accountId: accountOf(arn, accountId), region: GLOBAL_REGION }
  if (!detail.ok) {
    const url = oidcUrlFromArn(arn)
    const why = detail.absent ? 'NotFound (iam:GetOpenIDConnectProvider)' : detail.reason
    return { ...base, name: url, url, clientIds: [], thumbprints: [], unresolved: { clientIds: why, thumbprints: why } }
  }
  const d = detail.value
  // IAM returns the URL without its scheme; strip one anyway so both forms compare equal.
  const url = (d.Url ?? oidcUrlFromArn(arn)).replace(/^https:\/\//, '')
  const createDate = iso(d.CreateDate)
  const tags = d.Tags?.length ? Object.fromEntries(d.Tags.map((t) => [t.Key ?? '', t.Value ?? ''])) : undefined
  return { ...base, name: url, url, clientIds: d.ClientIDList ?? [], thumbprints: d.ThumbprintList ?? [], ...(createDate ? { createDate } : {}), ...(tags ? { tags } : {}) }
}

/**
 * SAML and OpenID Connect identity providers. Collected once per scan; each kind only when the
 * scan needs it.
 */
export const iamIdentityProviderCollector: Collector = {
  id: 'iam.identity-provider',
  produces: ['iam.saml-provider', 'iam.oidc-provider'],
  actions: ['iam:ListSAMLProviders', 'iam:ListOpenIDConnectProviders', 'iam:GetOpenIDConnectProvider'],
  scope: 'global',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const I = await import('@aws-sdk/client-iam')
    const wants = (t: 'iam.saml-provider' | 'iam.oidc-provider') => ctx.wanted.size === 0 || ctx.wanted.has(t)
    const resources: CollectResult['resources'] = {}
    const gaps: InventoryGap[] = []
    if (wants('iam.saml-provider')) {
      try {
        // ListSAMLProviders is not paginated: it returns every provider at once.
        const r = await ctx.send(region, 'iam:ListSAMLProviders', new I.ListSAMLProvidersCommand({}))
        resources['iam.saml-provider'] = (r.SAMLProviderList ?? []).map((p) => mapSamlProvider(p, ctx.accountId))
      } catch (err) {
        gaps.push(gapFrom(err, 'iam.saml-provider', GLOBAL_REGION))
      }
    }
    if (wants('iam.oidc-provider')) {
      try {
        const r = await ctx.send(region, 'iam:ListOpenIDConnectProviders', new I.ListOpenIDConnectProvidersCommand({}))
        const arns = (r.OpenIDConnectProviderList ?? []).map((p) => p.Arn ?? '').filter(Boolean)
        resources['iam.oidc-provider'] = await Promise.all(
          arns.map(async (arn) => mapOidcProvider(arn, await fetchOptional(ctx.send(region, 'iam:GetOpenIDConnectProvider', new I.GetOpenIDConnectProviderCommand({ OpenIDConnectProviderArn: arn }))), ctx.accountId)),
        )
      } catch (err) {
        gaps.push(gapFrom(err, 'iam.oidc-provider', GLOBAL_REGION))
      }
    }
    return { resources, gaps }
  },
}
