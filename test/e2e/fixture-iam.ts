/**
 * The IAM and root-user half of the e2e fixture account: users and their credential report
 * rows, groups, roles, customer managed policies, the password policy, identity providers,
 * server certificates and Access Analyzer — each designed to pass or break specific iam-* checks,
 * stated next to it. A second, small account (SECOND_ACCOUNT) carries the opposite verdicts of the
 * account-wide checks (root user, password policy, administrators, support role, federation),
 * which have one resource per account.
 *
 * Dates are relative to the time the module is loaded: the scan runs on the real clock.
 * Expected verdicts of iam-* checks over principals designed elsewhere in the fixture (function
 * execution roles …) come from the per-check baselines below; a principal whose design differs
 * states its own verdicts in ROLE_EXPECT / USER_EXPECT.
 */
import type { FixtureAccount, FixtureCredentialRow, FixtureGroup, FixtureManagedPolicy, FixtureRole, FixtureUser, PolicyDocument } from '../aws-server/fixture.js'
import { arns } from '../aws-server/fixture.js'

type Status = 'pass' | 'fail' | 'unknown' | 'skip'
type Expect = Partial<Record<string, Status[]>>

const DAY = 24 * 60 * 60 * 1000
const LOADED = Date.now()
/** An ISO date `n` days before the module was loaded. */
export const daysAgo = (n: number) => new Date(LOADED - n * DAY).toISOString()
const daysAhead = (n: number) => new Date(LOADED + n * DAY).toISOString()

const ROOT = '<root_account>'
const VENDOR_ACCOUNT = '999988887777'
const doc = (...Statement: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement })
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess'
const CLOUDSHELL = 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess'
const SUPPORT = 'arn:aws:iam::aws:policy/AWSSupportAccess'

// ---- Verdicts of the iam-* checks, by resource type ----

/** Checks over `iam.role`, and what a role of the fixture gets unless ROLE_EXPECT says otherwise. */
export const ROLE_BASELINE: Record<string, Status[]> = {
  'iam-role-inline-policy-not-admin': ['pass'],
  'iam-role-trust-not-public': ['pass'],
  'iam-role-cross-account-external-id': ['pass'],
  'iam-role-web-identity-trust-restricted': ['skip'], // no shared OIDC issuer in the trust
  'iam-role-unused': ['pass'], // every role is given a recent last use unless it states one
  'iam-role-delegated-admin-bounded': ['skip'], // no IAM administration
  'iam-role-no-privilege-escalation': ['pass'],
}

/** Checks over `iam.user`. */
export const USER_BASELINE: Record<string, Status[]> = {
  'iam-user-no-direct-policies': ['pass'],
  'iam-user-inline-policy-not-admin': ['pass'],
  'iam-user-delegated-admin-bounded': ['skip'],
  'iam-user-no-privilege-escalation': ['pass'],
}

/**
 * Checks over the credential report rows of IAM users. The baseline is what a user without a row
 * of its own gets: no password, no keys, created long ago and never used.
 */
export const CREDENTIAL_BASELINE: Record<string, Status[]> = {
  'iam-user-console-mfa-enabled': ['skip'],
  'iam-user-unused-password-disabled': ['skip'],
  'iam-user-unused-access-keys-disabled': ['skip'],
  'iam-user-access-keys-rotated': ['skip'],
  'iam-user-single-active-access-key': ['skip'],
  'iam-user-inactive': ['fail'],
  'iam-user-no-unused-setup-access-keys': ['skip'],
}

/** Checks over the root user's row (they say nothing about IAM users' rows). */
export const ROOT_CHECKS = ['iam-root-no-access-keys', 'iam-root-mfa-enabled', 'iam-root-hardware-mfa-enabled', 'iam-root-not-used-recently']

/** Checks over `iam.account` (one resource per account). */
export const ACCOUNT_CHECKS = [
  'iam-password-policy-min-length',
  'iam-password-policy-prevents-reuse',
  'iam-password-policy-requires-uppercase',
  'iam-password-policy-requires-lowercase',
  'iam-password-policy-requires-numbers',
  'iam-password-policy-requires-symbols',
  'iam-password-policy-expires',
  'iam-administrator-access-holders',
  'iam-cloudshell-full-access-not-attached',
  'iam-support-role-exists',
  'iam-identity-federation-used',
]

/** Checks over `iam.policy`: customer managed policies pass unless POLICY_EXPECT says otherwise; AWS managed ones are skipped. */
export const POLICY_CHECKS = ['iam-policy-no-full-admin', 'iam-policy-no-service-wildcard']
export const GROUP_CHECK = 'iam-group-inline-policy-not-admin'
export const CERTIFICATE_CHECK = 'iam-server-certificate-not-expired'
export const ANALYZER_CHECK = 'iam-access-analyzer-enabled'

// ---- Users: each with its credential report row and the verdicts that differ ----

interface DesignedUser {
  user: FixtureUser
  credentials: FixtureCredentialRow
  expect: Expect
}

const USERS: DesignedUser[] = [
  {
    // Administrator through the admins group; console password with MFA, one fresh key. Holds a
    // virtual MFA device, which must not be mistaken for root's.
    user: { name: 'alice-admin', groups: ['admins'] },
    credentials: { passwordEnabled: true, mfaActive: true, passwordLastUsed: daysAgo(2), passwordLastChanged: daysAgo(30), accessKeys: [{ active: true, lastRotated: daysAgo(10), lastUsedDate: daysAgo(1) }] },
    expect: {
      'iam-user-console-mfa-enabled': ['pass'],
      'iam-user-unused-password-disabled': ['pass'],
      'iam-user-unused-access-keys-disabled': ['pass'],
      'iam-user-access-keys-rotated': ['pass'],
      'iam-user-single-active-access-key': ['pass'],
      'iam-user-inactive': ['pass'],
      'iam-user-no-unused-setup-access-keys': ['pass'],
      'iam-user-no-privilege-escalation': ['skip'], // administrator
    },
  },
  {
    // Console password without MFA, not used for 60 days; an inline policy of its own; one key
    // 200 days old and idle for 100 days, a second active key created 5 days ago and never used.
    user: { name: 'bob-no-mfa', inlinePolicies: [{ name: 'read-reports', document: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports-111122223333/*' }) }] },
    credentials: {
      passwordEnabled: true,
      mfaActive: false,
      passwordLastUsed: daysAgo(60),
      passwordLastChanged: daysAgo(400),
      accessKeys: [
        { active: true, lastRotated: daysAgo(200), lastUsedDate: daysAgo(100) },
        { active: true, lastRotated: daysAgo(5) },
      ],
    },
    expect: {
      'iam-user-no-direct-policies': ['fail'],
      'iam-user-console-mfa-enabled': ['fail'],
      'iam-user-unused-password-disabled': ['fail'],
      'iam-user-unused-access-keys-disabled': ['fail', 'pass'], // key 1 idle; key 2 new
      'iam-user-access-keys-rotated': ['fail', 'pass'],
      'iam-user-single-active-access-key': ['fail'],
      'iam-user-inactive': ['pass'], // signed in 60 days ago
      'iam-user-no-unused-setup-access-keys': ['fail'],
    },
  },
  {
    // Legacy automation: no password, a 400-day-old key last used 200 days ago, and an inline
    // policy that may create access keys for any user (privilege escalation).
    user: { name: 'ci-legacy', inlinePolicies: [{ name: 'keys', document: doc({ Effect: 'Allow', Action: ['iam:CreateAccessKey', 'iam:ListAccessKeys'], Resource: '*' }) }] },
    credentials: { accessKeys: [{ active: true, lastRotated: daysAgo(400), lastUsedDate: daysAgo(200) }] },
    expect: {
      'iam-user-no-direct-policies': ['fail'],
      'iam-user-no-privilege-escalation': ['fail'],
      'iam-user-unused-access-keys-disabled': ['fail'],
      'iam-user-access-keys-rotated': ['fail'],
      'iam-user-single-active-access-key': ['pass'],
      'iam-user-inactive': ['fail'],
    },
  },
  {
    // Help desk: may create users and attach any policy to them, without a permissions boundary
    // (through its group) — and so attach anything to itself.
    user: { name: 'helpdesk-ana', groups: ['helpdesk'] },
    credentials: { passwordEnabled: true, mfaActive: true, passwordLastUsed: daysAgo(3), passwordLastChanged: daysAgo(20) },
    expect: {
      'iam-user-delegated-admin-bounded': ['fail'],
      'iam-user-no-privilege-escalation': ['fail'],
      'iam-user-console-mfa-enabled': ['pass'],
      'iam-user-unused-password-disabled': ['pass'],
      'iam-user-inactive': ['pass'],
      'iam-user-no-unused-setup-access-keys': ['pass'],
    },
  },
  {
    // Provisioning automation done right: creates users only with the dev-boundary boundary.
    user: {
      name: 'onboarding-bot',
      inlinePolicies: [{ name: 'create-users', document: doc({ Effect: 'Allow', Action: ['iam:CreateUser', 'iam:AttachUserPolicy'], Resource: 'arn:aws:iam::111122223333:user/staff/*', Condition: { StringEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/app-boundary' } } }) }],
    },
    credentials: { accessKeys: [{ active: true, lastRotated: daysAgo(15), lastUsedDate: daysAgo(1) }] },
    expect: {
      'iam-user-no-direct-policies': ['fail'],
      'iam-user-delegated-admin-bounded': ['pass'],
      'iam-user-unused-access-keys-disabled': ['pass'],
      'iam-user-access-keys-rotated': ['pass'],
      'iam-user-single-active-access-key': ['pass'],
      'iam-user-inactive': ['pass'],
    },
  },
  {
    // A break-glass user whose inline policy allows everything; console password with MFA.
    user: { name: 'emergency-admin', inlinePolicies: [{ name: 'everything', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }] },
    credentials: { passwordEnabled: true, mfaActive: true, passwordLastUsed: daysAgo(20), passwordLastChanged: daysAgo(20) },
    expect: {
      'iam-user-no-direct-policies': ['fail'],
      'iam-user-inline-policy-not-admin': ['fail'],
      'iam-user-no-privilege-escalation': ['skip'],
      'iam-user-console-mfa-enabled': ['pass'],
      'iam-user-unused-password-disabled': ['pass'],
      'iam-user-inactive': ['pass'],
      'iam-user-no-unused-setup-access-keys': ['pass'],
    },
  },
  {
    // A console password set 300 days ago that was never used.
    user: { name: 'dormant-dan' },
    credentials: { created: daysAgo(300), passwordEnabled: true, mfaActive: true, passwordLastChanged: daysAgo(300) },
    expect: {
      'iam-user-console-mfa-enabled': ['pass'],
      'iam-user-unused-password-disabled': ['fail'],
      'iam-user-inactive': ['fail'],
      'iam-user-no-unused-setup-access-keys': ['pass'],
    },
  },
]

/**
 * Verdicts for users designed elsewhere in the fixture (and the credential rows they get here).
 * security-scanner is the identity the scan runs as: SecurityAudit attached to the user itself.
 */
export const USER_EXPECT: Record<string, Expect> = {
  'security-scanner': {
    'iam-user-no-direct-policies': ['fail'],
    'iam-user-unused-access-keys-disabled': ['pass'],
    'iam-user-access-keys-rotated': ['pass'],
    'iam-user-single-active-access-key': ['pass'],
    'iam-user-inactive': ['pass'],
  },
  // Designed with the Lambda checks: an inline policy of its own, long-term keys.
  contractor: {
    'iam-user-no-direct-policies': ['fail'],
    'iam-user-unused-access-keys-disabled': ['pass'],
    'iam-user-access-keys-rotated': ['pass'],
    'iam-user-single-active-access-key': ['pass'],
    'iam-user-inactive': ['pass'],
  },
  ...Object.fromEntries(USERS.map((u) => [u.user.name, u.expect])),
}

const OTHER_CREDENTIALS: Record<string, FixtureCredentialRow> = {
  'security-scanner': { accessKeys: [{ active: true, lastRotated: daysAgo(20), lastUsedDate: daysAgo(0) }] },
  contractor: { accessKeys: [{ active: true, lastRotated: daysAgo(30), lastUsedDate: daysAgo(2) }] },
}

// ---- Groups ----

export const GROUPS: FixtureGroup[] = [
  { name: 'admins', attachedPolicies: [ADMIN, CLOUDSHELL] },
  { name: 'helpdesk', inlinePolicies: [{ name: 'manage-users', document: doc({ Effect: 'Allow', Action: ['iam:CreateUser', 'iam:AttachUserPolicy', 'iam:ListUsers'], Resource: '*' }) }] },
  // Nobody is in it any more, but its inline policy still grants everything.
  { name: 'legacy-ops', inlinePolicies: [{ name: 'everything', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }] },
]
const GROUP_EXPECT: Record<string, Status[]> = { 'legacy-ops': ['fail'] }

// ---- Roles ----

const GITHUB_PROVIDER = (account: string) => `arn:aws:iam::${account}:oidc-provider/token.actions.githubusercontent.com`
const ownAccountTrust = (account: string): PolicyDocument => doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'sts:AssumeRole' })
const readMetrics = [{ name: 'read-metrics', document: doc({ Effect: 'Allow', Action: ['cloudwatch:GetMetricData', 'cloudwatch:ListMetrics'], Resource: '*' }) }]

function designedRoles(account: string): { role: FixtureRole; expect: Expect }[] {
  const boundary = arns.policy(account, 'app-boundary')
  return [
    {
      // Anyone with an AWS account may assume it, and nobody has for 200 days.
      role: { name: 'public-trust-role', trustPolicy: doc({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }), inlinePolicies: readMetrics, createDate: daysAgo(500), lastUsedDate: daysAgo(200) },
      expect: { 'iam-role-trust-not-public': ['fail'], 'iam-role-cross-account-external-id': ['skip'], 'iam-role-unused': ['fail'] },
    },
    {
      role: { name: 'vendor-no-external-id', trustPolicy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${VENDOR_ACCOUNT}:root` }, Action: 'sts:AssumeRole' }), inlinePolicies: readMetrics },
      expect: { 'iam-role-cross-account-external-id': ['fail'] },
    },
    {
      role: { name: 'vendor-with-external-id', trustPolicy: doc({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${VENDOR_ACCOUNT}:root` }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'sts:ExternalId': 'vendor-issued-7f3a9c' } } }), inlinePolicies: readMetrics },
      expect: {},
    },
    {
      // Checks the audience only: any GitHub repository can assume it.
      role: {
        name: 'github-deploy-open',
        trustPolicy: doc({ Effect: 'Allow', Principal: { Federated: GITHUB_PROVIDER(account) }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } } }),
        inlinePolicies: [{ name: 'deploy', document: doc({ Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: arns.function('us-east-1', account, 'secure-api') }) }],
      },
      expect: { 'iam-role-web-identity-trust-restricted': ['fail'] },
    },
    {
      role: {
        name: 'github-deploy-pinned',
        trustPolicy: doc({
          Effect: 'Allow',
          Principal: { Federated: GITHUB_PROVIDER(account) },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' }, StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:example-org/orders:ref:refs/heads/main' } },
        }),
        inlinePolicies: [{ name: 'deploy', document: doc({ Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: arns.function('us-east-1', account, 'secure-api') }) }],
      },
      expect: { 'iam-role-web-identity-trust-restricted': ['pass'] },
    },
    {
      role: { name: 'inline-admin-role', trustPolicy: ownAccountTrust(account), inlinePolicies: [{ name: 'everything', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }] },
      expect: { 'iam-role-inline-policy-not-admin': ['fail'], 'iam-role-no-privilege-escalation': ['skip'] },
    },
    { role: { name: 'aws-support', trustPolicy: ownAccountTrust(account), attachedPolicies: [SUPPORT] }, expect: {} },
    {
      // May create roles and attach any policy to them without a boundary — its own name fits
      // the prefix too, so it can attach anything to itself.
      role: { name: 'app-deployer', trustPolicy: ownAccountTrust(account), inlinePolicies: [{ name: 'roles', document: doc({ Effect: 'Allow', Action: ['iam:CreateRole', 'iam:AttachRolePolicy'], Resource: `arn:aws:iam::${account}:role/app-*` }) }] },
      expect: { 'iam-role-delegated-admin-bounded': ['fail'], 'iam-role-no-privilege-escalation': ['fail'] },
    },
    {
      // The same delegation done right: only with the app-boundary permissions boundary.
      role: {
        name: 'platform-team',
        trustPolicy: ownAccountTrust(account),
        inlinePolicies: [{ name: 'roles', document: doc({ Effect: 'Allow', Action: ['iam:CreateRole', 'iam:AttachRolePolicy', 'iam:PutRolePolicy'], Resource: `arn:aws:iam::${account}:role/svc-*`, Condition: { StringEquals: { 'iam:PermissionsBoundary': boundary } } }) }],
      },
      expect: { 'iam-role-delegated-admin-bounded': ['pass'] },
    },
    {
      role: { name: 'AWSServiceRoleForSupport', path: '/aws-service-role/support.amazonaws.com/', trustPolicy: doc({ Effect: 'Allow', Principal: { Service: 'support.amazonaws.com' }, Action: 'sts:AssumeRole' }), createDate: daysAgo(900) },
      expect: { 'iam-role-unused': ['skip'], 'iam-role-no-privilege-escalation': ['skip'] },
    },
  ]
}

/** Verdicts of roles designed elsewhere in the fixture that differ from ROLE_BASELINE. */
export const ROLE_EXPECT: Record<string, Expect> = {
  // AdministratorAccess attached: escalation is moot.
  'shared-admin-role': { 'iam-role-no-privilege-escalation': ['skip'] },
  // lambda:UpdateFunctionCode on every function: it can run code as any function's role.
  'ci-deploy': { 'iam-role-no-privilege-escalation': ['fail'] },
  // Designed with the Lambda checks: iam:PassRole, lambda:CreateFunction and InvokeFunction on everything.
  'wide-role-role': { 'iam-role-no-privilege-escalation': ['fail'] },
}

// ---- Managed policies ----

export const POLICIES: FixtureManagedPolicy[] = [
  { name: 'AWSCloudShellFullAccess', awsManaged: true, document: doc({ Effect: 'Allow', Action: ['cloudshell:*'], Resource: '*' }) },
  { name: 'AWSSupportAccess', awsManaged: true, document: doc({ Effect: 'Allow', Action: ['support:*'], Resource: '*' }) },
  // A customer managed copy of AdministratorAccess, attached to nothing (yet).
  { name: 'legacy-full-admin', document: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) },
  { name: 'reports-s3-all', document: doc({ Effect: 'Allow', Action: 's3:*', Resource: ['arn:aws:s3:::reports-111122223333', 'arn:aws:s3:::reports-111122223333/*'] }) },
  { name: 'app-boundary', document: doc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 'dynamodb:GetItem', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }) },
]
const POLICY_EXPECT: Record<string, Expect> = {
  'legacy-full-admin': { 'iam-policy-no-full-admin': ['fail'], 'iam-policy-no-service-wildcard': ['fail'] },
  'reports-s3-all': { 'iam-policy-no-service-wildcard': ['fail'] },
}

// ---- The account as a whole ----

const ACCOUNT_EXPECT: Record<string, Status> = {
  'iam-password-policy-min-length': 'fail', // 10 characters
  'iam-password-policy-prevents-reuse': 'pass',
  'iam-password-policy-requires-uppercase': 'pass',
  'iam-password-policy-requires-lowercase': 'fail',
  'iam-password-policy-requires-numbers': 'pass',
  'iam-password-policy-requires-symbols': 'fail',
  'iam-password-policy-expires': 'fail', // 365 days
  'iam-administrator-access-holders': 'fail', // shared-admin-role, the admins group, alice-admin (emergency-admin's inline policy is not an AWS managed one)
  'iam-cloudshell-full-access-not-attached': 'fail', // the admins group
  'iam-support-role-exists': 'pass', // aws-support
  'iam-identity-federation-used': 'pass', // corp-idp SAML provider
}

/** Root: hardware MFA (no virtual device of its own), but an old active access key used three days ago. */
const ROOT_ROW: FixtureCredentialRow = { mfaActive: true, passwordLastUsed: daysAgo(10), accessKeys: [{ active: true, lastRotated: daysAgo(800), lastUsedDate: daysAgo(3) }] }
const ROOT_EXPECT: Record<string, Status> = { 'iam-root-no-access-keys': 'fail', 'iam-root-mfa-enabled': 'pass', 'iam-root-hardware-mfa-enabled': 'pass', 'iam-root-not-used-recently': 'fail' }

const CERTIFICATES = [
  { name: 'legacy-www', expiration: daysAgo(30), uploadDate: daysAgo(400), expect: 'fail' as Status },
  { name: 'api-example-com', path: '/cloudfront/', expiration: daysAhead(200), uploadDate: daysAgo(165), expect: 'pass' as Status },
]

/** Access Analyzer per region: an external-access analyzer in us-east-1; only an unused-access one in eu-west-1. */
export const ANALYZERS = {
  'us-east-1': [{ name: 'external-access', type: 'ACCOUNT' }],
  'eu-west-1': [{ name: 'unused-access', type: 'ACCOUNT_UNUSED_ACCESS' }],
}
const ANALYZER_EXPECT: Record<string, Status> = { 'us-east-1': 'pass', 'eu-west-1': 'fail' }

/** What the IAM design adds to the account's `iam` (roles are merged by the caller). */
export function iamDesign(account: string) {
  return {
    users: USERS.map((u) => u.user),
    groups: GROUPS,
    roles: designedRoles(account).map((d) => d.role),
    policies: POLICIES,
    credentialReport: { [ROOT]: ROOT_ROW, ...OTHER_CREDENTIALS, ...Object.fromEntries(USERS.map((u) => [u.user.name, u.credentials])) },
    passwordPolicy: { minimumPasswordLength: 10, requireUppercaseCharacters: true, requireLowercaseCharacters: false, requireNumbers: true, requireSymbols: false, passwordReusePrevention: 24, maxPasswordAge: 365, allowUsersToChangePassword: true },
    virtualMfaDevices: [{ serialName: 'alice-admin-phone', user: 'alice-admin' }],
    serverCertificates: CERTIFICATES.map(({ expect: _e, ...c }) => c),
    samlProviders: [{ name: 'corp-idp', validUntil: daysAhead(700) }],
    oidcProviders: [{ url: 'token.actions.githubusercontent.com', clientIds: ['sts.amazonaws.com'] }],
  }
}

/** Roles get a recent last use unless their design states one, so only designed roles look unused. */
export function withRecentUse(roles: FixtureRole[]): FixtureRole[] {
  return roles.map((r) => (r.lastUsedDate || r.path?.startsWith('/aws-service-role/') ? r : { ...r, lastUsedDate: daysAgo(1) }))
}

const id = (check: string, region: string, name: string, status: Status) => `${check} ${region}/${name} ${status}`
const accountName = (account: string) => `IAM settings of account ${account}`

/**
 * Every verdict of the iam-* checks over an account built with iamDesign (plus whatever else its
 * `iam` holds): `checkId region/name status`, sorted.
 */
export function iamExpectedFindings(account: FixtureAccount): string[] {
  const out: string[] = []
  const roleExpect = { ...ROLE_EXPECT, ...Object.fromEntries(designedRoles(account.accountId).map((d) => [d.role.name, d.expect])) }
  for (const r of account.iam.roles) for (const [check, base] of Object.entries(ROLE_BASELINE)) for (const s of roleExpect[r.name]?.[check] ?? base) out.push(id(check, 'global', r.name, s))
  for (const u of account.iam.users ?? []) {
    for (const [check, base] of Object.entries(USER_BASELINE)) for (const s of USER_EXPECT[u.name]?.[check] ?? base) out.push(id(check, 'global', u.name, s))
    for (const [check, base] of Object.entries(CREDENTIAL_BASELINE)) for (const s of USER_EXPECT[u.name]?.[check] ?? base) out.push(id(check, 'global', u.name, s))
  }
  for (const check of ROOT_CHECKS) out.push(id(check, 'global', ROOT, ROOT_EXPECT[check]!))
  for (const g of account.iam.groups ?? []) for (const s of GROUP_EXPECT[g.name] ?? ['pass']) out.push(id(GROUP_CHECK, 'global', g.name, s))
  // The collector keeps AWS managed policies only when something is attached to them.
  const attachments = [...account.iam.roles, ...(account.iam.users ?? []), ...(account.iam.groups ?? [])].flatMap((e) => e.attachedPolicies ?? [])
  for (const p of account.iam.policies ?? []) {
    if (p.awsManaged && !attachments.includes(arns.policy(account.accountId, p.name, p.path ?? '/', true))) continue
    for (const check of POLICY_CHECKS) for (const s of p.awsManaged ? (['skip'] as Status[]) : (POLICY_EXPECT[p.name]?.[check] ?? ['pass'])) out.push(id(check, 'global', p.name, s))
  }
  for (const check of ACCOUNT_CHECKS) out.push(id(check, 'global', accountName(account.accountId), ACCOUNT_EXPECT[check]!))
  for (const c of CERTIFICATES) out.push(id(CERTIFICATE_CHECK, 'global', c.name, c.expect))
  for (const [region, status] of Object.entries(ANALYZER_EXPECT)) out.push(id(ANALYZER_CHECK, region, `account ${account.accountId} in ${region}`, status))
  return out.sort()
}

// ---- The second account: the other side of the account-wide checks ----

export const SECOND_ACCOUNT_ID = '222233334444'

/**
 * No root MFA but no root keys and no recent root use; a password policy that meets what the
 * first account's misses (and misses what it meets); no administrators, no CloudShell, no support
 * role, a console user and no federation; no Access Analyzer at all.
 */
export const SECOND_ACCOUNT: FixtureAccount = {
  accountId: SECOND_ACCOUNT_ID,
  caller: { arn: `arn:aws:iam::${SECOND_ACCOUNT_ID}:user/auditor`, userId: 'AIDASECONDAUDITOR001' },
  regions: { 'us-east-1': {} },
  iam: {
    roles: [],
    users: [{ name: 'dana', groups: ['readers'] }],
    groups: [{ name: 'readers', inlinePolicies: [{ name: 'read', document: doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }) }] }],
    credentialReport: {
      [ROOT]: { mfaActive: false, passwordLastUsed: daysAgo(200) },
      dana: { passwordEnabled: true, mfaActive: false, passwordLastUsed: daysAgo(1), passwordLastChanged: daysAgo(10) },
    },
    passwordPolicy: { minimumPasswordLength: 14, requireUppercaseCharacters: false, requireLowercaseCharacters: true, requireNumbers: false, requireSymbols: true, maxPasswordAge: 90 },
  },
}

/** The checks the second account is scanned with. */
export const SECOND_ACCOUNT_CHECKS = [...ROOT_CHECKS, ...ACCOUNT_CHECKS, ANALYZER_CHECK, 'iam-user-console-mfa-enabled']

export function secondAccountExpectedFindings(): string[] {
  const name = accountName(SECOND_ACCOUNT_ID)
  const account: Record<string, Status> = {
    'iam-password-policy-min-length': 'pass',
    'iam-password-policy-prevents-reuse': 'fail', // reuse allowed
    'iam-password-policy-requires-uppercase': 'fail',
    'iam-password-policy-requires-lowercase': 'pass',
    'iam-password-policy-requires-numbers': 'fail',
    'iam-password-policy-requires-symbols': 'pass',
    'iam-password-policy-expires': 'pass',
    'iam-administrator-access-holders': 'pass',
    'iam-cloudshell-full-access-not-attached': 'pass',
    'iam-support-role-exists': 'fail',
    'iam-identity-federation-used': 'fail', // dana signs in with a password, no SAML provider
  }
  const root: Record<string, Status> = { 'iam-root-no-access-keys': 'pass', 'iam-root-mfa-enabled': 'fail', 'iam-root-hardware-mfa-enabled': 'fail', 'iam-root-not-used-recently': 'pass' }
  return [
    ...Object.entries(account).map(([c, s]) => id(c, 'global', name, s)),
    ...Object.entries(root).map(([c, s]) => id(c, 'global', ROOT, s)),
    id(ANALYZER_CHECK, 'us-east-1', `account ${SECOND_ACCOUNT_ID} in us-east-1`, 'fail'),
    id('iam-user-console-mfa-enabled', 'global', 'dana', 'fail'),
  ].sort()
}

/** Every iam-* check the designs above give verdicts for. */
export const IAM_COVERED_CHECKS = [...Object.keys(ROLE_BASELINE), ...Object.keys(USER_BASELINE), ...Object.keys(CREDENTIAL_BASELINE), ...ROOT_CHECKS, ...ACCOUNT_CHECKS, ...POLICY_CHECKS, GROUP_CHECK, CERTIFICATE_CHECK, ANALYZER_CHECK].sort()
