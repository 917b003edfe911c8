import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { inventoryDrift, type ResourceDrift } from '../../src/store/drift.js'
import { diffFindings } from '../../src/store/findings-diff.js'
import { addResources, emptyInventory, type Inventory } from '../../src/core/inventory.js'
import type { Finding } from '../../src/core/finding.js'
import type { LambdaFunction } from '../../src/model/lambda.js'
import type { IamRole, IamManagedPolicy } from '../../src/model/iam.js'
import { lambdaFunction, iamRole, managedPolicy, roleArn } from '../factories/index.js'

function inv(fns: LambdaFunction[], roles: IamRole[] = [], policies: IamManagedPolicy[] = []): Inventory {
  const i = emptyInventory({ kind: 'aws', accountId: '111122223333', regions: ['us-east-1'] })
  addResources(i, 'lambda.function', fns)
  addResources(i, 'iam.role', roles)
  addResources(i, 'iam.policy', policies)
  return i
}

const base = lambdaFunction({ environment: { KEEP: 'h1', CHANGE: 'h2', DROP: 'h3' }, layers: [{ arn: 'arn:aws:lambda:us-east-1:111122223333:layer:a:1' }], url: { authType: 'AWS_IAM' }, policy: { Version: '2012-10-17', Statement: [{ Sid: 'api', Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'lambda:InvokeFunction' }] } })

// One change per tracked Lambda field, with the field path drift must report for it.
const LAMBDA_CASES: [string, Partial<LambdaFunction>, string[]][] = [
  ['runtime', { runtime: 'python3.9' }, ['runtime']],
  ['execution role', { role: roleArn('other') }, ['role']],
  ['env var added', { environment: { ...base.environment, NEW: 'x' } }, ['environment.NEW']],
  ['env var removed', { environment: { KEEP: 'h1', CHANGE: 'h2' } }, ['environment.DROP']],
  ['env var changed', { environment: { ...base.environment, CHANGE: 'h9' } }, ['environment.CHANGE']],
  ['KMS key', { kmsKeyArn: undefined }, ['kmsKeyArn']],
  ['VPC subnets', { vpc: { ...base.vpc!, subnetIds: ['subnet-a', 'subnet-z'] } }, ['vpc.subnetIds']],
  ['security groups', { vpc: { ...base.vpc!, securityGroupIds: ['sg-2'] } }, ['vpc.securityGroupIds']],
  ['layers', { layers: [{ arn: 'arn:aws:lambda:us-east-1:999999999999:layer:x:3' }] }, ['layers']],
  ['code signing config', { codeSigningConfigArn: null }, ['codeSigningConfigArn']],
  ['policy statement added', { policy: { Version: '2012-10-17', Statement: [...base.policy!.Statement, { Sid: 'pub', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction' }] } }, ['policy[pub]']],
  ['URL auth', { url: { authType: 'NONE' } }, ['url.authType']],
  ['reserved concurrency', { reservedConcurrency: 500 }, ['reservedConcurrency']],
  ['code', { codeSha256: 'new=' }, ['codeSha256']],
]

describe('configuration drift', () => {
  for (const [name, change, fields] of LAMBDA_CASES) {
    it(`reports a Lambda ${name} change exactly once`, () => {
      const drift = inventoryDrift(inv([base]), inv([{ ...base, ...change }]))
      assert.equal(drift.length, 1)
      assert.equal(drift[0]!.change, 'modified')
      assert.deepEqual(drift[0]!.fields.map((f) => f.field), fields)
    })
  }
  it('never puts an environment value into the drift', () => {
    const drift = inventoryDrift(inv([base]), inv([{ ...base, environment: { ...base.environment, CHANGE: 'topsecret' } }]))
    assert.ok(!JSON.stringify(drift).includes('topsecret'))
    assert.ok(!JSON.stringify(drift).includes('h2'))
  })
  it('reports added and removed functions', () => {
    const other = lambdaFunction({ name: 'other' })
    const drift = inventoryDrift(inv([base]), inv([other]))
    assert.deepEqual(drift.map((d: ResourceDrift) => [d.name, d.change]).sort(), [['orders', 'removed'], ['other', 'added']])
  })
  it('a field one scan did not read or collect (a narrower selection of checks) is not drift', async () => {
    const { withoutDetails } = await import('../../src/sources/aws/collectors/lambda-function-details.js')
    const narrow = withoutDetails(base, ['get-function', 'policy', 'url', 'code-signing', 'event-invoke', 'event-source-mappings'])
    assert.deepEqual(inventoryDrift(inv([base]), inv([narrow])), [])
    assert.deepEqual(inventoryDrift(inv([narrow]), inv([base])), [])
    // What both read still counts.
    assert.deepEqual(inventoryDrift(inv([base]), inv([{ ...narrow, runtime: 'python3.9' }]))[0]!.fields.map((f) => f.field), ['runtime'])
  })
  it('reports nothing for identical inventories', () => {
    assert.deepEqual(inventoryDrift(inv([base], [iamRole()]), inv([structuredClone(base)], [iamRole()])), [])
  })
  it('reports role trust, inline, attached and boundary changes once each', () => {
    const role = iamRole()
    const changed = iamRole({
      trustPolicy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: 'sts:AssumeRole' }] },
      inlinePolicies: [{ name: 'logs', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } }],
      attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }],
      permissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/boundary',
    })
    const drift = inventoryDrift(inv([], [role]), inv([], [changed]))
    assert.equal(drift.length, 1)
    assert.deepEqual(drift[0]!.fields.map((f) => f.field).sort(), ['attachedPolicies', 'inlinePolicies[logs]', 'permissionsBoundaryArn', 'trustPolicy'])
  })
  it('reports a managed policy whose document changed', () => {
    const p = managedPolicy({ name: 'app', document: { Version: '2012-10-17', Statement: [{ Sid: 'r', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } })
    const q = { ...p, document: { Version: '2012-10-17', Statement: [{ Sid: 'r', Effect: 'Allow' as const, Action: 's3:*', Resource: '*' }] } }
    const drift = inventoryDrift(inv([], [], [p]), inv([], [], [q]))
    assert.deepEqual(drift.map((d) => d.fields.map((f) => f.field)), [['document[r]']])
  })
})

describe('findings diff', () => {
  const f = (checkId: string, resourceId: string, status: Finding['status'] = 'fail'): Finding => ({
    checkId, resourceId, status, severity: 'high', title: 't', resourceType: 'lambda.function', resourceName: resourceId, region: 'us-east-1', messageId: 'm', message: 'm', data: {},
  })
  it('splits failing findings into new, resolved and unchanged', () => {
    const d = diffFindings([f('a', 'r1'), f('b', 'r1'), f('c', 'r1', 'pass')], [f('b', 'r1'), f('c', 'r1'), f('a', 'r2')])
    assert.deepEqual(d.new.map((x) => `${x.checkId}/${x.resourceId}`).sort(), ['a/r2', 'c/r1'])
    assert.deepEqual(d.resolved.map((x) => `${x.checkId}/${x.resourceId}`), ['a/r1'])
    assert.deepEqual(d.unchanged.map((x) => `${x.checkId}/${x.resourceId}`), ['b/r1'])
  })
  it('ignores muted findings', () => {
    const muted = { ...f('a', 'r1'), muted: { reason: 'accepted' } }
    assert.equal(diffFindings([], [muted]).new.length, 0)
  })
})
