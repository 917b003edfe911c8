import check from './iam-root-no-access-keys.js'
import { testCheck, evaluateCase } from '../../../test/check-tester.js'
import { credentialEntry, rootCredentialEntry } from '../../../test/factories/index.js'
import { it } from 'node:test'
import assert from 'node:assert/strict'

const key = (slot: 1 | 2, active: boolean) => ({ slot, active, lastRotated: '2021-01-01T00:00:00.000Z' })

testCheck(check, {
  valid: [{ name: 'no root keys', resource: rootCredentialEntry() }],
  invalid: [
    { name: 'an active root key', resource: rootCredentialEntry({ accessKeys: [key(1, true)] }), messageId: 'active', at: 'accessKeys', count: 1 },
    { name: 'two keys, one active', resource: rootCredentialEntry({ accessKeys: [key(1, false), key(2, true)] }), messageId: 'active' },
    { name: 'an inactive key that still exists', resource: rootCredentialEntry({ accessKeys: [key(2, false)] }), messageId: 'inactive' },
  ],
  unknown: [
    { name: 'the credential report could not be read', resource: rootCredentialEntry(), gaps: [{ resourceType: 'iam.credential-report-entry', region: 'global', code: 'AccessDenied', message: 'iam:GenerateCredentialReport was denied' }] },
    { name: 'the root keys could not be read', resource: rootCredentialEntry({ unresolved: { accessKeys: 'ParseError' } }) },
  ],
})

it('iam-root-no-access-keys: says nothing about IAM users', () => {
  assert.deepEqual(evaluateCase(check, { name: 'user', resource: credentialEntry({ accessKeys: [key(1, true)] }) }), [])
})
