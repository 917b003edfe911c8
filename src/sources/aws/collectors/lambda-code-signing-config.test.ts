import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { GetCodeSigningConfigCommand, LambdaClient } from '@aws-sdk/client-lambda'
import { lambdaCodeSigningConfigCollector, mapCodeSigningConfig } from './lambda-code-signing-config.js'
import { lambdaFunction } from '../../../../test/factories/index.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const cscArn = (id: string) => `arn:aws:lambda:${TEST_REGION}:${TEST_ACCOUNT}:code-signing-config:${id}`

describe('mapCodeSigningConfig', () => {
  it('maps policy and publishers; a missing policy means Warn (the AWS default)', () => {
    const c = mapCodeSigningConfig(
      { CodeSigningConfigId: 'csc-1', CodeSigningConfigArn: cscArn('csc-1'), AllowedPublishers: { SigningProfileVersionArns: ['arn:aws:signer:us-east-1:1:/signing-profiles/p/1'] }, CodeSigningPolicies: { UntrustedArtifactOnDeployment: 'Enforce' }, LastModified: '' },
      { region: TEST_REGION, accountId: TEST_ACCOUNT },
    )
    assert.equal(c.untrustedArtifactOnDeployment, 'Enforce')
    assert.deepEqual(c.allowedPublisherProfileArns, ['arn:aws:signer:us-east-1:1:/signing-profiles/p/1'])
    const w = mapCodeSigningConfig({ CodeSigningConfigId: 'c2', CodeSigningConfigArn: cscArn('c2'), AllowedPublishers: { SigningProfileVersionArns: [] }, CodeSigningPolicies: undefined as never, LastModified: '' }, { region: TEST_REGION, accountId: TEST_ACCOUNT })
    assert.equal(w.untrustedArtifactOnDeployment, 'Warn')
  })
})

describe('lambda.code-signing-config collector (mocked SDK)', () => {
  const lambda = mockClient(LambdaClient)
  afterEach(() => lambda.reset())

  it('reads each config the region’s functions reference once; a missing one is absent; a denied one is a gap', async () => {
    lambda.on(GetCodeSigningConfigCommand, { CodeSigningConfigArn: cscArn('a') }).resolves({ CodeSigningConfig: { CodeSigningConfigId: 'a', CodeSigningConfigArn: cscArn('a'), AllowedPublishers: { SigningProfileVersionArns: [] }, CodeSigningPolicies: {}, LastModified: '' } })
    lambda.on(GetCodeSigningConfigCommand, { CodeSigningConfigArn: cscArn('gone') }).rejects(awsError('ResourceNotFoundException', 404))
    lambda.on(GetCodeSigningConfigCommand, { CodeSigningConfigArn: cscArn('secret') }).rejects(awsError('AccessDeniedException', 403))
    const fns = [
      lambdaFunction({ name: 'f1', codeSigningConfigArn: cscArn('a') }),
      lambdaFunction({ name: 'f2', codeSigningConfigArn: cscArn('a') }),
      lambdaFunction({ name: 'f3', codeSigningConfigArn: cscArn('gone') }),
      lambdaFunction({ name: 'f4', codeSigningConfigArn: cscArn('secret') }),
      lambdaFunction({ name: 'f5', codeSigningConfigArn: null }),
    ]
    const r = await lambdaCodeSigningConfigCollector.collect(testContext(), TEST_REGION, { 'lambda.function': fns })
    assert.equal(lambda.commandCalls(GetCodeSigningConfigCommand).length, 3)
    assert.deepEqual(
      r.resources['lambda.code-signing-config']!.map((c) => c.id),
      [cscArn('a')],
    )
    assert.equal(r.gaps.length, 1)
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
    assert.match(r.gaps[0]!.message, /secret/)
  })

  it('makes no call when no function uses code signing', async () => {
    const r = await lambdaCodeSigningConfigCollector.collect(testContext(), TEST_REGION, { 'lambda.function': [lambdaFunction({ codeSigningConfigArn: null })] })
    assert.equal(lambda.commandCalls(GetCodeSigningConfigCommand).length, 0)
    assert.deepEqual(r, { resources: {}, gaps: [] })
  })
})
