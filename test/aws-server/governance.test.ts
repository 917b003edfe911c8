/**
 * The governance services of the loopback server through the real SDK clients: S3 (REST-XML),
 * Config and Organizations (JSON 1.1), Macie, Account, Security Hub and Access Analyzer
 * (REST-JSON), Logs metric filters and SNS subscriptions.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { GetBucketAclCommand, GetBucketEncryptionCommand, GetBucketLocationCommand, GetBucketLoggingCommand, GetBucketOwnershipControlsCommand, GetBucketPolicyCommand, GetPublicAccessBlockCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3'
import { ConfigServiceClient, DescribeConfigurationRecordersCommand, DescribeConfigurationRecorderStatusCommand, DescribeDeliveryChannelStatusCommand } from '@aws-sdk/client-config-service'
import { DescribeOrganizationCommand, ListPoliciesCommand, ListTargetsForPolicyCommand, OrganizationsClient } from '@aws-sdk/client-organizations'
import { GetMacieSessionCommand, Macie2Client } from '@aws-sdk/client-macie2'
import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account'
import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub'
import { AccessAnalyzerClient, ListFindingsV2Command } from '@aws-sdk/client-accessanalyzer'
import { CloudWatchLogsClient, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs'
import { ListSubscriptionsByTopicCommand, SNSClient } from '@aws-sdk/client-sns'
import { startAwsServer, type AwsServer } from './server.js'
import type { FixtureAccount } from './fixture.js'
import { clientConfig } from './test-support.js'

const ACCOUNT = '210987654321'
const account: FixtureAccount = {
  accountId: ACCOUNT,
  iam: { roles: [] },
  organization: { id: 'o-abcd1234', managementAccountId: ACCOUNT, scps: [{ id: 'p-guard', name: 'guardrails', targets: [{ id: 'ou-ab-1', type: 'ORGANIZATIONAL_UNIT' }] }] },
  alternateContacts: { SECURITY: { name: 'Sec', emailAddress: 'sec@example.com', phoneNumber: '+1-555-0100' } },
  regions: {
    'us-east-1': {
      buckets: [
        {
          name: 'open-logs',
          policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::open-logs/*' }] },
          grants: [{ type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers', permission: 'READ' }],
          logging: { targetBucket: 'access-logs', targetPrefix: 'open-logs/' },
        },
      ],
      configRecorders: [{ recording: false }],
      deliveryChannels: [{ s3BucketName: 'config', historyStatus: 'Failure', lastErrorCode: 'NoSuchBucket' }],
      securityHub: {},
      metricFilters: [{ name: 'root', logGroupName: 'trail', pattern: '{ $.userIdentity.type = "Root" }', metricName: 'RootUse', metricNamespace: 'CIS' }],
      topics: [{ name: 'alerts', subscriptions: [{ protocol: 'email', confirmed: false }, { protocol: 'https', confirmed: true }] }],
      accessAnalyzers: [{ name: 'acct', type: 'ACCOUNT', activeFindings: [{ resource: 'arn:aws:s3:::open-logs', resourceType: 'AWS::S3::Bucket' }] }],
    },
    'eu-west-1': { buckets: [{ name: 'eu-logs', publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } }] },
  },
}

async function failure(p: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await p
  } catch (err) {
    return err as Error
  }
  assert.fail('expected the call to fail')
}

describe('aws-server: governance services', () => {
  let server: AwsServer
  before(async () => {
    server = await startAwsServer({ account })
  })
  after(() => server.close())

  it('S3: location, policy payload, ACL with xsi:type grantees, logging, not-configured errors', async () => {
    const s3 = new S3Client({ ...clientConfig(server), forcePathStyle: true })
    assert.equal((await s3.send(new GetBucketLocationCommand({ Bucket: 'open-logs' }))).LocationConstraint, undefined)
    assert.equal((await s3.send(new GetBucketLocationCommand({ Bucket: 'eu-logs' }))).LocationConstraint, 'eu-west-1')
    assert.equal((await failure(s3.send(new GetBucketLocationCommand({ Bucket: 'nobody' })))).name, 'NoSuchBucket')
    assert.equal(JSON.parse((await s3.send(new GetBucketPolicyCommand({ Bucket: 'open-logs' }))).Policy!).Statement[0].Principal, '*')
    const acl = await s3.send(new GetBucketAclCommand({ Bucket: 'open-logs' }))
    assert.deepEqual(acl.Grants?.map((g) => [g.Grantee?.Type, g.Permission]), [['CanonicalUser', 'FULL_CONTROL'], ['Group', 'READ']])
    assert.equal(acl.Grants?.[1]?.Grantee?.URI, 'http://acs.amazonaws.com/groups/global/AllUsers')
    assert.equal((await s3.send(new GetBucketLoggingCommand({ Bucket: 'open-logs' }))).LoggingEnabled?.TargetBucket, 'access-logs')
    assert.equal((await failure(s3.send(new GetPublicAccessBlockCommand({ Bucket: 'open-logs' })))).name, 'NoSuchPublicAccessBlockConfiguration')
    const eu = new S3Client({ ...clientConfig(server, 'eu-west-1'), forcePathStyle: true })
    assert.equal((await eu.send(new GetPublicAccessBlockCommand({ Bucket: 'eu-logs' }))).PublicAccessBlockConfiguration?.RestrictPublicBuckets, true)
    assert.equal((await failure(eu.send(new GetBucketPolicyCommand({ Bucket: 'eu-logs' })))).name, 'NoSuchBucketPolicy')
    assert.ok(server.calls.actions().includes('s3:GetBucketPublicAccessBlock'))
    assert.deepEqual((await s3.send(new ListBucketsCommand({ BucketRegion: 'eu-west-1' }))).Buckets?.map((b) => [b.Name, b.BucketRegion]), [['eu-logs', 'eu-west-1']])
    assert.equal((await s3.send(new GetBucketOwnershipControlsCommand({ Bucket: 'open-logs' }))).OwnershipControls?.Rules?.[0]?.ObjectOwnership, 'BucketOwnerEnforced')
    assert.equal((await s3.send(new GetBucketEncryptionCommand({ Bucket: 'open-logs' }))).ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm, 'AES256')
  })

  it('Config: recorder, status and delivery status', async () => {
    const c = new ConfigServiceClient(clientConfig(server))
    assert.equal((await c.send(new DescribeConfigurationRecordersCommand({}))).ConfigurationRecorders?.[0]?.recordingGroup?.allSupported, true)
    assert.equal((await c.send(new DescribeConfigurationRecorderStatusCommand({}))).ConfigurationRecordersStatus?.[0]?.recording, false)
    assert.equal((await c.send(new DescribeDeliveryChannelStatusCommand({}))).DeliveryChannelsStatus?.[0]?.configHistoryDeliveryInfo?.lastStatus, 'Failure')
    assert.deepEqual((await new ConfigServiceClient(clientConfig(server, 'eu-west-1')).send(new DescribeConfigurationRecordersCommand({}))).ConfigurationRecorders, [])
  })

  it('Organizations: organization, SCPs with FullAWSAccess, targets', async () => {
    const o = new OrganizationsClient(clientConfig(server))
    assert.equal((await o.send(new DescribeOrganizationCommand({}))).Organization?.MasterAccountId, ACCOUNT)
    const policies = (await o.send(new ListPoliciesCommand({ Filter: 'SERVICE_CONTROL_POLICY' }))).Policies ?? []
    assert.deepEqual(policies.map((p) => [p.Name, p.AwsManaged]), [['FullAWSAccess', true], ['guardrails', false]])
    assert.equal((await o.send(new ListTargetsForPolicyCommand({ PolicyId: 'p-guard' }))).Targets?.[0]?.Type, 'ORGANIZATIONAL_UNIT')
  })

  it('Macie not enabled is an AccessDeniedException; Security Hub answers DescribeHub where subscribed', async () => {
    const err = await failure(new Macie2Client(clientConfig(server)).send(new GetMacieSessionCommand({})))
    assert.equal(err.name, 'AccessDeniedException')
    assert.match(err.message, /Macie is not enabled/)
    assert.match((await new SecurityHubClient(clientConfig(server)).send(new DescribeHubCommand({}))).HubArn ?? '', /hub\/default$/)
    assert.equal((await failure(new SecurityHubClient(clientConfig(server, 'eu-west-1')).send(new DescribeHubCommand({})))).name, 'InvalidAccessException')
  })

  it('Account: the security contact', async () => {
    const out = await new AccountClient(clientConfig(server)).send(new GetAlternateContactCommand({ AlternateContactType: 'SECURITY' }))
    assert.equal(out.AlternateContact?.PhoneNumber, '+1-555-0100')
    assert.equal((await failure(new AccountClient(clientConfig(server)).send(new GetAlternateContactCommand({ AlternateContactType: 'BILLING' })))).name, 'ResourceNotFoundException')
  })

  it('Access Analyzer findings, metric filters and SNS subscriptions', async () => {
    const f = await new AccessAnalyzerClient(clientConfig(server)).send(new ListFindingsV2Command({ analyzerArn: `arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer/acct`, filter: { status: { eq: ['ACTIVE'] } } }))
    assert.deepEqual(f.findings?.map((x) => x.resource), ['arn:aws:s3:::open-logs'])
    const m = await new CloudWatchLogsClient(clientConfig(server)).send(new DescribeMetricFiltersCommand({}))
    assert.equal(m.metricFilters?.[0]?.metricTransformations?.[0]?.metricName, 'RootUse')
    const s = await new SNSClient(clientConfig(server)).send(new ListSubscriptionsByTopicCommand({ TopicArn: `arn:aws:sns:us-east-1:${ACCOUNT}:alerts` }))
    assert.deepEqual(s.Subscriptions?.map((x) => x.SubscriptionArn === 'PendingConfirmation'), [true, false])
  })
})
