import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { GetAccountAuthorizationDetailsCommand, IAMClient, paginateGetAccountAuthorizationDetails } from '@aws-sdk/client-iam'
import { GetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns'
import {
  DescribeNatGatewaysCommand,
  DescribeRegionsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  EC2Client,
  paginateDescribeSubnets,
} from '@aws-sdk/client-ec2'
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

describe('aws-server: query (IAM, STS, SNS) and EC2 query', () => {
  let server: AwsServer
  before(async () => {
    server = await startAwsServer({ account: smallAccount() })
  })
  after(() => server.close())

  it('STS GetCallerIdentity names the account', async () => {
    const sts = new STSClient(clientConfig(server))
    const out = await sts.send(new GetCallerIdentityCommand({}))
    assert.equal(out.Account, ACCOUNT)
    assert.equal(out.Arn, `arn:aws:iam::${ACCOUNT}:user/scanner`)
    sts.destroy()
  })

  it('IAM GetAccountAuthorizationDetails pages with IsTruncated/Marker and URL-encodes documents', async () => {
    const iam = new IAMClient(clientConfig(server))
    server.calls.clear()
    const roles: string[] = []
    const policies: string[] = []
    let docs = ''
    for await (const page of paginateGetAccountAuthorizationDetails({ client: iam }, {})) {
      roles.push(...(page.RoleDetailList ?? []).map((r) => r.RoleName!))
      policies.push(...(page.Policies ?? []).map((p) => p.Arn!))
      for (const r of page.RoleDetailList ?? []) docs += (r.RolePolicyList ?? []).map((p) => p.PolicyDocument).join('')
      const r0 = page.RoleDetailList?.find((r) => r.RoleName === 'r0')
      if (r0) {
        assert.ok(!r0.AssumeRolePolicyDocument!.includes('{'), 'trust policy is URL-encoded')
        assert.equal(JSON.parse(decodeURIComponent(r0.AssumeRolePolicyDocument!)).Statement[0].Principal.Service, 'lambda.amazonaws.com')
        assert.deepEqual(r0.AttachedManagedPolicies, [{ PolicyName: 'AdministratorAccess', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }])
      }
    }
    assert.deepEqual(roles, ['r0', 'r1', 'r2'])
    assert.deepEqual(policies, ['arn:aws:iam::aws:policy/AdministratorAccess', arns.policy(ACCOUNT, 'custom')])
    assert.equal(JSON.parse(decodeURIComponent(docs)).Statement[0].Resource, 'arn:aws:s3:::b/a+b c%/*')
    // 1 user + 1 group + 3 roles + 2 policies in pages of 2.
    assert.equal(server.calls.count({ operation: 'GetAccountAuthorizationDetails' }), 4)
    const rolesOnly = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Role'], MaxItems: 100 }))
    assert.equal(rolesOnly.UserDetailList?.length, 0)
    assert.equal(rolesOnly.RoleDetailList?.length, 2)
    assert.equal(rolesOnly.IsTruncated, true)
    iam.destroy()
  })

  it('IAM AccessDenied and Throttling come back with the names the SDK expects', async () => {
    const iam = new IAMClient(clientConfig(server))
    server.deny({ action: 'iam:GetAccountAuthorizationDetails' })
    try {
      const err = await failure(iam.send(new GetAccountAuthorizationDetailsCommand({})))
      assert.equal(err.name, 'AccessDenied')
      assert.equal(err.$metadata?.httpStatusCode, 403)
    } finally {
      server.clearDenials()
    }
    server.setFaults([{ throttle: 1, match: { service: 'iam' } }])
    try {
      assert.equal((await failure(iam.send(new GetAccountAuthorizationDetailsCommand({})))).name, 'Throttling')
    } finally {
      server.setFaults([])
      iam.destroy()
    }
  })

  it('SNS GetTopicAttributes returns the attribute map; a missing topic is NotFound', async () => {
    const sns = new SNSClient(clientConfig(server))
    const out = await sns.send(new GetTopicAttributesCommand({ TopicArn: arns.topic('us-east-1', ACCOUNT, 'ops') }))
    assert.equal(out.Attributes?.SubscriptionsConfirmed, '2')
    assert.equal(JSON.parse(out.Attributes!.Policy!).Statement[0].Condition.StringEquals['AWS:SourceOwner'], ACCOUNT)
    const err = await failure(sns.send(new GetTopicAttributesCommand({ TopicArn: arns.topic('us-east-1', ACCOUNT, 'nope') })))
    assert.equal(err.name, 'NotFoundException')
    assert.equal((err as unknown as { Code?: string }).Code, 'NotFound')
    assert.equal(err.$metadata?.httpStatusCode, 404)
    server.deny({ action: 'sns:GetTopicAttributes' })
    try {
      assert.equal((await failure(sns.send(new GetTopicAttributesCommand({ TopicArn: arns.topic('us-east-1', ACCOUNT, 'ops') })))).name, 'AuthorizationErrorException')
    } finally {
      server.clearDenials()
      sns.destroy()
    }
  })

  it('EC2 DescribeRegions lists enabled regions, and not-opted-in ones only with AllRegions', async () => {
    const ec2 = new EC2Client(clientConfig(server))
    const enabled = await ec2.send(new DescribeRegionsCommand({}))
    assert.deepEqual(enabled.Regions?.map((r) => [r.RegionName, r.OptInStatus]), [
      ['eu-west-1', 'opt-in-not-required'],
      ['us-east-1', 'opt-in-not-required'],
      ['us-west-2', 'opt-in-not-required'],
    ])
    const all = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }))
    assert.deepEqual(all.Regions?.find((r) => r.RegionName === 'ap-east-1')?.OptInStatus, 'not-opted-in')
    const ap = new EC2Client(clientConfig(server, 'ap-east-1'))
    assert.equal((await failure(ap.send(new DescribeVpcsCommand({})))).name, 'AuthFailure')
    ap.destroy()
    ec2.destroy()
  })

  it('EC2 Describe* return the XML shapes, filters and NextToken paging', async () => {
    const ec2 = new EC2Client(clientConfig(server))
    const vpcs = await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'tag:Name', Values: ['main'] }] }))
    assert.deepEqual(vpcs.Vpcs?.map((v) => [v.VpcId, v.CidrBlock, v.IsDefault, v.Tags?.[0]?.Value]), [['vpc-1', '10.0.0.0/16', false, 'main']])

    const all = await ec2.send(new DescribeSubnetsCommand({}))
    assert.equal(all.Subnets?.length, 6, 'without MaxResults EC2 returns everything')
    assert.equal(all.NextToken, undefined)
    let pages = 0
    const ids: string[] = []
    for await (const page of paginateDescribeSubnets({ client: ec2, pageSize: 1000 }, { Filters: [{ Name: 'vpc-id', Values: ['vpc-1', 'vpc-2'] }] })) {
      pages++
      ids.push(...(page.Subnets ?? []).map((s) => s.SubnetId!))
    }
    assert.equal(pages, 2)
    assert.equal(ids.length, 6)
    const one = await ec2.send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-1'] }))
    assert.deepEqual([one.Subnets?.[0]?.AvailabilityZone, one.Subnets?.[0]?.MapPublicIpOnLaunch, one.Subnets?.[0]?.VpcId], ['us-east-1a', true, 'vpc-1'])
    assert.equal((await failure(ec2.send(new DescribeSubnetsCommand({ SubnetIds: ['subnet-x'] })))).name, 'InvalidSubnetID.NotFound')
    assert.equal((await failure(ec2.send(new DescribeSubnetsCommand({ MaxResults: 2 })))).name, 'InvalidParameterValue')
    assert.equal((await failure(ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'no-such-filter', Values: ['x'] }] })))).name, 'InvalidParameterValue')

    const rts = await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'association.subnet-id', Values: ['subnet-1'] }] }))
    assert.equal(rts.RouteTables?.length, 1)
    const pub = rts.RouteTables![0]!
    assert.deepEqual(pub.Routes?.map((r) => [r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock, r.GatewayId]), [['0.0.0.0/0', 'igw-1'], ['::/0', 'igw-1']])
    assert.deepEqual(pub.Associations?.map((a) => [a.SubnetId, a.Main]), [['subnet-1', false]])
    const main = (await ec2.send(new DescribeRouteTablesCommand({ RouteTableIds: ['rtb-main'] }))).RouteTables![0]!
    assert.equal(main.Associations?.[0]?.Main, true)
    assert.equal(main.Routes?.[1]?.NatGatewayId, 'nat-1')

    const sg = (await ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: ['sg-1'] }))).SecurityGroups![0]!
    assert.deepEqual(sg.IpPermissions?.[0]?.UserIdGroupPairs?.map((p) => p.GroupId), ['sg-2'])
    assert.equal(sg.IpPermissions?.[0]?.FromPort, 443)
    assert.equal(sg.IpPermissionsEgress?.[0]?.IpProtocol, '-1')
    assert.deepEqual(sg.IpPermissionsEgress?.[0]?.IpRanges?.map((r) => r.CidrIp), ['0.0.0.0/0'])
    assert.deepEqual(sg.IpPermissionsEgress?.[0]?.Ipv6Ranges?.map((r) => r.CidrIpv6), ['::/0'])

    const nat = await ec2.send(new DescribeNatGatewaysCommand({ Filter: [{ Name: 'vpc-id', Values: ['vpc-1'] }] }))
    assert.deepEqual(nat.NatGateways?.map((n) => [n.NatGatewayId, n.SubnetId, n.State]), [['nat-1', 'subnet-1', 'available']])

    server.deny({ action: 'ec2:DescribeVpcs' })
    try {
      const denied = await failure(ec2.send(new DescribeVpcsCommand({})))
      assert.equal(denied.name, 'UnauthorizedOperation')
      assert.equal(denied.$metadata?.httpStatusCode, 403)
    } finally {
      server.clearDenials()
    }
    server.setFaults([{ throttle: 1, match: { service: 'ec2' } }])
    try {
      assert.equal((await failure(ec2.send(new DescribeVpcsCommand({})))).name, 'RequestLimitExceeded')
    } finally {
      server.setFaults([])
      ec2.destroy()
    }
  })
})
