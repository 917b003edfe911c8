/**
 * Secure-by-default builders for the logging, monitoring and governance resources: AWS Config,
 * Security Hub, Macie, S3 trail buckets, Organizations, the account itself and metric filters.
 */
import type { ConfigRecorder } from '../../src/model/config.js'
import type { SecurityHubHub } from '../../src/model/securityhub.js'
import type { MacieSession } from '../../src/model/macie.js'
import type { S3Bucket } from '../../src/model/s3.js'
import type { Organization } from '../../src/model/organizations.js'
import type { AccountAccount } from '../../src/model/account-settings.js'
import type { LogMetricFilter } from '../../src/model/logs-metric-filter.js'

const ACCOUNT = '111122223333'
const REGION = 'us-east-1'

type Partial2<T> = { [K in keyof T]?: T[K] }

/** A recording, healthy recorder of every resource type (global types included), delivering to S3. */
export function configRecorder(over: Partial2<ConfigRecorder> = {}): ConfigRecorder {
  const region = over.region ?? REGION
  const name = over.name ?? 'default'
  const arn = `arn:aws:config:${region}:${ACCOUNT}:configuration-recorder/${name}/abcdef`
  return {
    id: arn, arn, name, accountId: ACCOUNT, region, serviceLinked: false, recording: true, lastStatus: 'Success',
    allSupported: true, includeGlobalResourceTypes: true, recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES', resourceTypes: [], exclusionResourceTypes: [],
    deliveryChannels: [{ name: 'default', s3BucketName: 'config-history-111122223333', snapshotStatus: 'Success', historyStatus: 'Success', streamStatus: 'Success' }],
    ...over,
  }
}

export function securityHubHub(over: Partial2<SecurityHubHub> = {}): SecurityHubHub {
  const region = over.region ?? REGION
  const arn = `arn:aws:securityhub:${region}:${ACCOUNT}:hub/default`
  return { id: arn, arn, name: 'default', accountId: ACCOUNT, region, subscribedAt: '2025-01-15T10:00:00.000Z', autoEnableControls: true, ...over }
}

export function macieSession(over: Partial2<MacieSession> = {}): MacieSession {
  const region = over.region ?? REGION
  const id = `macie:${ACCOUNT}:${region}`
  return { id, name: `Macie in ${region}`, accountId: ACCOUNT, region, status: 'ENABLED', createdAt: '2025-01-15T10:00:00.000Z', ...over }
}

/** A private bucket with Block Public Access on, no ACL grants beyond its owner, and access logging. */
export function s3Bucket(over: Partial2<S3Bucket> = {}): S3Bucket {
  const name = over.name ?? 'trail-bucket'
  const arn = `arn:aws:s3:::${name}`
  return {
    id: arn, arn, name, accountId: ACCOUNT, region: REGION, policy: null, ownerId: 'owner-canonical-id',
    aclGrants: [{ granteeType: 'CanonicalUser', granteeId: 'owner-canonical-id', permission: 'FULL_CONTROL' }],
    publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
    logging: { targetBucket: 'access-logs-111122223333', targetPrefix: `${name}/` },
    ...over,
  }
}

/** The management account of an organization with SCPs attached and delegated administrators. */
export function organization(over: Partial2<Organization> = {}): Organization {
  const orgId = over.organizationId ?? 'o-a1b2c3d4e5'
  const arn = `arn:aws:organizations::${ACCOUNT}:organization/${orgId}`
  return {
    id: arn, arn, name: orgId, accountId: ACCOUNT, region: 'global', member: true, organizationId: orgId, managementAccountId: ACCOUNT, isManagementAccount: true,
    featureSet: 'ALL', enabledPolicyTypes: ['SERVICE_CONTROL_POLICY'],
    serviceControlPolicies: [
      { id: 'p-FullAWSAccess', name: 'FullAWSAccess', awsManaged: true, targets: [{ id: 'r-ab12', type: 'ROOT', name: 'Root' }] },
      { id: 'p-guardrails1', name: 'deny-leave-org-and-disable-logging', awsManaged: false, targets: [{ id: 'r-ab12', type: 'ROOT', name: 'Root' }] },
    ],
    delegatedAdministrators: [{ accountId: '444455556666', name: 'security-tooling', services: ['guardduty.amazonaws.com', 'securityhub.amazonaws.com'] }],
    hasDelegationPolicy: true,
    ...over,
  }
}

/** An account outside any organization. */
export function standaloneAccount(over: Partial2<Organization> = {}): Organization {
  const id = `organizations:${ACCOUNT}:none`
  return { id, name: `account ${ACCOUNT} (no organization)`, accountId: ACCOUNT, region: 'global', member: false, isManagementAccount: false, enabledPolicyTypes: [], serviceControlPolicies: [], delegatedAdministrators: [], hasDelegationPolicy: false, ...over }
}

export function accountAccount(over: Partial2<AccountAccount> = {}): AccountAccount {
  const accountId = over.accountId ?? ACCOUNT
  return { id: `account:${accountId}`, name: `account ${accountId}`, accountId, region: 'global', securityContact: { hasName: true, hasEmail: true, hasPhone: true }, ...over }
}

export function metricFilter(over: Partial2<LogMetricFilter> & { filterPattern: string }): LogMetricFilter {
  const region = over.region ?? REGION
  const logGroupName = over.logGroupName ?? 'cloudtrail/org-audit'
  const name = over.name ?? 'cis-filter'
  const id = `arn:aws:logs:${region}:${ACCOUNT}:log-group:${logGroupName}#${name}`
  return { id, name, accountId: ACCOUNT, region, logGroupName, metrics: [{ metricName: name, metricNamespace: 'CISBenchmark', metricValue: '1' }], ...over }
}
