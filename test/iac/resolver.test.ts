import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parseTemplate } from '../../src/sources/cloudformation/template.js'
import { Resolver } from '../../src/sources/cloudformation/resolver.js'
import { isUnresolved, NO_VALUE } from '../../src/sources/cloudformation/values.js'
import { cidrSubnets } from '../../src/sources/cloudformation/cidr.js'

const TEMPLATE = `
Parameters:
  Env: { Type: String, Default: prod }
  Secret: { Type: String, NoEcho: true }
  Subnets: { Type: CommaDelimitedList, Default: 'subnet-1, subnet-2' }
  Mem: { Type: Number, Default: '512' }
  SsmValue: { Type: 'AWS::SSM::Parameter::Value<String>', Default: /orders/key }
Mappings:
  Sizes:
    prod: { memory: 1024 }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  HasSecret: !Not [!Equals [!Ref Secret, '']]
  ProdOrSecret: !Or [!Condition IsProd, !Condition HasSecret]
  DevAndSecret: !And [!Condition IsDev, !Condition HasSecret]
  Loop1: !Condition Loop2
  Loop2: !Condition Loop1
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: { FunctionName: !Sub 'orders-\${Env}' }
  Role:
    Type: AWS::IAM::Role
    Properties: { Path: /service/ }
  Queue:
    Type: AWS::SQS::Queue
  FifoQueue:
    Type: AWS::SQS::Queue
    Properties: { FifoQueue: true }
  Topic:
    Type: AWS::SNS::Topic
    Properties: { TopicName: alerts }
  Sg:
    Type: AWS::EC2::SecurityGroup
`

function resolver(parameters: Record<string, unknown> = {}) {
  const t = parseTemplate('t.yaml', TEMPLATE, 'shop')
  return new Resolver(t, { accountId: '111122223333', region: 'eu-west-1', partition: 'aws', parameters })
}

describe('intrinsic functions', () => {
  const r = resolver()
  it('Ref to parameters: default, command-line value, no default, list and number types', () => {
    assert.equal(r.resolve({ Ref: 'Env' }), 'prod')
    assert.equal(resolver({ Env: 'dev' }).resolve({ Ref: 'Env' }), 'dev')
    const secret = r.resolve({ Ref: 'Secret' })
    assert.ok(isUnresolved(secret) && secret.reason === '!Ref Secret (no default)')
    assert.deepEqual(r.resolve({ Ref: 'Subnets' }), ['subnet-1', 'subnet-2'])
    assert.equal(r.resolve({ Ref: 'Mem' }), 512)
    assert.ok(isUnresolved(r.resolve({ Ref: 'SsmValue' })), 'SSM-typed parameters are read at deploy time')
    assert.ok(isUnresolved(r.resolve({ Ref: 'Nope' })))
  })
  it('pseudo parameters, and AWS::NoValue removes the key or item', () => {
    assert.deepEqual(r.resolve({ a: { Ref: 'AWS::AccountId' }, b: { Ref: 'AWS::Region' }, c: { Ref: 'AWS::Partition' }, d: { Ref: 'AWS::StackName' }, e: { Ref: 'AWS::URLSuffix' }, f: { Ref: 'AWS::NoValue' } }), {
      a: '111122223333',
      b: 'eu-west-1',
      c: 'aws',
      d: 'shop',
      e: 'amazonaws.com',
    })
    assert.deepEqual(r.resolve(['x', { Ref: 'AWS::NoValue' }]), ['x'])
    assert.equal(r.resolve({ Ref: 'AWS::NoValue' }), NO_VALUE)
  })
  it('Ref and GetAtt of resources give stable placeholders in AWS formats', () => {
    assert.equal(r.resolve({ Ref: 'Fn' }), 'orders-prod')
    assert.equal(r.resolve({ 'Fn::GetAtt': ['Fn', 'Arn'] }), 'arn:aws:lambda:eu-west-1:111122223333:function:orders-prod')
    assert.equal(r.resolve({ 'Fn::GetAtt': ['Role', 'Arn'] }), 'arn:aws:iam::111122223333:role/service/shop-Role')
    assert.equal(r.resolve({ Ref: 'Queue' }), 'https://sqs.eu-west-1.amazonaws.com/111122223333/shop-Queue')
    assert.equal(r.resolve({ 'Fn::GetAtt': ['Queue', 'Arn'] }), 'arn:aws:sqs:eu-west-1:111122223333:shop-Queue')
    assert.equal(r.resolve({ 'Fn::GetAtt': ['FifoQueue', 'QueueName'] }), 'shop-FifoQueue.fifo')
    assert.equal(r.resolve({ Ref: 'Topic' }), 'arn:aws:sns:eu-west-1:111122223333:alerts')
    assert.equal(r.resolve({ Ref: 'Sg' }), 'sg-shop-Sg')
    assert.equal(r.resolve({ 'Fn::GetAtt': 'Sg.GroupId' }), 'sg-shop-Sg')
  })
  it('Fn::Sub, both forms, with ${!Literal}', () => {
    assert.equal(r.resolve({ 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Env}-${Fn.Arn}/${!Keep}' }), 'arn:aws:s3:::prod-arn:aws:lambda:eu-west-1:111122223333:function:orders-prod/${Keep}')
    assert.equal(r.resolve({ 'Fn::Sub': ['${a}-${Env}', { a: { Ref: 'AWS::Region' } }] }), 'eu-west-1-prod')
    const u = r.resolve({ 'Fn::Sub': 'db-${Secret}' })
    assert.ok(isUnresolved(u) && u.reason.includes('Secret'))
  })
  it('Fn::Join, Fn::Select, Fn::Split, Fn::FindInMap, Fn::GetAZs, Fn::Cidr, Fn::Base64, Fn::Length, Fn::ToJsonString', () => {
    assert.equal(r.resolve({ 'Fn::Join': ['/', ['a', { Ref: 'Env' }]] }), 'a/prod')
    assert.equal(r.resolve({ 'Fn::Select': [1, { Ref: 'Subnets' }] }), 'subnet-2')
    assert.deepEqual(r.resolve({ 'Fn::Split': [',', 'a,b'] }), ['a', 'b'])
    assert.equal(r.resolve({ 'Fn::FindInMap': ['Sizes', { Ref: 'Env' }, 'memory'] }), 1024)
    assert.ok(isUnresolved(r.resolve({ 'Fn::FindInMap': ['Sizes', 'dev', 'memory'] })))
    assert.equal(r.resolve({ 'Fn::FindInMap': ['Sizes', 'dev', 'memory', { DefaultValue: 128 }] }), 128)
    assert.deepEqual(r.resolve({ 'Fn::Select': [1, { 'Fn::GetAZs': '' }] }), 'eu-west-1b')
    assert.deepEqual(r.resolve({ 'Fn::Cidr': ['10.0.0.0/16', 3, 8] }), ['10.0.0.0/24', '10.0.1.0/24', '10.0.2.0/24'])
    assert.equal(r.resolve({ 'Fn::Base64': 'hi' }), 'aGk=')
    assert.equal(r.resolve({ 'Fn::Length': [1, 2, 3] }), 3)
    assert.equal(r.resolve({ 'Fn::ToJsonString': { a: { Ref: 'Env' } } }), '{"a":"prod"}')
  })
  it('Fn::ImportValue is unresolved', () => {
    const v = r.resolve({ 'Fn::ImportValue': 'shared-vpc-id' })
    assert.ok(isUnresolved(v) && v.reason.includes('shared-vpc-id'))
  })
  it('conditions: Equals/And/Or/Not over resolvable values; unresolvable stays unresolved; cycles are reported', () => {
    assert.equal(r.condition('IsProd'), true)
    assert.equal(r.condition('IsDev'), false)
    assert.equal(r.condition('ProdOrSecret'), true, 'Or is true as soon as one branch is')
    assert.equal(r.condition('DevAndSecret'), false, 'And is false as soon as one branch is')
    assert.ok(isUnresolved(r.condition('HasSecret')))
    assert.ok(isUnresolved(r.condition('Loop1')))
    assert.ok(r.errors.some((e) => e.code === 'CIRCULAR'))
  })
  it('Fn::If picks the branch; an unknown condition is unresolved unless both branches agree', () => {
    assert.equal(r.resolve({ 'Fn::If': ['IsProd', 'big', 'small'] }), 'big')
    assert.equal(resolver({ Env: 'dev' }).resolve({ 'Fn::If': ['IsProd', 'big', 'small'] }), 'small')
    assert.ok(isUnresolved(r.resolve({ 'Fn::If': ['HasSecret', 'a', 'b'] })))
    assert.equal(r.resolve({ 'Fn::If': ['HasSecret', 'same', 'same'] }), 'same')
    assert.deepEqual(r.resolve({ k: { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, 1] } }), {})
  })
})

describe('Fn::Cidr', () => {
  it('splits IPv4 blocks and refuses what does not fit', () => {
    assert.deepEqual(cidrSubnets('10.20.0.0/16', 2, 8), ['10.20.0.0/24', '10.20.1.0/24'])
    assert.deepEqual(cidrSubnets('192.168.1.0/24', 4, 6), ['192.168.1.0/26', '192.168.1.64/26', '192.168.1.128/26', '192.168.1.192/26'])
    assert.equal(cidrSubnets('10.0.0.0/24', 2, 9), undefined)
    assert.equal(cidrSubnets('2001:db8::/56', 2, 64), undefined)
  })
})
