import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand, KMSClient, ListKeysCommand, type KeyMetadata } from '@aws-sdk/client-kms'
import { kmsKeyCollector, mapKmsKey, rotationApplies } from './kms-key.js'
import { absent, failed } from '../outcome.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const keyArn = (id: string) => `arn:aws:kms:${TEST_REGION}:${TEST_ACCOUNT}:key/${id}`
const cmk: KeyMetadata = { KeyId: 'k1', Arn: keyArn('k1'), KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyUsage: 'ENCRYPT_DECRYPT', Origin: 'AWS_KMS', KeyState: 'Enabled' }
const where = { region: TEST_REGION, accountId: TEST_ACCOUNT }

describe('rotationApplies', () => {
  it('only customer managed symmetric encryption keys with KMS key material, not pending deletion', () => {
    assert.equal(rotationApplies(cmk), true)
    assert.equal(rotationApplies({ ...cmk, KeyManager: 'AWS' }), false)
    assert.equal(rotationApplies({ ...cmk, KeySpec: 'RSA_2048' }), false)
    assert.equal(rotationApplies({ ...cmk, KeyUsage: 'GENERATE_VERIFY_MAC' }), false)
    assert.equal(rotationApplies({ ...cmk, Origin: 'EXTERNAL' }), false)
    assert.equal(rotationApplies({ ...cmk, KeyState: 'PendingDeletion' }), false)
  })
})

describe('mapKmsKey', () => {
  it('maps metadata, rotation and the default policy', () => {
    const k = mapKmsKey(
      { KeyId: 'k1', KeyArn: keyArn('k1') },
      { metadata: { ok: true, value: cmk }, rotation: { ok: true, value: { KeyRotationEnabled: true } }, policy: { ok: true, value: { Policy: '{"Version":"2012-10-17","Statement":[]}' } } },
      where,
    )
    assert.deepEqual(
      { id: k.id, keyId: k.keyId, manager: k.manager, keySpec: k.keySpec, keyUsage: k.keyUsage, keyState: k.keyState, rotationEnabled: k.rotationEnabled },
      { id: keyArn('k1'), keyId: 'k1', manager: 'CUSTOMER', keySpec: 'SYMMETRIC_DEFAULT', keyUsage: 'ENCRYPT_DECRYPT', keyState: 'Enabled', rotationEnabled: true },
    )
    assert.deepEqual(k.policy, { Version: '2012-10-17', Statement: [] })
    assert.equal(k.unresolved, undefined)
  })

  it('rotation that does not apply is null; denied calls are unresolved', () => {
    const aws = mapKmsKey({ KeyId: 'k2', KeyArn: keyArn('k2') }, { metadata: { ok: true, value: { ...cmk, KeyManager: 'AWS' } }, rotation: absent, policy: failed('AccessDenied (kms:GetKeyPolicy)') }, where)
    assert.equal(aws.manager, 'AWS')
    assert.equal(aws.rotationEnabled, null)
    assert.equal(aws.policy, undefined)
    assert.deepEqual(aws.unresolved, { policy: 'AccessDenied (kms:GetKeyPolicy)' })
    const denied = mapKmsKey({ KeyId: 'k3', KeyArn: keyArn('k3') }, { metadata: failed('AccessDenied (kms:DescribeKey)'), rotation: absent, policy: absent }, where)
    assert.equal(denied.unresolved?.manager, 'AccessDenied (kms:DescribeKey)')
    assert.equal(denied.unresolved?.rotationEnabled, 'AccessDenied (kms:DescribeKey)')
  })
})

describe('kms.key collector (mocked SDK)', () => {
  const kms = mockClient(KMSClient)
  afterEach(() => kms.reset())

  it('pages ListKeys, and asks for rotation only where it applies', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'k1', KeyArn: keyArn('k1') }], Truncated: true, NextMarker: 'n' })
    kms.on(ListKeysCommand, { Marker: 'n' }).resolves({ Keys: [{ KeyId: 'k2', KeyArn: keyArn('k2') }, { KeyId: 'k3', KeyArn: keyArn('k3') }], Truncated: false })
    kms.on(DescribeKeyCommand, { KeyId: keyArn('k1') }).resolves({ KeyMetadata: cmk })
    kms.on(DescribeKeyCommand, { KeyId: keyArn('k2') }).resolves({ KeyMetadata: { ...cmk, KeyId: 'k2', KeyManager: 'AWS' } })
    kms.on(DescribeKeyCommand, { KeyId: keyArn('k3') }).resolves({ KeyMetadata: { ...cmk, KeyId: 'k3', KeyState: 'PendingDeletion' } })
    kms.on(GetKeyPolicyCommand).resolves({ Policy: '{"Statement":[]}' })
    kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: false })
    const ctx = testContext()
    const r = await kmsKeyCollector.collect(ctx, TEST_REGION, {})
    const keys = r.resources['kms.key']!
    assert.deepEqual(
      keys.map((k) => [k.keyId, k.rotationEnabled]),
      [
        ['k1', false],
        ['k2', null],
        ['k3', null],
      ],
    )
    assert.equal(kms.commandCalls(GetKeyRotationStatusCommand).length, 1)
    assert.deepEqual(kms.commandCalls(GetKeyPolicyCommand)[0]!.args[0].input.PolicyName, 'default')
    assert.deepEqual(
      kms.commandCalls(ListKeysCommand).map((c) => c.args[0].input.Marker),
      [undefined, 'n'],
    )
  })

  it('AccessDenied on ListKeys is a gap', async () => {
    kms.on(ListKeysCommand).rejects(awsError('AccessDeniedException', 400))
    const r = await kmsKeyCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
  })
})
