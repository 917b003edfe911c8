import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { AccountClient, GetAlternateContactCommand } from '@aws-sdk/client-account'
import { accountAccountCollector } from './account-account.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

describe('account.account collector (mocked SDK)', () => {
  const acct = mockClient(AccountClient)
  afterEach(() => acct.reset())

  it('keeps which contact details are filled in, never the details', async () => {
    acct.on(GetAlternateContactCommand).resolves({ AlternateContact: { AlternateContactType: 'SECURITY', Name: 'Sec', EmailAddress: 'sec@example.com', PhoneNumber: '', Title: 'SecOps' } })
    const r = await accountAccountCollector.collect(testContext(), TEST_REGION, {})
    const a = r.resources['account.account']![0]!
    assert.deepEqual(a.securityContact, { hasName: true, hasEmail: true, hasPhone: false })
    assert.equal(a.region, 'global')
    assert.ok(!JSON.stringify(a).includes('sec@example.com'))
    assert.equal(acct.commandCalls(GetAlternateContactCommand)[0]!.args[0].input.AlternateContactType, 'SECURITY')
  })

  it('no contact (ResourceNotFoundException) is null; a denial is unresolved', async () => {
    acct.on(GetAlternateContactCommand).rejects(awsError('ResourceNotFoundException', 404))
    let a = (await accountAccountCollector.collect(testContext(), TEST_REGION, {})).resources['account.account']![0]!
    assert.equal(a.securityContact, null)
    assert.equal(a.unresolved, undefined)
    acct.reset()
    acct.on(GetAlternateContactCommand).rejects(awsError('AccessDeniedException', 403))
    a = (await accountAccountCollector.collect(testContext(), TEST_REGION, {})).resources['account.account']![0]!
    assert.equal(a.accountId, TEST_ACCOUNT)
    assert.match(a.unresolved!.securityContact!, /^AccessDenied/)
  })
})
