/**
 * IAM's account-level reads: the credential report (GenerateCredentialReport starts a report on
 * its first call for an account and says COMPLETE afterwards, so callers really poll;
 * GetCredentialReport answers ReportNotPresent before that), the password policy (NoSuchEntity
 * when the fixture has none, as AWS does), virtual MFA devices, server certificates and identity
 * providers.
 */
import { ApiError } from '../errors.js'
import { arns, type FixtureAccount, type FixtureCredentialRow } from '../fixture.js'
import { paginate } from '../pagination.js'
import type { CallContext, OperationDef } from './types.js'

const ROOT = '<root_account>'
const USER_CREATED = '2024-01-15T10:00:00+00:00'
const ROOT_CREATED = '2019-03-01T00:00:00+00:00'

const COLUMNS = [
  'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed', 'password_next_rotation', 'mfa_active',
  'access_key_1_active', 'access_key_1_last_rotated', 'access_key_1_last_used_date', 'access_key_1_last_used_region', 'access_key_1_last_used_service',
  'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date', 'access_key_2_last_used_region', 'access_key_2_last_used_service',
  'cert_1_active', 'cert_1_last_rotated', 'cert_2_active', 'cert_2_last_rotated',
]

/** AWS writes `2024-01-15T10:00:00+00:00`. */
function reportDate(iso: string | undefined, none = 'N/A'): string {
  return iso ? new Date(iso).toISOString().replace(/\.\d{3}Z$/, '+00:00') : none
}

function csvField(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

function row(account: FixtureAccount, user: string, path: string | undefined, r: FixtureCredentialRow): string[] {
  const isRoot = user === ROOT
  const key = (i: 0 | 1) => {
    const k = r.accessKeys?.[i]
    if (!k) return ['false', 'N/A', 'N/A', 'N/A', 'N/A']
    return [String(k.active), reportDate(k.lastRotated), reportDate(k.lastUsedDate), k.lastUsedDate ? (k.lastUsedRegion ?? 'us-east-1') : 'N/A', k.lastUsedDate ? (k.lastUsedService ?? 'sts') : 'N/A']
  }
  return [
    user,
    isRoot ? `arn:aws:iam::${account.accountId}:root` : arns.user(account.accountId, user, path),
    reportDate(r.created ?? (isRoot ? ROOT_CREATED : USER_CREATED)),
    isRoot ? 'not_supported' : String(Boolean(r.passwordEnabled)),
    r.passwordEnabled || isRoot ? reportDate(r.passwordLastUsed, 'no_information') : 'N/A',
    isRoot ? 'not_supported' : r.passwordEnabled ? reportDate(r.passwordLastChanged ?? r.created ?? USER_CREATED) : 'N/A',
    isRoot ? 'not_supported' : 'N/A',
    String(Boolean(r.mfaActive)),
    ...key(0),
    ...key(1),
    'false', 'N/A', 'false', 'N/A',
  ]
}

/** The report as AWS renders it: a header and one row per user, root first. */
export function credentialReportCsv(account: FixtureAccount): string {
  const rows = account.iam.credentialReport ?? {}
  const lines = [COLUMNS, row(account, ROOT, undefined, rows[ROOT] ?? { mfaActive: true })]
  for (const u of account.iam.users ?? []) lines.push(row(account, u.name, u.path, rows[u.name] ?? {}))
  return lines.map((l) => l.map(csvField).join(',')).join('\n') + '\n'
}

const generated = new WeakMap<FixtureAccount, Date>()

function listed<T>(items: T[], input: Record<string, unknown>, ctx: CallContext, operation: string) {
  return paginate(items, { token: input.Marker, requested: input.MaxItems, defaultSize: 100, maxSize: 1000, fixtureMax: ctx.fixturePageSize(operation), tokenName: 'Marker', sizeName: 'MaxItems', errorCode: 'InvalidInput' })
}

export const iamAccountOperations: Record<string, OperationDef> = {
  // Not a read by its name, but it changes nothing: it (re)builds a report of existing data.
  GenerateCredentialReport: {
    handle(_input, ctx) {
      if (generated.has(ctx.account)) return { State: 'COMPLETE' }
      generated.set(ctx.account, new Date())
      return { State: 'STARTED', Description: 'No report exists. Starting a new report generation task' }
    },
  },
  GetCredentialReport: {
    handle(_input, ctx) {
      const at = generated.get(ctx.account)
      if (!at) throw new ApiError('ReportNotPresent', 'Credential report not present.', 410)
      return { Content: Buffer.from(credentialReportCsv(ctx.account)).toString('base64'), ReportFormat: 'text/csv', GeneratedTime: at }
    },
  },
  GetAccountPasswordPolicy: {
    handle(_input, ctx) {
      const p = ctx.account.iam.passwordPolicy
      if (!p) throw new ApiError('NoSuchEntity', `The Password Policy with domain name ${ctx.accountId} cannot be found.`, 404)
      return {
        PasswordPolicy: {
          MinimumPasswordLength: p.minimumPasswordLength ?? 8,
          RequireSymbols: p.requireSymbols ?? false,
          RequireNumbers: p.requireNumbers ?? false,
          RequireUppercaseCharacters: p.requireUppercaseCharacters ?? false,
          RequireLowercaseCharacters: p.requireLowercaseCharacters ?? false,
          AllowUsersToChangePassword: p.allowUsersToChangePassword ?? false,
          ExpirePasswords: p.maxPasswordAge !== undefined,
          MaxPasswordAge: p.maxPasswordAge,
          PasswordReusePrevention: p.passwordReusePrevention,
          HardExpiry: p.hardExpiry,
        },
      }
    },
  },
  ListVirtualMFADevices: {
    handle(input, ctx) {
      const a = ctx.accountId
      const devices = (ctx.account.iam.virtualMfaDevices ?? []).map((d) => ({
        SerialNumber: `arn:aws:iam::${a}:mfa/${d.serialName}`,
        User: d.user === ROOT ? { Arn: `arn:aws:iam::${a}:root`, UserId: a, UserName: '', Path: '/', CreateDate: new Date(ROOT_CREATED) } : { Arn: arns.user(a, d.user), UserId: `AIDA${d.user.toUpperCase()}`, UserName: d.user, Path: '/', CreateDate: new Date(USER_CREATED) },
        EnableDate: new Date(USER_CREATED),
      }))
      // Every device here is assigned; an `Unassigned` filter finds none.
      const p = listed(input.AssignmentStatus === 'Unassigned' ? [] : devices, input, ctx, 'ListVirtualMFADevices')
      return { VirtualMFADevices: p.items, IsTruncated: p.next !== undefined, Marker: p.next }
    },
  },
  ListServerCertificates: {
    handle(input, ctx) {
      const certs = (ctx.account.iam.serverCertificates ?? []).map((c) => ({
        Path: c.path ?? '/',
        ServerCertificateName: c.name,
        ServerCertificateId: `ASCA${c.name.replace(/[^A-Za-z0-9]/g, '').toUpperCase()}`,
        Arn: `arn:aws:iam::${ctx.accountId}:server-certificate${c.path ?? '/'}${c.name}`,
        UploadDate: new Date(c.uploadDate ?? USER_CREATED),
        Expiration: new Date(c.expiration),
      }))
      const p = listed(certs, input, ctx, 'ListServerCertificates')
      return { ServerCertificateMetadataList: p.items, IsTruncated: p.next !== undefined, Marker: p.next }
    },
  },
  ListSAMLProviders: {
    handle(_input, ctx) {
      return {
        SAMLProviderList: (ctx.account.iam.samlProviders ?? []).map((p) => ({ Arn: `arn:aws:iam::${ctx.accountId}:saml-provider/${p.name}`, CreateDate: new Date(USER_CREATED), ValidUntil: p.validUntil ? new Date(p.validUntil) : undefined })),
      }
    },
  },
  ListOpenIDConnectProviders: {
    handle(_input, ctx) {
      return { OpenIDConnectProviderList: (ctx.account.iam.oidcProviders ?? []).map((p) => ({ Arn: `arn:aws:iam::${ctx.accountId}:oidc-provider/${p.url}` })) }
    },
  },
  GetOpenIDConnectProvider: {
    resource: (input) => input.OpenIDConnectProviderArn,
    handle(input, ctx) {
      const arn = String(input.OpenIDConnectProviderArn ?? '')
      const p = (ctx.account.iam.oidcProviders ?? []).find((x) => `arn:aws:iam::${ctx.accountId}:oidc-provider/${x.url}` === arn)
      if (!p) throw new ApiError('NoSuchEntity', `OpenIDConnect Provider not found for arn ${arn}`, 404)
      return { Url: p.url, ClientIDList: p.clientIds ?? ['sts.amazonaws.com'], ThumbprintList: p.thumbprints ?? [], CreateDate: new Date(USER_CREATED) }
    },
  },
}
