import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { GetAccountPasswordPolicyCommand, IAMClient } from '@aws-sdk/client-iam'
import { iamAccountCollector, mapIamAccount, mapPasswordPolicy } from './iam-account.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

describe('mapPasswordPolicy / mapIamAccount', () => {
  it('keeps the settings and fills IAM defaults for absent members', () => {
    assert.deepEqual(mapPasswordPolicy({ MinimumPasswordLength: 14, RequireSymbols: true, MaxPasswordAge: 90, PasswordReusePrevention: 24 }), {
      minimumPasswordLength: 14,
      requireSymbols: true,
      requireNumbers: false,
      requireUppercaseCharacters: false,
      requireLowercaseCharacters: false,
      allowUsersToChangePassword: false,
      expirePasswords: true,
      maxPasswordAge: 90,
      passwordReusePrevention: 24,
      hardExpiry: false,
    })
    assert.equal(mapPasswordPolicy({}).minimumPasswordLength, 6)
  })

  it('no policy (NoSuchEntity) is null; a failure is null and unresolved', () => {
    assert.equal(mapIamAccount({ ok: false, absent: true }, TEST_ACCOUNT).passwordPolicy, null)
    assert.equal(mapIamAccount({ ok: false, absent: true }, TEST_ACCOUNT).unresolved, undefined)
    const denied = mapIamAccount({ ok: false, absent: false, reason: 'AccessDenied (iam:GetAccountPasswordPolicy)' }, TEST_ACCOUNT)
    assert.deepEqual(denied.unresolved, { passwordPolicy: 'AccessDenied (iam:GetAccountPasswordPolicy)' })
    assert.equal(denied.region, 'global')
    assert.equal(denied.id, `${TEST_ACCOUNT}/iam`)
  })
})

describe('iam.account collector (mocked SDK)', () => {
  const iam = mockClient(IAMClient)
  afterEach(() => iam.reset())

  it('reads the password policy', async () => {
    iam.on(GetAccountPasswordPolicyCommand).resolves({ PasswordPolicy: { MinimumPasswordLength: 16, RequireNumbers: true } })
    const r = await iamAccountCollector.collect(testContext(), TEST_REGION, {})
    const [account] = r.resources['iam.account']!
    assert.equal(account!.passwordPolicy?.minimumPasswordLength, 16)
    assert.equal(account!.passwordPolicy?.requireNumbers, true)
  })

  it('NoSuchEntity means no custom policy', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('NoSuchEntity', 404))
    const r = await iamAccountCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.resources['iam.account']![0]!.passwordPolicy, null)
    assert.deepEqual(r.gaps, [])
  })

  it('AccessDenied leaves the policy unresolved, never "no policy"', async () => {
    iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('AccessDenied', 403))
    const r = await iamAccountCollector.collect(testContext(), TEST_REGION, {})
    assert.match(r.resources['iam.account']![0]!.unresolved?.passwordPolicy ?? '', /^AccessDenied \(iam:GetAccountPasswordPolicy\)/)
  })
})
