import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand, KMSClient, ListKeysCommand, paginateListKeys } from '@aws-sdk/client-kms'
import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail'
import { CloudWatchLogsClient, DescribeLogGroupsCommand, paginateDescribeLogGroups } from '@aws-sdk/client-cloudwatch-logs'
import { CloudWatchClient, DescribeAlarmsCommand, paginateDescribeAlarms } from '@aws-sdk/client-cloudwatch'
import { GetQueueAttributesCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs'
import { startAwsServer, type AwsServer } from './server.js'
import { ACCOUNT, clientConfig, smallAccount } from './test-support.js'
import { arns } from './fixture.js'

async function failure(p: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await p
  } catch (err) {
    return err as Error
  }
  assert.fail('expected the call to fail')
}

describe('aws-server: JSON RPC (KMS, CloudTrail, Logs, CloudWatch, SQS)', () => {
  let server: AwsServer
  before(async () => {
    server = await startAwsServer({ account: smallAccount() })
  })
  after(() => server.close())

  it('KMS pages ListKeys with Marker/Truncated and answers key metadata, rotation and policy', async () => {
    const kms = new KMSClient(clientConfig(server))
    const ids: string[] = []
    for await (const page of paginateListKeys({ client: kms }, {})) ids.push(...(page.Keys ?? []).map((k) => k.KeyId!))
    assert.deepEqual(ids, ['k1', 'k2', 'k3', 'k4'])
    const first = await kms.send(new ListKeysCommand({}))
    assert.equal(first.Truncated, true)
    assert.ok(first.NextMarker)

    const meta = (await kms.send(new DescribeKeyCommand({ KeyId: arns.key('us-east-1', ACCOUNT, 'k3') }))).KeyMetadata!
    assert.equal(meta.KeyManager, 'AWS')
    assert.ok(meta.CreationDate instanceof Date)
    assert.equal((await kms.send(new GetKeyRotationStatusCommand({ KeyId: 'k1' }))).KeyRotationEnabled, false)
    assert.equal((await kms.send(new GetKeyRotationStatusCommand({ KeyId: 'k2' }))).KeyRotationEnabled, true)
    assert.equal((await kms.send(new GetKeyRotationStatusCommand({ KeyId: 'k3' }))).KeyRotationEnabled, true)
    assert.equal((await failure(kms.send(new GetKeyRotationStatusCommand({ KeyId: 'k4' })))).name, 'UnsupportedOperationException')
    assert.equal((await failure(kms.send(new DescribeKeyCommand({ KeyId: 'nope' })))).name, 'NotFoundException')
    const policy = JSON.parse((await kms.send(new GetKeyPolicyCommand({ KeyId: 'k1', PolicyName: 'default' }))).Policy!)
    assert.equal(policy.Statement[0].Principal.AWS, `arn:aws:iam::${ACCOUNT}:root`)
    server.deny({ action: 'kms:GetKeyPolicy', resource: 'k2' })
    try {
      assert.equal((await failure(kms.send(new GetKeyPolicyCommand({ KeyId: 'k2' })))).name, 'AccessDeniedException')
      assert.ok(await kms.send(new GetKeyPolicyCommand({ KeyId: 'k1' })))
    } finally {
      server.clearDenials()
      kms.destroy()
    }
  })

  it('CloudTrail shows a multi-region trail as a shadow trail elsewhere; status and selectors need its ARN there', async () => {
    const home = new CloudTrailClient(clientConfig(server))
    const eu = new CloudTrailClient(clientConfig(server, 'eu-west-1'))
    try {
      const trails = (await eu.send(new DescribeTrailsCommand({}))).trailList!
      assert.deepEqual(trails.map((t) => [t.Name, t.HomeRegion, t.IsMultiRegionTrail]), [['main', 'us-east-1', true]])
      assert.deepEqual((await eu.send(new DescribeTrailsCommand({ includeShadowTrails: false }))).trailList, [])
      const arn = trails[0]!.TrailARN!
      assert.equal((await eu.send(new GetTrailStatusCommand({ Name: arn }))).IsLogging, true)
      assert.equal((await failure(eu.send(new GetTrailStatusCommand({ Name: 'main' })))).name, 'TrailNotFoundException')
      const sel = await home.send(new GetEventSelectorsCommand({ TrailName: 'main' }))
      assert.deepEqual(sel.EventSelectors?.[0]?.DataResources, [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }])
      server.setFaults([{ throttle: 1, match: { service: 'cloudtrail' } }])
      assert.equal((await failure(home.send(new DescribeTrailsCommand({})))).name, 'ThrottlingException')
    } finally {
      server.setFaults([])
      home.destroy()
      eu.destroy()
    }
  })

  it('Logs DescribeLogGroups filters by prefix and pages with nextToken', async () => {
    const logs = new CloudWatchLogsClient(clientConfig(server))
    const names: string[] = []
    for await (const page of paginateDescribeLogGroups({ client: logs }, { logGroupNamePrefix: '/aws/lambda/' })) names.push(...(page.logGroups ?? []).map((g) => g.logGroupName!))
    assert.deepEqual(names, ['/aws/lambda/api', '/aws/lambda/f0', '/aws/lambda/f1'])
    const api = (await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/aws/lambda/api' }))).logGroups![0]!
    assert.equal(api.retentionInDays, 14)
    assert.equal((await failure(logs.send(new DescribeLogGroupsCommand({ limit: 51 })))).name, 'InvalidParameterException')
    logs.destroy()
  })

  it('CloudWatch DescribeAlarms (JSON 1.0, query-compatible) pages metric alarms; errors keep their query names', async () => {
    const cw = new CloudWatchClient(clientConfig(server))
    const alarms = []
    for await (const page of paginateDescribeAlarms({ client: cw }, {})) alarms.push(...(page.MetricAlarms ?? []))
    assert.deepEqual(alarms.map((a) => a.AlarmName), ['errors-api', 'math', 'errors-f2'])
    assert.deepEqual(alarms[0]!.Dimensions, [{ Name: 'FunctionName', Value: 'api' }])
    assert.ok(alarms[0]!.StateUpdatedTimestamp instanceof Date)
    assert.equal(alarms[1]!.Metrics?.[1]?.MetricStat?.Metric?.Dimensions?.[0]?.Value, 'f1')
    assert.equal((await cw.send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'errors-' }))).MetricAlarms?.length, 2)
    server.setFaults([{ throttle: 1, match: { service: 'monitoring' } }])
    try {
      assert.equal((await failure(cw.send(new DescribeAlarmsCommand({})))).name, 'Throttling')
    } finally {
      server.setFaults([])
    }
    server.deny({ action: 'cloudwatch:DescribeAlarms' })
    try {
      assert.equal((await failure(cw.send(new DescribeAlarmsCommand({})))).name, 'AccessDenied')
    } finally {
      server.clearDenials()
      cw.destroy()
    }
  })

  it('SQS resolves a queue URL on this server, returns attributes, and names a missing queue QueueDoesNotExist', async () => {
    const sqs = new SQSClient(clientConfig(server))
    const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: 'dlq' }))
    assert.equal(QueueUrl, `${server.url}/${ACCOUNT}/dlq`)
    const attrs = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['All'] }))).Attributes!
    assert.equal(attrs.QueueArn, arns.queue('us-east-1', ACCOUNT, 'dlq'))
    assert.equal(attrs.KmsMasterKeyId, 'alias/aws/sqs')
    assert.equal(JSON.parse(attrs.Policy!).Statement[0].Principal.Service, 'sns.amazonaws.com')
    const picked = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!
    assert.deepEqual(Object.keys(picked), ['QueueArn'])
    const missing = await failure(sqs.send(new GetQueueUrlCommand({ QueueName: 'nope' })))
    assert.equal(missing.name, 'QueueDoesNotExist')
    assert.equal((missing as unknown as { Code?: string }).Code, 'AWS.SimpleQueueService.NonExistentQueue')
    sqs.destroy()
  })
})
