import type { ResourceBase } from './common.js'

/** One access key slot (1 or 2) of a credential report row. */
export interface CredentialReportAccessKey {
  /** 1 or 2: the report has exactly two key columns per user. */
  slot: 1 | 2
  active: boolean
  /** When the key was created or last rotated (ISO 8601); absent when the slot holds no key. */
  lastRotated?: string
  /** Last time the key signed a request; absent when it never did (the report says N/A). */
  lastUsedDate?: string
  lastUsedService?: string
  lastUsedRegion?: string
}

/**
 * `iam.credential-report-entry`: one row of the IAM credential report — an IAM user, or the
 * root user (`isRoot`, user name `<root_account>`). The report is AWS's own summary of every
 * password, access key and MFA state; it is regenerated at most every four hours, so
 * `reportGeneratedAt` says how fresh the row is.
 */
export interface IamCredentialReportEntry extends ResourceBase {
  /** `<root_account>` for the root user, else the IAM user name. */
  user: string
  isRoot: boolean
  userCreationTime?: string
  /**
   * The user has a console password. `null` for the root user, for whom the report says
   * `not_supported` (the root user always has a password).
   */
  passwordEnabled: boolean | null
  /** Last console sign-in; absent when there was none that AWS recorded. */
  passwordLastUsed?: string
  passwordLastChanged?: string
  mfaActive: boolean
  accessKeys: CredentialReportAccessKey[]
  /** Active X.509 signing certificates (the report's cert_1/cert_2 columns). */
  activeSigningCertificates: number
  /**
   * Root only: whether one of its MFA devices is a virtual (app-based) one, from
   * ListVirtualMFADevices. Undefined for IAM users; for root, `unresolved` when the listing
   * was denied.
   */
  rootVirtualMfa?: boolean
  reportGeneratedAt: string
}

/** GetAccountPasswordPolicy, normalized (AWS defaults where a field is absent). */
export interface PasswordPolicy {
  minimumPasswordLength: number
  requireSymbols: boolean
  requireNumbers: boolean
  requireUppercaseCharacters: boolean
  requireLowercaseCharacters: boolean
  allowUsersToChangePassword: boolean
  /** `maxPasswordAge` is set. */
  expirePasswords: boolean
  /** Days; absent = passwords never expire. */
  maxPasswordAge?: number
  /** Previous passwords that cannot be reused; absent = reuse allowed. */
  passwordReusePrevention?: number
  hardExpiry: boolean
}

/**
 * `iam.account`: the account's IAM-wide settings — one resource per scan (IAM is global). It
 * exists so that account questions ("is there a support role?", "who holds
 * AdministratorAccess?") have a resource to report on even when the answer is "nothing".
 */
export interface IamAccount extends ResourceBase {
  accountId: string
  /**
   * The custom password policy; `null` when the account has none (GetAccountPasswordPolicy
   * answers NoSuchEntity: IAM then applies AWS's weak default). `unresolved` when it could
   * not be read.
   */
  passwordPolicy: PasswordPolicy | null
}

/** `iam.server-certificate`: a TLS certificate stored in IAM (ListServerCertificates). */
export interface IamServerCertificate extends ResourceBase {
  path: string
  serverCertificateId?: string
  uploadDate?: string
  /** Not-after date of the certificate (ISO 8601). */
  expiration?: string
}

/** `iam.saml-provider`: a SAML 2.0 identity provider (ListSAMLProviders). */
export interface IamSamlProvider extends ResourceBase {
  createDate?: string
  /** When the provider's metadata document (its signing certificate) stops being valid. */
  validUntil?: string
}

/** `iam.oidc-provider`: an OpenID Connect identity provider (GetOpenIDConnectProvider). */
export interface IamOidcProvider extends ResourceBase {
  /** Issuer host and path without the scheme, as IAM stores it (`token.actions.githubusercontent.com`). */
  url: string
  /** Audiences (client ids) the provider accepts. */
  clientIds: string[]
  thumbprints: string[]
  createDate?: string
}
