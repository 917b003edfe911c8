import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { GetLayerVersionPolicyCommand, LambdaClient, ListLayersCommand, ListLayerVersionsCommand } from '@aws-sdk/client-lambda'
import { lambdaLayerCollector, mapLambdaLayer } from './lambda-layer.js'
import { absent, failed } from '../outcome.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const layerArn = (name: string, account = TEST_ACCOUNT) => `arn:aws:lambda:${TEST_REGION}:${account}:layer:${name}`
const publicPolicy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'pub', Effect: 'Allow', Principal: '*', Action: 'lambda:GetLayerVersion', Resource: `${layerArn('shared')}:2` }] })
const where = { region: TEST_REGION, accountId: TEST_ACCOUNT }

describe('mapLambdaLayer', () => {
  it('maps versions with their policies; absent policy → null; failed → unresolved at the version path', () => {
    const l = mapLambdaLayer(
      { LayerName: 'shared', LayerArn: layerArn('shared') },
      {
        ok: true,
        value: [
          { item: { Version: 2, LayerVersionArn: `${layerArn('shared')}:2`, CompatibleRuntimes: ['nodejs22.x'], CreatedDate: '2026-01-01' }, policy: { ok: true, value: { Policy: publicPolicy } } },
          { item: { Version: 1, LayerVersionArn: `${layerArn('shared')}:1` }, policy: absent },
          { item: { Version: 0, LayerVersionArn: `${layerArn('shared')}:0` }, policy: failed('AccessDenied (lambda:GetLayerVersionPolicy)') },
        ],
      },
      where,
    )
    assert.equal(l.id, layerArn('shared'))
    assert.equal(l.name, 'shared')
    assert.equal(l.versions[0]!.policy?.Statement[0]!.Principal, '*')
    assert.deepEqual(l.versions[0]!.compatibleRuntimes, ['nodejs22.x'])
    assert.equal(l.versions[1]!.policy, null)
    assert.equal(l.versions[2]!.policy, null)
    assert.deepEqual(l.unresolved, { 'versions.2.policy': 'AccessDenied (lambda:GetLayerVersionPolicy)' })
  })

  it('versions that could not be listed are unresolved, not an empty list that looks clean', () => {
    const l = mapLambdaLayer({ LayerName: 'x', LayerArn: layerArn('x') }, failed('Throttled (lambda:ListLayerVersions)'), where)
    assert.deepEqual(l.versions, [])
    assert.equal(l.unresolved?.versions, 'Throttled (lambda:ListLayerVersions)')
  })
})

describe('lambda.layer collector (mocked SDK)', () => {
  const lambda = mockClient(LambdaClient)
  afterEach(() => lambda.reset())

  it('lists own layers and every version, with one policy call per version', async () => {
    lambda.on(ListLayersCommand).resolves({ Layers: [{ LayerName: 'shared', LayerArn: layerArn('shared') }], NextMarker: 'n' })
    lambda.on(ListLayersCommand, { Marker: 'n' }).resolves({ Layers: [{ LayerName: 'foreign', LayerArn: layerArn('foreign', '999988887777') }] })
    lambda.on(ListLayerVersionsCommand).resolves({ LayerVersions: [{ Version: 2, LayerVersionArn: `${layerArn('shared')}:2` }], NextMarker: 'v' })
    lambda.on(ListLayerVersionsCommand, { Marker: 'v' }).resolves({ LayerVersions: [{ Version: 1, LayerVersionArn: `${layerArn('shared')}:1` }] })
    lambda.on(GetLayerVersionPolicyCommand).rejects(awsError('ResourceNotFoundException', 404))
    lambda.on(GetLayerVersionPolicyCommand, { VersionNumber: 2 }).resolves({ Policy: publicPolicy })
    const ctx = testContext()
    const r = await lambdaLayerCollector.collect(ctx, TEST_REGION, {})
    const layers = r.resources['lambda.layer']!
    assert.deepEqual(
      layers.map((l) => l.name),
      ['shared'],
    )
    assert.deepEqual(
      layers[0]!.versions.map((v) => [v.version, v.policy === null]),
      [
        [2, false],
        [1, true],
      ],
    )
    assert.equal(ctx.callCounts()['lambda:GetLayerVersionPolicy'], 2)
    for (const a of Object.keys(ctx.callCounts())) assert.ok(lambdaLayerCollector.actions.includes(a), a)
  })

  it('AccessDenied on ListLayers is a gap', async () => {
    lambda.on(ListLayersCommand).rejects(awsError('AccessDeniedException', 403))
    const r = await lambdaLayerCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
    assert.match(r.gaps[0]!.message, /lambda:ListLayers/)
  })
})
