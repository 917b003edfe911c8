/**
 * The logging, monitoring, governance and KMS half of the e2e fixture.
 *
 * The main account (111122223333) gets, on top of the Lambda and IAM designs: AWS Config,
 * Security Hub, Macie and GuardDuty configured in us-east-1 and broken in eu-west-1; the
 * multi-region trail sent to CloudWatch Logs with the CIS metric filters and alarms (four of them
 * broken at a different link each); the trails' S3 buckets (private and logged in us-east-1, public
 * and unlogged in eu-west-1); three more KMS keys (public, shared with an unknown account, pending
 * deletion); a security contact; and membership of an organization it cannot read the policies of.
 *
 * Account-wide checks have one resource per account, so two more accounts carry their other
 * verdicts: GOV_MANAGEMENT_ACCOUNT (a well-run organization management account) and
 * GOV_BARE_ACCOUNT (a management account with nothing turned on). Each is scanned with only the
 * checks it is designed for.
 *
 * Every expected verdict is stated next to the design, or derived from the fixture data by the
 * rule written beside it — never from the scanner's output.
 */
import type { FixtureAccount, FixtureAlarm, FixtureKmsKey, FixtureLogGroup, FixtureRegion, FixtureTopic, PolicyDocument } from '../aws-server/fixture.js'
import type { FixtureBucket, FixtureMetricFilter } from '../aws-server/fixture-governance.js'
import { arns } from '../aws-server/fixture.js'

type Status = 'pass' | 'fail' | 'unknown' | 'skip'

const US = 'us-east-1'
const EU = 'eu-west-1'
const A = '111122223333'
const MANAGEMENT = '444455556666'
const BARE = '555566667777'
/** A partner account nobody listed as trusted. */
const PARTNER = '999900001111'

const id = (check: string, region: string, name: string, status: Status) => `${check} ${region}/${name} ${status}`
const regionName = (account: string, region: string) => `account ${account} in ${region}`
const doc = (...Statement: PolicyDocument['Statement']): PolicyDocument => ({ Version: '2012-10-17', Statement })

// ---- The CIS monitoring chain ----

/** One filter per CIS control, written in several styles (quoted or not, with or without eventSource) on purpose. */
const CIS_PATTERNS: Record<string, string> = {
  'unauthorized-api-calls': '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  'console-signin-without-mfa': '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
  'root-usage': '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  'iam-policy-changes':
    '{($.eventSource=iam.amazonaws.com) && (($.eventName=DeleteGroupPolicy)||($.eventName=DeleteRolePolicy)||($.eventName=DeleteUserPolicy)||($.eventName=PutGroupPolicy)||($.eventName=PutRolePolicy)||($.eventName=PutUserPolicy)||($.eventName=CreatePolicy)||($.eventName=DeletePolicy)||($.eventName=CreatePolicyVersion)||($.eventName=DeletePolicyVersion)||($.eventName=AttachRolePolicy)||($.eventName=DetachRolePolicy)||($.eventName=AttachUserPolicy)||($.eventName=DetachUserPolicy)||($.eventName=AttachGroupPolicy)||($.eventName=DetachGroupPolicy))}',
  'cloudtrail-changes': '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }',
  'console-auth-failures': '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  'cmk-disable-or-deletion': '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
  's3-bucket-policy-changes':
    '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
  'config-changes': '{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }',
  'security-group-changes': '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }',
  'nacl-changes': '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
  'network-gateway-changes': '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
  'route-table-changes':
    '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }',
  'vpc-changes':
    '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }',
  'organizations-changes':
    '{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = "AcceptHandshake") || ($.eventName = "AttachPolicy") || ($.eventName = "CreateAccount") || ($.eventName = "CreateOrganizationalUnit") || ($.eventName = "CreatePolicy") || ($.eventName = "DeclineHandshake") || ($.eventName = "DeleteOrganization") || ($.eventName = "DeleteOrganizationalUnit") || ($.eventName = "DeletePolicy") || ($.eventName = "DetachPolicy") || ($.eventName = "DisablePolicyType") || ($.eventName = "EnablePolicyType") || ($.eventName = "InviteAccountToOrganization") || ($.eventName = "LeaveOrganization") || ($.eventName = "MoveAccount") || ($.eventName = "RemoveAccountFromOrganization") || ($.eventName = "UpdatePolicy") || ($.eventName = "UpdateOrganizationalUnit")) }',
}
export const CIS_CONTROLS = Object.keys(CIS_PATTERNS)
const cisCheck = (control: string) => `cloudwatch-${control}-monitored`

/**
 * How the main account breaks the chain for four controls, one link each; the other eleven reach
 * a subscribed topic.
 */
const A_CIS_BREAKS: Record<string, 'noFilter' | 'noAlarm' | 'alarmSilent' | 'noSubscriber'> = {
  'organizations-changes': 'noFilter', // no filter for it at all
  'vpc-changes': 'noAlarm', // a filter nobody alarms on
  'nacl-changes': 'alarmSilent', // the alarm's actions are disabled
  'route-table-changes': 'noSubscriber', // the alarm's topic has only a pending subscription
}

function cisChain(account: string, group: string, topic: string, pendingTopic: string | undefined, breaks: Record<string, string>) {
  const filters: FixtureMetricFilter[] = []
  const alarms: FixtureAlarm[] = []
  for (const control of CIS_CONTROLS) {
    const brk = breaks[control]
    if (brk === 'noFilter') continue
    const metric = `cis-${control}`
    filters.push({ name: metric, logGroupName: group, pattern: CIS_PATTERNS[control]!, metricName: metric, metricNamespace: 'CISBenchmark' })
    if (brk === 'noAlarm') continue
    alarms.push({
      name: `cis-${control}`,
      namespace: 'CISBenchmark',
      metricName: metric,
      statistic: 'Sum',
      threshold: 1,
      actionsEnabled: brk !== 'alarmSilent',
      alarmActions: [arns.topic(US, account, brk === 'noSubscriber' && pendingTopic ? pendingTopic : topic)],
    })
  }
  return { filters, alarms }
}

// ---- Main account (111122223333) ----

const A_TRAIL_GROUP = 'cloudtrail/org-audit'
const A_TRAIL_BUCKET = 'audit-logs-111122223333'
const A_EU_TRAIL_BUCKET = 'audit-logs-111122223333-eu'

const KEY = {
  public: 'a0b1c2d3-0000-4000-8000-00000000publ',
  partner: 'a0b1c2d3-0000-4000-8000-0000000partn',
  retired: 'a0b1c2d3-0000-4000-8000-0000000retir',
}
const rootStatement = (account: string): PolicyDocument['Statement'][number] => ({ Sid: 'AccountAdmins', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' })

/** The keys this design adds, with the verdicts of every KMS key check on them. */
const A_KEYS: { region: string; key: FixtureKmsKey; expect: Record<string, Status> }[] = [
  {
    // Anyone may decrypt with it.
    region: US,
    key: { keyId: KEY.public, description: 'public by mistake', rotationEnabled: true, policy: doc(rootStatement(A), { Sid: 'Everyone', Effect: 'Allow', Principal: '*', Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' }) },
    expect: { 'kms-key-rotation-enabled': 'pass', 'kms-key-not-pending-deletion': 'pass', 'kms-key-policy-not-public': 'fail', 'kms-key-policy-external-accounts-trusted': 'pass' },
  },
  {
    // Shared with a partner account no option lists as trusted.
    region: US,
    key: { keyId: KEY.partner, description: 'shared exports', rotationEnabled: true, policy: doc(rootStatement(A), { Sid: 'Partner', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${PARTNER}:root` }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' }) },
    expect: { 'kms-key-rotation-enabled': 'pass', 'kms-key-not-pending-deletion': 'pass', 'kms-key-policy-not-public': 'pass', 'kms-key-policy-external-accounts-trusted': 'fail' },
  },
  {
    // Scheduled for deletion; rotation does not apply to a key in that state.
    region: EU,
    key: { keyId: KEY.retired, description: 'old exports', keyState: 'PendingDeletion' },
    expect: { 'kms-key-rotation-enabled': 'skip', 'kms-key-not-pending-deletion': 'fail', 'kms-key-policy-not-public': 'pass', 'kms-key-policy-external-accounts-trusted': 'pass' },
  },
]

/** Buckets of the two trails (exported: the S3 checks see them too). */
export const GOVERNANCE_BUCKETS: Record<string, FixtureBucket[]> = {
  [US]: [
    {
      // Private: only CloudTrail writes, pinned to the trail; Block Public Access on; access logged.
      name: A_TRAIL_BUCKET,
      policy: doc(
        { Sid: 'AclCheck', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: `arn:aws:s3:::${A_TRAIL_BUCKET}`, Condition: { StringEquals: { 'aws:SourceArn': arns.trail(US, A, 'org-audit') } } },
        { Sid: 'Write', Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `arn:aws:s3:::${A_TRAIL_BUCKET}/AWSLogs/${A}/*`, Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'aws:SourceArn': arns.trail(US, A, 'org-audit') } } },
      ),
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
      logging: { targetBucket: 'access-logs-111122223333', targetPrefix: `${A_TRAIL_BUCKET}/` },
    },
  ],
  [EU]: [
    {
      // Anyone may read the logs (no Block Public Access), and nobody logs who does.
      name: A_EU_TRAIL_BUCKET,
      policy: doc({ Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::${A_EU_TRAIL_BUCKET}/*` }),
    },
  ],
}

/** What this design adds to each region of the main account. */
function mainRegion(region: string): Partial<FixtureRegion> & { keys: FixtureKmsKey[]; logGroups: FixtureLogGroup[]; alarms: FixtureAlarm[]; topics: FixtureTopic[] } {
  const keys = A_KEYS.filter((k) => k.region === region).map((k) => k.key)
  if (region === US) {
    const chain = cisChain(A, A_TRAIL_GROUP, 'ops-alerts', 'cis-pending', A_CIS_BREAKS)
    return {
      keys,
      // Kept a year and encrypted: both log group checks pass on it.
      logGroups: [{ name: A_TRAIL_GROUP, retentionInDays: 400, kmsKeyId: arns.key(US, A, KEY.partner) }],
      metricFilters: chain.filters,
      alarms: chain.alarms,
      topics: [{ name: 'cis-pending', subscriptions: [{ protocol: 'email', confirmed: false }] }],
      buckets: GOVERNANCE_BUCKETS[US]!,
      configRecorders: [{ allSupported: true, includeGlobalResourceTypes: true }],
      deliveryChannels: [{ s3BucketName: 'config-history-111122223333' }],
      securityHub: {},
      macie: { status: 'ENABLED' },
      guardDuty: {
        detectorId: '6ac4f5e1d2c3b4a5968778695a4b3c2d',
        features: { CLOUD_TRAIL: 'ENABLED', DNS_LOGS: 'ENABLED', FLOW_LOGS: 'ENABLED', S3_DATA_EVENTS: 'ENABLED', EBS_MALWARE_PROTECTION: 'ENABLED', RUNTIME_MONITORING: 'ENABLED', LAMBDA_NETWORK_LOGS: 'ENABLED' },
      },
    }
  }
  return {
    keys,
    logGroups: [],
    alarms: [],
    topics: [],
    buckets: GOVERNANCE_BUCKETS[EU]!,
    // Stopped, recording only EC2 instances, and its deliveries fail.
    configRecorders: [{ recording: false, allSupported: false, recordingStrategy: 'INCLUSION_BY_RESOURCE_TYPES', resourceTypes: ['AWS::EC2::Instance'] }],
    deliveryChannels: [{ s3BucketName: 'config-history-deleted', historyStatus: 'Failure', snapshotStatus: 'Failure', lastErrorCode: 'NoSuchBucket' }],
    macie: { status: 'PAUSED' },
    guardDuty: { detectorId: '9bd3e4f5a6b7c8d9e0f1a2b3c4d5e6f7', status: 'DISABLED' },
  }
}

/**
 * Adds the design to the main account (called once by fixture-account.ts): region data, the
 * multi-region trail's CloudWatch Logs group and S3 write data events, the organization and the
 * security contact.
 */
export function applyGovernanceDesign(account: FixtureAccount): void {
  for (const region of [US, EU]) {
    const r = (account.regions[region] ??= {})
    const add = mainRegion(region)
    r.keys = [...(r.keys ?? []), ...add.keys]
    r.logGroups = [...(r.logGroups ?? []), ...add.logGroups]
    r.alarms = [...(r.alarms ?? []), ...add.alarms]
    r.topics = [...(r.topics ?? []), ...add.topics]
    const { keys: _k, logGroups: _l, alarms: _a, topics: _t, ...rest } = add
    Object.assign(r, rest)
  }
  const trail = account.regions[US]?.trails?.find((t) => t.name === 'org-audit')
  if (!trail) throw new Error('fixture-governance: the main account has no org-audit trail')
  trail.cloudWatchLogsLogGroupArn = `${arns.logGroup(US, A, A_TRAIL_GROUP)}:*`
  // Object-level writes of every bucket, not reads: the read check is partial.
  trail.advancedEventSelectors = [
    ...(trail.advancedEventSelectors ?? []),
    { name: 'S3 object writes', fieldSelectors: [{ field: 'eventCategory', equals: ['Data'] }, { field: 'resources.type', equals: ['AWS::S3::Object'] }, { field: 'readOnly', equals: ['false'] }] },
  ]
  // A member of an organization whose policies it may not read.
  account.organization = { id: 'o-gov4a5b6c7', managementAccountId: MANAGEMENT }
  account.alternateContacts = { SECURITY: { name: 'Security operations', emailAddress: 'security@example.com', phoneNumber: '+1-555-0100' } }
}

const KMS_KEY_CHECKS = ['kms-key-not-pending-deletion', 'kms-key-policy-not-public', 'kms-key-policy-external-accounts-trusted']

/**
 * Rule for the decrypt-on-every-key checks over the fixture's own principals (designed by the
 * Lambda and IAM halves): a policy document fails when an Allow statement without a Condition has
 * `*`, `kms:*`, `kms:Decrypt` or `kms:ReEncrypt*` among its actions and `*` among its resources.
 * Every principal of this fixture uses only those forms.
 */
/**
 * How many grants of kms:Decrypt or kms:ReEncryptFrom on every key, without a condition, a
 * document holds: the KMS.1/KMS.2 checks report each statement × action, so `Action: "*"` (both
 * actions) is two failing verdicts.
 */
function everyKeyDecryptGrants(d: PolicyDocument): number {
  const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v])
  const matches = (pattern: string, action: string) => new RegExp(`^${pattern.toLowerCase().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(action)
  return d.Statement.filter((s) => s.Effect === 'Allow' && !s.Condition && list(s.Resource).includes('*')).reduce((n, s) => n + ['kms:decrypt', 'kms:reencryptfrom'].filter((action) => list(s.Action).some((a) => matches(a, action))).length, 0)
}

/** One failing verdict per such grant, or one pass when there is none. */
const decryptVerdicts = (grants: number): Status[] => (grants > 0 ? Array<Status>(grants).fill('fail') : ['pass'])

/** The verdicts of this half's checks in the main account's full scan. */
export function governanceExpectedFindings(account: FixtureAccount): string[] {
  const out: string[] = []
  const regionsOf = [US, EU]
  // Trails: org-audit (us-east-1, multi-region) is validated, encrypted, sent to CloudWatch Logs
  // and delivers to a private, logged bucket; eu-selected-functions is none of these.
  const trails: Record<string, { region: string; status: Status; bucketStatus: Status }> = {
    'org-audit': { region: US, status: 'pass', bucketStatus: 'pass' },
    'eu-selected-functions': { region: EU, status: 'fail', bucketStatus: 'fail' },
  }
  for (const [name, t] of Object.entries(trails)) {
    for (const check of ['cloudtrail-log-file-validation-enabled', 'cloudtrail-kms-encryption-enabled', 'cloudtrail-cloudwatch-logs-integrated']) out.push(id(check, t.region, name, t.status))
    for (const check of ['cloudtrail-bucket-not-public', 'cloudtrail-bucket-access-logging-enabled']) out.push(id(check, t.region, name, t.bucketStatus))
  }
  // Account in each region: the multi-region trail covers both regions and records S3 object
  // writes (not reads); Config, Security Hub and Macie are on in us-east-1 only.
  for (const r of regionsOf) {
    const name = regionName(A, r)
    out.push(id('cloudtrail-enabled', r, name, 'pass'))
    // org-audit is multi-region, logging, and its advanced selector takes every management event.
    out.push(id('cloudtrail-multi-region-management-events', r, name, 'pass'))
    out.push(id('cloudtrail-s3-write-data-events-logged', r, name, 'pass'))
    out.push(id('cloudtrail-s3-read-data-events-logged', r, name, 'fail'))
    for (const check of ['config-recorder-enabled', 'securityhub-enabled', 'macie-enabled']) out.push(id(check, r, name, r === US ? 'pass' : 'fail'))
  }
  // Config recorders: us-east-1 complete and healthy, eu-west-1 partial and failing.
  for (const r of regionsOf) for (const check of ['config-recorder-records-all-resources', 'config-delivery-channel-healthy']) out.push(id(check, r, 'default', r === US ? 'pass' : 'fail'))
  // GuardDuty: us-east-1 enabled with S3, malware, runtime and Lambda protection but not EKS or
  // RDS; eu-west-1 suspended, so every plan fails there.
  const gdUs = account.regions[US]!.guardDuty!.detectorId
  const gdEu = account.regions[EU]!.guardDuty!.detectorId
  const gd: Record<string, Status> = {
    'guardduty-enabled': 'pass',
    'guardduty-s3-protection-enabled': 'pass',
    'guardduty-eks-audit-protection-enabled': 'fail',
    'guardduty-malware-protection-enabled': 'pass',
    'guardduty-runtime-monitoring-enabled': 'pass',
    'guardduty-rds-protection-enabled': 'fail',
    'guardduty-lambda-protection-enabled': 'pass',
  }
  for (const [check, s] of Object.entries(gd)) {
    out.push(id(check, US, gdUs, s))
    out.push(id(check, EU, gdEu, 'fail'))
  }
  // Access Analyzer (analyzers designed by the IAM half): external-access analyzers have no
  // active findings here and pass; other types are skipped.
  for (const r of regionsOf) {
    for (const a of account.regions[r]?.accessAnalyzers ?? []) {
      const external = (a.type === 'ACCOUNT' || a.type === 'ORGANIZATION') && (a.status ?? 'ACTIVE') === 'ACTIVE'
      out.push(id('accessanalyzer-no-active-external-findings', r, a.name, external ? (a.activeFindings?.length ? 'fail' : 'pass') : 'skip'))
    }
  }
  // Log groups (every group of both regions): a year of retention passes (the default minimum is
  // 365 days), and so does a customer managed key.
  for (const r of regionsOf) {
    for (const g of account.regions[r]?.logGroups ?? []) {
      out.push(id('logs-log-group-retention-set', r, g.name, g.retentionInDays !== undefined && g.retentionInDays >= 365 ? 'pass' : 'fail'))
      out.push(id('logs-log-group-kms-encrypted', r, g.name, g.kmsKeyId ? 'pass' : 'fail'))
    }
  }
  // KMS keys: the designed ones state their verdicts; the others are AWS managed (skipped) or
  // customer keys with the default key policy, not scheduled for deletion (pass).
  const designed = new Map(A_KEYS.map((k) => [k.key.keyId, k.expect]))
  for (const r of regionsOf) {
    for (const k of account.regions[r]?.keys ?? []) {
      const expect = designed.get(k.keyId)
      for (const check of KMS_KEY_CHECKS) out.push(id(check, r, k.keyId, expect?.[check] ?? (k.manager === 'AWS' ? 'skip' : 'pass')))
    }
  }
  // Decryption with every key, over every principal of the account (rule above).
  const attachments = [...account.iam.roles, ...(account.iam.users ?? []), ...(account.iam.groups ?? [])].flatMap((e) => e.attachedPolicies ?? [])
  for (const p of account.iam.policies ?? []) {
    if (p.awsManaged && !attachments.includes(arns.policy(account.accountId, p.name, p.path ?? '/', true))) continue
    for (const status of p.awsManaged ? ['skip' as const] : decryptVerdicts(everyKeyDecryptGrants(p.document))) out.push(id('kms-customer-policy-no-decrypt-all-keys', 'global', p.name, status))
  }
  const inline = (check: string, principals: { name: string; inlinePolicies?: { document: PolicyDocument }[] }[]) => {
    for (const e of principals) for (const status of decryptVerdicts((e.inlinePolicies ?? []).reduce((n, p) => n + everyKeyDecryptGrants(p.document), 0))) out.push(id(check, 'global', e.name, status))
  }
  inline('kms-role-inline-policy-no-decrypt-all-keys', account.iam.roles)
  inline('kms-user-inline-policy-no-decrypt-all-keys', account.iam.users ?? [])
  inline('kms-group-inline-policy-no-decrypt-all-keys', account.iam.groups ?? [])
  // The designed keys' rotation verdicts (the Lambda half states those of its own keys).
  for (const k of A_KEYS) out.push(id('kms-key-rotation-enabled', k.region, k.key.keyId, k.expect['kms-key-rotation-enabled']!))
  // The account: a security contact; a member of an organization whose policies it may not read
  // (unknown), not its management account (skipped), and no organization trail in sight.
  out.push(id('account-security-contact-registered', 'global', `account ${A}`, 'pass'))
  const org = 'o-gov4a5b6c7'
  for (const check of ['organizations-scps-attached', 'organizations-delegated-administrators-registered', 'organizations-policy-management-delegated']) out.push(id(check, 'global', org, 'unknown'))
  out.push(id('organizations-management-account-no-workloads', 'global', org, 'skip'))
  out.push(id('cloudtrail-organization-trail-enabled', 'global', org, 'fail'))
  // CIS monitoring: eleven controls reach a subscribed topic, four break at the stated link.
  for (const control of CIS_CONTROLS) out.push(id(cisCheck(control), 'global', `account ${A}`, A_CIS_BREAKS[control] ? 'fail' : 'pass'))
  return out.sort()
}

/** Every check this half designs verdicts for (guardduty-lambda-protection-enabled included: its detectors are designed here). */
export const GOVERNANCE_COVERED_CHECKS = [
  'cloudtrail-log-file-validation-enabled',
  'cloudtrail-kms-encryption-enabled',
  'cloudtrail-cloudwatch-logs-integrated',
  'cloudtrail-bucket-not-public',
  'cloudtrail-bucket-access-logging-enabled',
  'cloudtrail-enabled',
  'cloudtrail-multi-region-management-events',
  'cloudtrail-s3-write-data-events-logged',
  'cloudtrail-s3-read-data-events-logged',
  'cloudtrail-organization-trail-enabled',
  'config-recorder-enabled',
  'config-recorder-records-all-resources',
  'config-delivery-channel-healthy',
  'securityhub-enabled',
  'macie-enabled',
  'guardduty-enabled',
  'guardduty-s3-protection-enabled',
  'guardduty-eks-audit-protection-enabled',
  'guardduty-malware-protection-enabled',
  'guardduty-runtime-monitoring-enabled',
  'guardduty-rds-protection-enabled',
  'guardduty-lambda-protection-enabled',
  'accessanalyzer-no-active-external-findings',
  'logs-log-group-retention-set',
  'logs-log-group-kms-encrypted',
  ...KMS_KEY_CHECKS,
  'kms-customer-policy-no-decrypt-all-keys',
  'kms-role-inline-policy-no-decrypt-all-keys',
  'kms-user-inline-policy-no-decrypt-all-keys',
  'kms-group-inline-policy-no-decrypt-all-keys',
  'account-security-contact-registered',
  'organizations-scps-attached',
  'organizations-delegated-administrators-registered',
  'organizations-policy-management-delegated',
  'organizations-management-account-no-workloads',
  ...CIS_CONTROLS.map(cisCheck),
].sort()

// ---- The organization's management account (444455556666): what the main account misses ----

const M_GROUP = 'cloudtrail/organization'
const mChain = cisChain(MANAGEMENT, M_GROUP, 'security-alerts', undefined, {})

/**
 * A well-run management account, scanned in us-east-1: an organization trail recording every
 * management and S3 object event to CloudWatch Logs with all fifteen CIS alarms on a subscribed
 * topic; GuardDuty with every plan; guardrail SCPs, a delegated security account and a
 * delegation policy; no workloads. Its organization analyzer has one unreviewed finding.
 */
export const GOV_MANAGEMENT_ACCOUNT: FixtureAccount = {
  accountId: MANAGEMENT,
  caller: { arn: `arn:aws:iam::${MANAGEMENT}:user/auditor`, userId: 'AIDAMANAGEMENTAUDIT1' },
  iam: { roles: [] },
  organization: {
    id: 'o-gov4a5b6c7',
    managementAccountId: MANAGEMENT,
    scps: [{ id: 'p-guardrails', name: 'deny-leave-and-log-tampering', targets: [{ id: 'ou-gov4-workloads', type: 'ORGANIZATIONAL_UNIT', name: 'Workloads' }] }],
    delegatedAdministrators: [{ accountId: '666677778888', name: 'security-tooling', services: ['guardduty.amazonaws.com', 'securityhub.amazonaws.com'] }],
    delegationPolicy: true,
  },
  alternateContacts: { SECURITY: { name: 'Security operations', emailAddress: 'security@example.com', phoneNumber: '+1-555-0100' } },
  regions: {
    [US]: {
      trails: [
        {
          name: 'organization',
          isMultiRegion: true,
          isOrganizationTrail: true,
          isLogging: true,
          s3BucketName: 'org-trail-logs-444455556666',
          logFileValidation: true,
          cloudWatchLogsLogGroupArn: `${arns.logGroup(US, MANAGEMENT, M_GROUP)}:*`,
          eventSelectors: [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3'] }] }],
        },
      ],
      logGroups: [{ name: M_GROUP, retentionInDays: 3653 }],
      metricFilters: mChain.filters,
      alarms: mChain.alarms,
      topics: [{ name: 'security-alerts', subscriptions: [{ protocol: 'https', confirmed: true }, { protocol: 'email', confirmed: false }] }],
      guardDuty: {
        detectorId: '1f2e3d4c5b6a79880716253443526170',
        features: { CLOUD_TRAIL: 'ENABLED', DNS_LOGS: 'ENABLED', FLOW_LOGS: 'ENABLED', S3_DATA_EVENTS: 'ENABLED', EKS_AUDIT_LOGS: 'ENABLED', EBS_MALWARE_PROTECTION: 'ENABLED', RDS_LOGIN_EVENTS: 'ENABLED', RUNTIME_MONITORING: 'ENABLED', LAMBDA_NETWORK_LOGS: 'ENABLED' },
      },
      accessAnalyzers: [
        { name: 'account-external', type: 'ACCOUNT' },
        { name: 'organization-external', type: 'ORGANIZATION', activeFindings: [{ resource: 'arn:aws:s3:::shared-exports-444455556666', resourceType: 'AWS::S3::Bucket' }] },
      ],
    },
  },
}

export const GOV_MANAGEMENT_CHECKS = [
  'cloudwatch-*',
  'cloudtrail-s3-read-data-events-logged',
  'cloudtrail-organization-trail-enabled',
  'guardduty-eks-audit-protection-enabled',
  'guardduty-rds-protection-enabled',
  'accessanalyzer-no-active-external-findings',
  'organizations-*',
]

export function govManagementExpectedFindings(): string[] {
  const org = 'o-gov4a5b6c7'
  const detector = GOV_MANAGEMENT_ACCOUNT.regions[US]!.guardDuty!.detectorId
  return [
    ...CIS_CONTROLS.map((c) => id(cisCheck(c), 'global', `account ${MANAGEMENT}`, 'pass')),
    id('cloudtrail-s3-read-data-events-logged', US, regionName(MANAGEMENT, US), 'pass'),
    id('cloudtrail-organization-trail-enabled', 'global', org, 'pass'),
    id('guardduty-eks-audit-protection-enabled', US, detector, 'pass'),
    id('guardduty-rds-protection-enabled', US, detector, 'pass'),
    id('accessanalyzer-no-active-external-findings', US, 'account-external', 'pass'),
    id('accessanalyzer-no-active-external-findings', US, 'organization-external', 'fail'),
    id('organizations-scps-attached', 'global', org, 'pass'),
    id('organizations-delegated-administrators-registered', 'global', org, 'pass'),
    id('organizations-policy-management-delegated', 'global', org, 'pass'),
    id('organizations-management-account-no-workloads', 'global', org, 'pass'),
  ].sort()
}

// ---- A bare management account (555566667777): nothing turned on ----

/**
 * The management account of an organization with only FullAWSAccess, no delegated administrator
 * and no delegation policy, running a Lambda function; no trail, no GuardDuty, no security
 * contact. Scanned in us-east-1.
 */
export const GOV_BARE_ACCOUNT: FixtureAccount = {
  accountId: BARE,
  caller: { arn: `arn:aws:iam::${BARE}:user/auditor`, userId: 'AIDABAREACCOUNTAUD01' },
  iam: { roles: [{ name: 'handler-role', trustPolicy: doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }) }] },
  organization: { id: 'o-bare9z8y7x', managementAccountId: BARE },
  regions: { [US]: { functions: [{ name: 'billing-export', runtime: 'python3.13', handler: 'app.handler', role: arns.role(BARE, 'handler-role') }] } },
}

export const GOV_BARE_CHECKS = ['cloudwatch-*', 'cloudtrail-enabled', 'cloudtrail-multi-region-management-events', 'cloudtrail-s3-write-data-events-logged', 'cloudtrail-organization-trail-enabled', 'guardduty-enabled', 'account-security-contact-registered', 'organizations-*']

export function govBareExpectedFindings(): string[] {
  const org = 'o-bare9z8y7x'
  return [
    ...CIS_CONTROLS.map((c) => id(cisCheck(c), 'global', `account ${BARE}`, 'fail')),
    id('cloudtrail-enabled', US, regionName(BARE, US), 'fail'),
    id('cloudtrail-multi-region-management-events', US, regionName(BARE, US), 'fail'), // no trail at all
    id('cloudtrail-s3-write-data-events-logged', US, regionName(BARE, US), 'fail'),
    id('cloudtrail-organization-trail-enabled', 'global', org, 'fail'),
    id('guardduty-enabled', US, `no GuardDuty detector in ${US}`, 'fail'),
    id('account-security-contact-registered', 'global', `account ${BARE}`, 'fail'),
    id('organizations-scps-attached', 'global', org, 'fail'),
    id('organizations-delegated-administrators-registered', 'global', org, 'fail'),
    id('organizations-policy-management-delegated', 'global', org, 'fail'),
    id('organizations-management-account-no-workloads', 'global', org, 'fail'),
  ].sort()
}
