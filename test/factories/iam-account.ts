/**
 * Secure-by-default builders for the account-level IAM resources: the credential report, the
 * account's IAM settings, server certificates, identity providers and Access Analyzer.
 */
import type { IamAccount, IamCredentialReportEntry, IamOidcProvider, IamSamlProvider, IamServerCertificate, PasswordPolicy } from '../../src/model/iam-account.js'
import type { AccessAnalyzer } from '../../src/model/accessanalyzer.js'

const ACCOUNT = '111122223333'
const REGION = 'us-east-1'

type Partial2<T> = { [K in keyof T]?: T[K] }

/** An IAM user's credential report row: console password with MFA, used last week, one fresh key. */
export function credentialEntry(over: Partial2<IamCredentialReportEntry> = {}): IamCredentialReportEntry {
  const user = over.user ?? over.name ?? 'alice'
  const arn = `arn:aws:iam::${ACCOUNT}:user/${user}`
  return {
    id: arn,
    arn,
    name: user,
    accountId: ACCOUNT,
    region: 'global',
    user,
    isRoot: false,
    userCreationTime: '2024-01-10T09:00:00.000Z',
    passwordEnabled: true,
    passwordLastUsed: '2026-11-20T08:00:00.000Z',
    passwordLastChanged: '2026-09-01T08:00:00.000Z',
    mfaActive: true,
    accessKeys: [{ slot: 1, active: true, lastRotated: '2026-10-01T00:00:00.000Z', lastUsedDate: '2026-11-25T12:00:00.000Z', lastUsedService: 's3', lastUsedRegion: 'us-east-1' }],
    activeSigningCertificates: 0,
    reportGeneratedAt: '2026-11-26T23:00:00.000Z',
    ...over,
  }
}

/** The root user's row: MFA on a hardware device, no access keys, last used long ago. */
export function rootCredentialEntry(over: Partial2<IamCredentialReportEntry> = {}): IamCredentialReportEntry {
  const arn = `arn:aws:iam::${ACCOUNT}:root`
  return {
    id: arn,
    arn,
    name: '<root_account>',
    accountId: ACCOUNT,
    region: 'global',
    user: '<root_account>',
    isRoot: true,
    userCreationTime: '2019-03-01T00:00:00.000Z',
    passwordEnabled: null,
    passwordLastUsed: '2025-06-01T10:00:00.000Z',
    mfaActive: true,
    accessKeys: [],
    activeSigningCertificates: 0,
    rootVirtualMfa: false,
    reportGeneratedAt: '2026-11-26T23:00:00.000Z',
    ...over,
  }
}

/** A password policy that meets every CIS and AWS requirement. */
export function strongPasswordPolicy(over: Partial2<PasswordPolicy> = {}): PasswordPolicy {
  return {
    minimumPasswordLength: 16,
    requireSymbols: true,
    requireNumbers: true,
    requireUppercaseCharacters: true,
    requireLowercaseCharacters: true,
    allowUsersToChangePassword: true,
    expirePasswords: true,
    maxPasswordAge: 90,
    passwordReusePrevention: 24,
    hardExpiry: false,
    ...over,
  }
}

export function iamAccount(over: Partial2<IamAccount> = {}): IamAccount {
  return { id: `${ACCOUNT}/iam`, name: `IAM settings of account ${ACCOUNT}`, accountId: ACCOUNT, region: 'global', passwordPolicy: strongPasswordPolicy(), ...over }
}

export function serverCertificate(over: Partial2<IamServerCertificate> = {}): IamServerCertificate {
  const name = over.name ?? 'www-example-com'
  const arn = `arn:aws:iam::${ACCOUNT}:server-certificate/${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: 'global', path: '/', uploadDate: '2026-01-05T00:00:00.000Z', expiration: '2027-01-05T00:00:00.000Z', ...over }
}

export function samlProvider(over: Partial2<IamSamlProvider> = {}): IamSamlProvider {
  const name = over.name ?? 'corp-idp'
  const arn = `arn:aws:iam::${ACCOUNT}:saml-provider/${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region: 'global', createDate: '2024-01-01T00:00:00.000Z', validUntil: '2030-01-01T00:00:00.000Z', ...over }
}

export function oidcProvider(over: Partial2<IamOidcProvider> = {}): IamOidcProvider {
  const url = over.url ?? 'token.actions.githubusercontent.com'
  const arn = `arn:aws:iam::${ACCOUNT}:oidc-provider/${url}`
  return { id: arn, arn, name: url, accountId: ACCOUNT, region: 'global', url, clientIds: ['sts.amazonaws.com'], thumbprints: [], ...over }
}

/** An active external-access analyzer for the account. */
export function accessAnalyzer(over: Partial2<AccessAnalyzer> = {}): AccessAnalyzer {
  const region = over.region ?? REGION
  const name = over.name ?? 'account-analyzer'
  const arn = `arn:aws:access-analyzer:${region}:${ACCOUNT}:analyzer/${name}`
  return { id: arn, arn, name, accountId: ACCOUNT, region, type: 'ACCOUNT', status: 'ACTIVE', ...over }
}
