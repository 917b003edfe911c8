import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadIac, DEFAULT_IAC_OPTIONS } from '../../src/sources/iac/load.js'
import { loadSnippet } from './snippets.js'

const FN = (id: string, extra = '') => `
  ${id}:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: ${id.toLowerCase()}
      Runtime: nodejs22.x
      Handler: index.handler
      Role: !GetAtt Role.Arn
      Code: { ZipFile: x }${extra}`

describe('CloudFormation: Lambda joins', () => {
  const scan = loadSnippet(`
Parameters:
  Caller: { Type: String }
Conditions:
  Never: !Equals [a, b]
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Statement: { Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole } }
${FN('Api')}
${FN('Other')}
  CrossAccount:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Api, Action: lambda:InvokeFunction, Principal: '444455556666' }
  OrgOnly:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !GetAtt Api.Arn, Action: lambda:InvokeFunction, Principal: '*', PrincipalOrgID: o-abc }
  FromCaller:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Other, Action: lambda:InvokeFunction, Principal: !Ref Caller }
  Skipped:
    Type: AWS::Lambda::Permission
    Condition: Never
    Properties: { FunctionName: !Ref Api, Action: lambda:InvokeFunction, Principal: '*' }
  ApiConfig:
    Type: AWS::Lambda::EventInvokeConfig
    Properties: { FunctionName: !Ref Api, Qualifier: $LATEST, MaximumEventAgeInSeconds: 600, DestinationConfig: { OnFailure: { Destination: !GetAtt Dlq.Arn } } }
  Dlq:
    Type: AWS::SQS::Queue
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Other, EventSourceArn: !GetAtt Dlq.Arn, Enabled: false }
`)
  const fns = scan.inventory.resources['lambda.function']!
  const api = fns.find((f) => f.name === 'api')!
  const other = fns.find((f) => f.name === 'other')!
  it('defaults AWS applies when the template is silent', () => {
    assert.equal(api.tracingMode, 'PassThrough')
    assert.equal(api.reservedConcurrency, null)
    assert.equal(api.url, null)
    assert.equal(api.codeSigningConfigArn, null)
    assert.equal(api.memorySize, 128)
    assert.equal(api.timeout, 3)
    assert.deepEqual(api.architectures, ['x86_64'])
    assert.equal(other.policy === null || other.policy.Statement.length === 1, true)
  })
  it('permissions become the resource policy as Lambda writes it; a false Condition removes one', () => {
    assert.deepEqual(
      api.policy?.Statement.map((s) => [s.Sid, s.Principal, s.Condition ?? null]),
      [
        ['CrossAccount', { AWS: 'arn:aws:iam::444455556666:root' }, null],
        ['OrgOnly', '*', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }],
      ],
    )
    assert.equal(api.policy?.Statement[0]!.Resource, api.arn)
  })
  it('an unresolved principal taints exactly that statement', () => {
    assert.equal(other.policy?.Statement.length, 1)
    assert.match(other.unresolved?.['policy.Statement.0.Principal'] ?? '', /Caller \(no default\)/)
  })
  it('event invoke config and event source mappings', () => {
    assert.deepEqual(api.eventInvokeConfig, { onFailureDestination: 'arn:aws:sqs:us-east-1:123456789012:app-Dlq', maximumEventAgeInSeconds: 600 })
    assert.deepEqual(other.eventSourceMappings.map((m) => m.state), ['Disabled'])
  })
  it('the role in the template is joined; the log groups Lambda creates are not invented', () => {
    assert.equal(api.unresolved?.role, undefined)
    assert.match(api.unresolved?.['logging.logGroup'] ?? '', /not declared/)
  })
})

describe('CloudFormation: an unresolvable FunctionName taints the joined attribute of every function', () => {
  it('policy and url', () => {
    const scan = loadSnippet(`
Parameters:
  Target: { Type: String }
Resources:
${FN('A')}
${FN('B')}
  Role: { Type: AWS::IAM::Role, Properties: { AssumeRolePolicyDocument: { Statement: [] } } }
  P:
    Type: AWS::Lambda::Permission
    Properties: { FunctionName: !Ref Target, Action: lambda:InvokeFunction, Principal: '*' }
  U:
    Type: AWS::Lambda::Url
    Properties: { TargetFunctionArn: !Ref Target, AuthType: NONE }
`)
    for (const fn of scan.inventory.resources['lambda.function']!) {
      assert.match(fn.unresolved?.policy ?? '', /Target/)
      assert.match(fn.unresolved?.url ?? '', /Target/)
    }
  })
})

describe('CloudFormation: IAM', () => {
  const scan = loadSnippet(`
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      RoleName: app-role
      AssumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}'
      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess, arn:aws:iam::aws:policy/SomethingUnknown]
      PermissionsBoundary: arn:aws:iam::123456789012:policy/boundary
      Policies:
        - PolicyName: inline
          PolicyDocument: { Statement: { Effect: Allow, Action: 's3:*', Resource: '*' } }
  Extra:
    Type: AWS::IAM::Policy
    Properties: { PolicyName: extra, Roles: [!Ref Role], PolicyDocument: { Statement: [{ Effect: Allow, Action: sqs:SendMessage, Resource: '*' }] } }
  Direct:
    Type: AWS::IAM::RolePolicy
    Properties: { RoleName: app-role, PolicyName: direct, PolicyDocument: { Statement: [{ Effect: Allow, Action: sns:Publish, Resource: '*' }] } }
  Managed:
    Type: AWS::IAM::ManagedPolicy
    Properties: { Roles: [!Ref Role], PolicyDocument: { Statement: [{ Effect: Allow, Action: 'kms:*', Resource: '*' }] } }
`)
  const role = scan.inventory.resources['iam.role']![0]!
  it('trust policy (also as a JSON string), inline and joined policies, attachments, boundary', () => {
    assert.equal(role.arn, 'arn:aws:iam::123456789012:role/app-role')
    assert.equal(role.trustPolicy.Statement[0]!.Action, 'sts:AssumeRole')
    assert.deepEqual(role.inlinePolicies.map((p) => p.name), ['inline', 'extra', 'direct'])
    assert.equal(Array.isArray(role.inlinePolicies[0]!.document.Statement), true, 'a single statement object becomes a list')
    assert.deepEqual(role.attachedPolicies.map((p) => p.name), ['AdministratorAccess', 'SomethingUnknown', 'app-Managed'])
    assert.equal(role.permissionsBoundaryArn, 'arn:aws:iam::123456789012:policy/boundary')
  })
  it('AWS managed policies in the data file are added with their documents; others are unresolved on the role', () => {
    const policies = scan.inventory.resources['iam.policy']!
    const admin = policies.find((p) => p.name === 'AdministratorAccess')!
    assert.equal(admin.awsManaged, true)
    assert.deepEqual(admin.document.Statement, [{ Effect: 'Allow', Action: '*', Resource: '*' }])
    assert.equal(policies.find((p) => p.name === 'app-Managed')?.awsManaged, false)
    assert.match(role.unresolved?.['attachedPolicies.1'] ?? '', /SomethingUnknown/)
    assert.equal(role.unresolved?.['attachedPolicies.0'], undefined)
  })
})

describe('CloudFormation: networking', () => {
  const scan = loadSnippet(`
Resources:
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Public: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: us-east-1a, MapPublicIpOnLaunch: true } }
  Floating: { Type: AWS::EC2::Subnet, Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 } }
  Igw: { Type: AWS::EC2::InternetGateway }
  Table: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
  Default: { Type: AWS::EC2::Route, Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw } }
  Assoc: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { SubnetId: !Ref Public, RouteTableId: !Ref Table } }
  Open:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: open, VpcId: !Ref Vpc, SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }] }
  OpenMore:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !GetAtt Open.GroupId, IpProtocol: '-1', CidrIpv6: ::/0 }
  Closed:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: closed, VpcId: !Ref Vpc, SecurityGroupEgress: [{ IpProtocol: 6, FromPort: 443, ToPort: 443, DestinationPrefixListId: pl-123 }] }
`)
  const groups = scan.inventory.resources['ec2.security-group']!
  const open = groups.find((g) => g.id === 'sg-app-Open')!
  const closed = groups.find((g) => g.id === 'sg-app-Closed')!
  it('security groups: inline and separate rules; EC2 default allow-all egress unless SecurityGroupEgress is given', () => {
    assert.deepEqual(open.ingress.map((r) => [r.protocol, r.fromPort, r.ipv4Ranges, r.ipv6Ranges]), [['tcp', 22, ['0.0.0.0/0'], []], ['-1', undefined, [], ['::/0']]])
    assert.deepEqual(open.egress, [{ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], securityGroupIds: [], prefixListIds: [] }])
    assert.deepEqual(closed.egress.map((r) => [r.protocol, r.prefixListIds]), [['tcp', ['pl-123']]])
  })
  it('route tables with routes and associations, the VPC main table, subnets', () => {
    const tables = scan.inventory.resources['ec2.route-table']!
    const table = tables.find((t) => t.id === 'rtb-app-Table')!
    assert.deepEqual(table.subnetIds, ['subnet-app-Public'])
    assert.deepEqual(table.routes, [{ destination: '10.0.0.0/16', gatewayId: 'local' }, { destination: '0.0.0.0/0', gatewayId: 'igw-app-Igw' }])
    const main = tables.find((t) => t.main)!
    assert.deepEqual([main.vpcId, main.routes], ['vpc-app-Vpc', [{ destination: '10.0.0.0/16', gatewayId: 'local' }]])
    const subnets = scan.inventory.resources['ec2.subnet']!
    assert.equal(subnets.find((s) => s.id === 'subnet-app-Public')?.mapPublicIpOnLaunch, true)
    assert.match(subnets.find((s) => s.id === 'subnet-app-Floating')?.unresolved?.availabilityZone ?? '', /EC2 chooses/)
  })
})

describe('CloudFormation: keys, trails, queues, topics, log groups, alarms', () => {
  const scan = loadSnippet(`
Resources:
  Key: { Type: AWS::KMS::Key }
  Hmac: { Type: AWS::KMS::Key, Properties: { KeySpec: HMAC_256, KeyUsage: GENERATE_VERIFY_MAC } }
  Trail: { Type: AWS::CloudTrail::Trail, Properties: { IsLogging: true, S3BucketName: logs } }
  Queue: { Type: AWS::SQS::Queue }
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties: { Queues: [!Ref Queue], PolicyDocument: { Statement: [{ Effect: Allow, Principal: '*', Action: sqs:SendMessage, Resource: !GetAtt Queue.Arn }] } }
  Topic: { Type: AWS::SNS::Topic, Properties: { KmsMasterKeyId: alias/aws/sns } }
  Logs: { Type: AWS::Logs::LogGroup }
  Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties: { Namespace: AWS/Lambda, MetricName: Errors, Dimensions: [{ Name: FunctionName, Value: fn }], AlarmActions: [!Ref Topic] }
`)
  const r = scan.inventory.resources
  it('KMS: rotation defaults to off for symmetric keys and does not apply to HMAC keys; the default key policy', () => {
    const [key, hmac] = [r['kms.key']!.find((k) => k.id.endsWith('#Key'))!, r['kms.key']!.find((k) => k.id.endsWith('#Hmac'))!]
    assert.equal(key.rotationEnabled, false)
    assert.equal(hmac.rotationEnabled, null)
    assert.equal(key.policy?.Statement[0]!.Action, 'kms:*')
  })
  it('CloudTrail defaults: single region, no log file validation, management events only', () => {
    const t = r['cloudtrail.trail']![0]!
    assert.deepEqual([t.isMultiRegion, t.logFileValidation, t.isLogging, t.eventSelectors], [false, false, true, [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [] }]])
  })
  it('queue policy joined; SSE-SQS by default; topic key; log group without retention; alarm', () => {
    const q = r['sqs.queue']![0]!
    assert.equal(q.policy?.Statement[0]!.Principal, '*')
    assert.equal(q.sqsManagedSse, true)
    assert.equal(r['sns.topic']![0]!.kmsMasterKeyId, 'alias/aws/sns')
    assert.equal(r['logs.log-group']![0]!.retentionInDays, undefined)
    const a = r['cloudwatch.alarm']![0]!
    assert.deepEqual([a.metricName, a.dimensions, a.alarmActions, a.actionsEnabled], ['Errors', [{ name: 'FunctionName', value: 'fn' }], ['arn:aws:sns:us-east-1:123456789012:app-Topic'], true])
  })
})

describe('CloudFormation: a resource whose Condition cannot be evaluated', () => {
  it('is kept, and everything about it is unresolved', () => {
    const scan = loadSnippet(`
Parameters:
  Env: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Key: { Type: AWS::KMS::Key, Condition: IsProd, Properties: { EnableKeyRotation: true } }
`)
    const key = scan.inventory.resources['kms.key']![0]!
    assert.match(key.unresolved?.rotationEnabled ?? '', /exists only if condition IsProd/)
  })
})

describe('CloudFormation: nested stacks and CDK output', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clearsky-nested-'))
    mkdirSync(join(dir, 'stacks'))
    mkdirSync(join(dir, 'cdk.out', 'asset.abc123'), { recursive: true })
    writeFileSync(
      join(dir, 'root.yaml'),
      `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Retention: { Type: Number, Default: 30 }
Resources:
  Logs:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: stacks/logs.yaml
      Parameters: { Days: !Ref Retention, Name: orders }
  Remote:
    Type: AWS::CloudFormation::Stack
    Properties: { TemplateURL: https://s3.amazonaws.com/bucket/t.yaml }
`,
    )
    writeFileSync(
      join(dir, 'stacks', 'logs.yaml'),
      `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Days: { Type: Number }
  Name: { Type: String }
Resources:
  Group: { Type: AWS::Logs::LogGroup, Properties: { LogGroupName: !Sub '/app/\${Name}', RetentionInDays: !Ref Days } }
`,
    )
    writeFileSync(join(dir, 'cdk.out', 'Shop.template.json'), JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'cdk-q' } } } }))
    writeFileSync(join(dir, 'cdk.out', 'manifest.json'), JSON.stringify({ version: '36.0.0', artifacts: {} }))
    writeFileSync(join(dir, 'cdk.out', 'asset.abc123', 'template.yaml'), "AWSTemplateFormatVersion: '2010-09-09'\nResources: { X: { Type: AWS::SQS::Queue } }\n")
  })
  after(() => rmSync(dir, { recursive: true, force: true }))
  it('a local nested stack is scanned once, through its parent, with the parameters it passes', () => {
    const scan = loadIac([dir], DEFAULT_IAC_OPTIONS)
    assert.deepEqual(scan.errors, [])
    const groups = scan.inventory.resources['logs.log-group']!
    assert.equal(groups.length, 1)
    assert.deepEqual([groups[0]!.name, groups[0]!.retentionInDays], ['/app/orders', 30])
    assert.ok(scan.notes.some((n) => /Remote .*remote template/.test(n)))
  })
  it('cdk.out: templates are read, asset directories are not', () => {
    const scan = loadIac([dir], DEFAULT_IAC_OPTIONS)
    assert.deepEqual(scan.inventory.resources['sqs.queue']!.map((q) => q.name), ['cdk-q'])
  })
})
