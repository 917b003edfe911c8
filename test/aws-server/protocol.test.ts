import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startAwsServer, isDenied, type AwsServer } from './server.js'
import { nestForm } from './protocols/wire.js'
import { smallAccount } from './test-support.js'

/** A SigV4-shaped header: the server reads the credential scope and does not verify signatures. */
const auth = (service: string, region = 'us-east-1') => `AWS4-HMAC-SHA256 Credential=AKIDTEST/20240115/${region}/${service}/aws4_request, SignedHeaders=host, Signature=00`

describe('aws-server: protocol layer', () => {
  let server: AwsServer
  before(async () => {
    server = await startAwsServer({ account: smallAccount() })
  })
  after(() => server.close())

  it('accepts CloudTrail’s long X-Amz-Target form', async () => {
    const r = await fetch(server.url, {
      method: 'POST',
      headers: { authorization: auth('cloudtrail'), 'x-amz-target': 'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.DescribeTrails', 'content-type': 'application/x-amz-json-1.1' },
      body: '{}',
    })
    assert.equal(r.status, 200)
    assert.equal(((await r.json()) as { trailList: { Name: string }[] }).trailList[0]?.Name, 'main')
  })

  it('refuses unsigned requests and names unimplemented operations in the call log', async () => {
    assert.equal((await fetch(`${server.url}/2015-03-31/functions`)).status, 400)
    server.calls.clear()
    const r = await fetch(`${server.url}/2015-03-31/functions/f0/aliases`, { headers: { authorization: auth('lambda') } })
    assert.equal(r.status, 400)
    assert.equal(r.headers.get('x-amzn-errortype'), 'UnknownOperationException')
    const q = await fetch(server.url, { method: 'POST', headers: { authorization: auth('iam'), 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=DeleteRole&Version=2010-05-08&RoleName=r0' })
    assert.match(await q.text(), /<Code>InvalidAction<\/Code>/)
    assert.deepEqual(server.calls.records.map((c) => [c.action, c.errorCode]), [
      ['lambda:GET /2015-03-31/functions/f0/aliases', 'UnknownOperationException'],
      ['iam:DeleteRole', 'InvalidAction'],
    ])
    assert.deepEqual(server.calls.nonReads().map((c) => c.operation), ['GET /2015-03-31/functions/f0/aliases', 'DeleteRole'])
  })

  it('nests EC2 and query form members into lists and structures', () => {
    const ec2 = nestForm(new URLSearchParams('Action=DescribeSubnets&Filter.1.Name=vpc-id&Filter.1.Value.1=vpc-1&Filter.1.Value.2=vpc-2&Filter.2.Name=tag:Name&Filter.2.Value.1=a&SubnetId.1=s1'))
    assert.deepEqual(ec2, { Action: 'DescribeSubnets', Filter: [{ Name: 'vpc-id', Value: ['vpc-1', 'vpc-2'] }, { Name: 'tag:Name', Value: ['a'] }], SubnetId: ['s1'] })
    const iam = nestForm(new URLSearchParams('Filter.member.2=Role&Filter.member.1=User&MaxItems=10'))
    assert.deepEqual(iam, { Filter: { member: ['User', 'Role'] }, MaxItems: '10' })
  })

  it('matches deny rules by action glob, resource name or ARN, and region', () => {
    const rules = [{ action: 'lambda:GetPolicy', resource: 'f3' }, { action: 'kms:*', region: 'eu-west-1' }]
    assert.equal(isDenied(rules, 'lambda:GetPolicy', 'arn:aws:lambda:us-east-1:1:function:f3', 'us-east-1'), true)
    assert.equal(isDenied(rules, 'lambda:GetPolicy', 'f4', 'us-east-1'), false)
    assert.equal(isDenied(rules, 'lambda:GetFunction', 'f3', 'us-east-1'), false)
    assert.equal(isDenied(rules, 'kms:DescribeKey', 'k1', 'eu-west-1'), true)
    assert.equal(isDenied(rules, 'kms:DescribeKey', 'k1', 'us-east-1'), false)
  })
})
