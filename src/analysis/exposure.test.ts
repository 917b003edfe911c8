import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { computeExposure } from './exposure.js'
import { renderExposureLines } from '../reporters/exposure-text.js'
import { addResources, emptyInventory, type Inventory } from '../core/inventory.js'
import { ACCOUNT, apiGatewayRoute, fnArn, iamRole, iamUser, lambdaFunction, sqsQueue } from '../../test/factories/index.js'
import { deepFreeze } from '../../test/deep-freeze.js'

function inventory(build: (inv: Inventory) => void): Inventory {
  const inv = emptyInventory({ kind: 'aws', accountId: ACCOUNT, regions: ['us-east-1'] }, '2026-11-27T00:00:00Z')
  for (const t of ['iam.role', 'iam.user', 'iam.group', 'iam.policy', 'apigateway.route', 'sqs.queue'] as const) inv.resources[t] = []
  build(inv)
  return deepFreeze(inv)
}

describe('computeExposure', () => {
  it('a public URL, a public trigger, an open API route, an unscoped service, deployers and an admin role', () => {
    const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:in`
    const inv = inventory((inv) => {
      addResources(inv, 'lambda.function', [
        lambdaFunction({
          url: { authType: 'NONE', url: 'https://abc.lambda-url.us-east-1.on.aws/' },
          eventSourceMappings: [{ uuid: 'm', eventSourceArn: QUEUE }],
          policy: { Version: '2012-10-17', Statement: [{ Sid: 'S3', Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: fnArn('orders') }] },
        }),
        lambdaFunction({ name: 'quiet' }),
      ])
      addResources(inv, 'iam.role', [iamRole({ attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' }] }), iamRole({ name: 'quiet-role' })])
      addResources(inv, 'iam.user', [iamUser({ inlinePolicies: [{ name: 'dev', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'lambda:UpdateFunctionCode', Resource: '*' }] } }] })])
      addResources(inv, 'apigateway.route', [apiGatewayRoute({ authorizationType: 'NONE' })])
      addResources(inv, 'sqs.queue', [sqsQueue({ name: 'in', policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: QUEUE }] } })])
    })
    const [orders, quiet] = computeExposure(inv)
    assert.equal(orders!.internetReachable, true)
    assert.deepEqual(orders!.invokers.map((i) => `${i.via}:${i.public}`).sort(), ['api-route:true', 'event-source:true', 'function-url:true', 'resource-policy:false'])
    assert.match(orders!.invokers.find((i) => i.via === 'resource-policy')!.who, /s3\.amazonaws\.com for any source/)
    // The administrator execution role can change the function too: that is a fact, not a finding.
    assert.deepEqual(orders!.changers.map((c) => `${c.kind} ${c.principal} ${c.notes.join('|')}`), [`user arn:aws:iam::${ACCOUNT}:user/alice without MFA`, `role arn:aws:iam::${ACCOUNT}:role/orders-role `])
    assert.equal(orders!.role?.admin, 'yes')
    assert.deepEqual(orders!.role?.services, ['*'])
    assert.deepEqual(orders!.unknowns, [])

    assert.equal(quiet!.internetReachable, false)
    assert.deepEqual(quiet!.invokers, [])
    assert.equal(quiet!.role?.admin, 'no')
    assert.deepEqual(quiet!.role?.services, ['logs'])

    const text = renderExposureLines([orders!, quiet!]).join('\n')
    assert.match(text, /INTERNET-REACHABLE FUNCTIONS \(1\)/)
    assert.ok(text.includes('orders (us-east-1)') && !text.includes('quiet (us-east-1)'))
    assert.ok(renderExposureLines([orders!, quiet!], { verbose: true }).join('\n').includes('quiet (us-east-1)'))
    assert.deepEqual(renderExposureLines([quiet!]), [])
  })

  it('says what it could not know instead of guessing', () => {
    const inv = emptyInventory({ kind: 'aws', accountId: ACCOUNT, regions: ['us-east-1'] })
    addResources(inv, 'lambda.function', [lambdaFunction({ policy: null, unresolved: { policy: 'AccessDenied (lambda:GetPolicy)' } })])
    const [e] = computeExposure(inv)
    assert.deepEqual(e!.unknowns.map((u) => u.split(':')[0]), ['resource policy', 'API Gateway routes not collected', 'IAM users, groups, roles and policies not all collected', 'IAM roles not collected'])
    assert.equal(e!.role, undefined)
    assert.deepEqual(computeExposure(emptyInventory({ kind: 'aws', regions: [] })), [])
  })
})
