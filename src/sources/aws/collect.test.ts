import { afterEach, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mockClient } from 'aws-sdk-client-mock'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { DescribeRegionsCommand, DescribeSubnetsCommand, DescribeVpcsCommand, EC2Client } from '@aws-sdk/client-ec2'
import { GetAccountAuthorizationDetailsCommand, IAMClient } from '@aws-sdk/client-iam'
import { GetFunctionCommand, LambdaClient, ListEventSourceMappingsCommand, ListFunctionsCommand } from '@aws-sdk/client-lambda'
import { GetQueueAttributesCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs'
import { collectAws } from './collect.js'
import { AwsSetupError } from './setup-errors.js'
import { DEFAULT_RATES, scaledRates } from './rates.js'
import { awsError, TEST_ACCOUNT } from './testing/fake-context.js'

const sts = mockClient(STSClient)
const ec2 = mockClient(EC2Client)
const iam = mockClient(IAMClient)
const lambda = mockClient(LambdaClient)
const sqs = mockClient(SQSClient)
const rates = scaledRates(DEFAULT_RATES, 1000)

before(() => {
  // A clean, offline credential chain: static keys from the environment, no files, no IMDS.
  const dir = mkdtempSync(join(tmpdir(), 'clearsky-collect-'))
  writeFileSync(join(dir, 'config'), '')
  writeFileSync(join(dir, 'credentials'), '')
  Object.assign(process.env, {
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    AWS_ACCESS_KEY_ID: 'AKIDCOLLECTTEST00000',
    AWS_SECRET_ACCESS_KEY: 'collect-test',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  })
  delete process.env.AWS_PROFILE
  delete process.env.AWS_DEFAULT_REGION
})

afterEach(() => {
  for (const m of [sts, ec2, iam, lambda, sqs]) m.reset()
})

function identity() {
  sts.on(GetCallerIdentityCommand).resolves({ Account: TEST_ACCOUNT, Arn: `arn:aws:iam::${TEST_ACCOUNT}:user/scanner`, UserId: 'AIDA' })
}

function recorder() {
  const calls: string[] = []
  return { calls, onCall: (action: string, region: string) => calls.push(`${action}@${region}`) }
}

describe('collectAws (mocked SDK)', () => {
  it('runs only the collectors the requested types need, in the default region', async () => {
    identity()
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [{ SubnetId: 'subnet-a', VpcId: 'vpc-1', AvailabilityZone: 'us-east-1a' }] })
    const rec = recorder()
    const inv = await collectAws({ resourceTypes: ['ec2.subnet'], rates, onCall: rec.onCall })
    assert.deepEqual(rec.calls, ['ec2:DescribeSubnets@us-east-1'])
    assert.deepEqual(inv.scope, { kind: 'aws', accountId: TEST_ACCOUNT, partition: 'aws', regions: ['us-east-1'] })
    assert.deepEqual(Object.keys(inv.resources), ['ec2.subnet'])
    assert.equal(inv.resources['ec2.subnet']![0]!.accountId, TEST_ACCOUNT)
    assert.equal(lambda.commandCalls(ListFunctionsCommand).length, 0)
    assert.equal(iam.commandCalls(GetAccountAuthorizationDetailsCommand).length, 0)
    assert.deepEqual(inv.gaps, [])
    assert.ok(!Number.isNaN(Date.parse(inv.collectedAt)))
  })

  it('collects global IAM once while regional types are collected in both regions', async () => {
    identity()
    ec2.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' }, { RegionName: 'eu-west-1', OptInStatus: 'opt-in-not-required' }] })
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [{ VpcId: 'vpc-1', IsDefault: true }] })
    iam.on(GetAccountAuthorizationDetailsCommand).resolves({ RoleDetailList: [{ RoleName: 'r', Arn: `arn:aws:iam::${TEST_ACCOUNT}:role/r`, AssumeRolePolicyDocument: '%7B%22Statement%22%3A%5B%5D%7D', RoleId: 'x', Path: '/', CreateDate: new Date() }], IsTruncated: false })
    const rec = recorder()
    const inv = await collectAws({ resourceTypes: ['iam.role', 'ec2.vpc'], regions: ['us-east-1', 'eu-west-1'], rates, onCall: rec.onCall })
    assert.equal(rec.calls.filter((c) => c.startsWith('iam:')).length, 1)
    assert.deepEqual(rec.calls.filter((c) => c.startsWith('ec2:DescribeVpcs')).sort(), ['ec2:DescribeVpcs@eu-west-1', 'ec2:DescribeVpcs@us-east-1'])
    assert.deepEqual(inv.scope.regions, ['us-east-1', 'eu-west-1'])
    assert.equal(inv.resources['iam.role']!.length, 1)
    assert.equal(inv.resources['iam.role']![0]!.region, 'global')
    assert.deepEqual(
      inv.resources['ec2.vpc']!.map((v) => v.region),
      ['eu-west-1', 'us-east-1'],
    )
  })

  it('skips an explicitly requested region that is not opted in, with a note', async () => {
    identity()
    ec2.on(DescribeRegionsCommand, { AllRegions: true }).resolves({ Regions: [{ RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' }, { RegionName: 'ap-east-1', OptInStatus: 'not-opted-in' }] })
    ec2.on(DescribeVpcsCommand).resolves({ Vpcs: [] })
    const rec = recorder()
    const inv = await collectAws({ resourceTypes: ['ec2.vpc'], regions: ['us-east-1', 'ap-east-1'], rates, onCall: rec.onCall })
    assert.deepEqual(inv.scope.regions, ['us-east-1'])
    assert.equal(inv.notes.length, 1)
    assert.match(inv.notes[0]!, /ap-east-1/)
    assert.ok(!rec.calls.some((c) => c.endsWith('@ap-east-1')), 'no call goes to the disabled region')
    assert.deepEqual(inv.gaps, [])
  })

  it('--all-regions scans the regions DescribeRegions lists as enabled', async () => {
    identity()
    ec2.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-west-2' }, { RegionName: 'eu-central-1' }] })
    ec2.on(DescribeSubnetsCommand).resolves({ Subnets: [] })
    const inv = await collectAws({ resourceTypes: ['ec2.subnet'], allRegions: true, rates })
    assert.equal(ec2.commandCalls(DescribeRegionsCommand)[0]!.args[0].input.AllRegions, undefined)
    assert.deepEqual(inv.scope.regions, ['eu-central-1', 'us-west-2'])
  })

  it('queues are looked up from the functions that name them when both are collected', async () => {
    identity()
    const fnArn = `arn:aws:lambda:us-east-1:${TEST_ACCOUNT}:function:f`
    // Everything per function answers "not found" except GetFunction.
    lambda.onAnyCommand().rejects(awsError('ResourceNotFoundException', 404))
    lambda.on(ListFunctionsCommand).resolves({ Functions: [{ FunctionName: 'f', FunctionArn: fnArn, Role: 'r', DeadLetterConfig: { TargetArn: `arn:aws:sqs:us-east-1:${TEST_ACCOUNT}:dlq` } }] })
    lambda.on(ListEventSourceMappingsCommand).resolves({})
    lambda.on(GetFunctionCommand).resolves({ Tags: {} })
    sqs.on(GetQueueUrlCommand).resolves({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/111122223333/dlq' })
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { SqsManagedSseEnabled: 'true' } })
    const inv = await collectAws({ resourceTypes: ['lambda.function', 'sqs.queue'], rates })
    assert.equal(inv.resources['sqs.queue']!.length, 1)
    assert.equal(inv.resources['lambda.function']!.length, 1)
    assert.deepEqual(inv.gaps, [])
  })

  it('a denied listing shows up as a gap in the inventory, never as an empty list', async () => {
    identity()
    ec2.on(DescribeSubnetsCommand).rejects(awsError('UnauthorizedOperation', 403))
    const inv = await collectAws({ resourceTypes: ['ec2.subnet'], rates })
    assert.equal(inv.resources['ec2.subnet'], undefined)
    assert.deepEqual(
      inv.gaps.map((g) => [g.resourceType, g.region, g.code]),
      [['ec2.subnet', 'us-east-1', 'AccessDenied']],
    )
  })

  it('without any region configured it fails with one clear line', async () => {
    const saved = process.env.AWS_REGION
    delete process.env.AWS_REGION
    try {
      await assert.rejects(collectAws({ resourceTypes: ['ec2.subnet'], rates }), (e: unknown) => e instanceof AwsSetupError && /--region/.test(e.message) && !e.message.includes('\n'))
    } finally {
      process.env.AWS_REGION = saved
    }
  })

  it('rejects a malformed region name before any call', async () => {
    await assert.rejects(collectAws({ resourceTypes: ['ec2.subnet'], regions: ['us-east-1; rm -rf'], rates }), AwsSetupError)
    assert.equal(sts.commandCalls(GetCallerIdentityCommand).length, 0)
  })

  it('credentials AWS rejects are a NoCredentialsError', async () => {
    sts.on(GetCallerIdentityCommand).rejects(awsError('InvalidClientTokenId', 403))
    await assert.rejects(collectAws({ resourceTypes: ['ec2.subnet'], rates }), { name: 'NoCredentialsError' })
  })
})
