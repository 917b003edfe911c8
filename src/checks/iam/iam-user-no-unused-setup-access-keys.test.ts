import check from './iam-user-no-unused-setup-access-keys.js'
import { testCheck } from '../../../test/check-tester.js'
import { credentialEntry } from '../../../test/factories/index.js'

const neverUsed = { slot: 2 as const, active: true, lastRotated: '2024-01-10T09:05:00.000Z' }

testCheck(check, {
  valid: [
    { name: 'the key was used', resource: credentialEntry() },
    { name: 'no key at all', resource: credentialEntry({ accessKeys: [] }) },
    { name: 'a never-used key that is deactivated', resource: credentialEntry({ accessKeys: [{ ...neverUsed, active: false }] }) },
  ],
  invalid: [{ name: 'a never-used active key next to a used one', resource: credentialEntry({ accessKeys: [...credentialEntry().accessKeys, neverUsed] }), messageId: 'unused', at: 'accessKeys' }],
  unknown: [
    { name: 'credential report denied', resource: credentialEntry(), gaps: [{ resourceType: 'iam.credential-report-entry', region: 'global', code: 'AccessDenied', message: 'denied' }] },
    { name: 'key columns unreadable', resource: credentialEntry({ unresolved: { accessKeys: 'ParseError' } }) },
  ],
  skip: [{ name: 'programmatic user', resource: credentialEntry({ passwordEnabled: false, accessKeys: [neverUsed] }) }],
})
