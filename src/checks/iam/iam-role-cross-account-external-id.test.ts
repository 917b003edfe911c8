import check from './iam-role-cross-account-external-id.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, iamRole } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'
import { principalListingDenied, cfnRoleCases, tfRoleCases, type RoleTemplate } from '../../../test/builders/principal-policy.js'

const trust = (...Statement: PolicyStatement[]) => ({ Version: '2012-10-17', Statement })
const assume = (extra: Partial<PolicyStatement>): PolicyStatement => ({ Effect: 'Allow', Action: 'sts:AssumeRole', ...extra })
const VENDOR = '444455556666'
const withExternalId = { StringEquals: { 'sts:ExternalId': 'a1b2c3' } }

// Templates: a role that passes and one that fails.
const GOOD_ROLE: RoleTemplate = { trust: trust(assume({ Principal: { AWS: `arn:aws:iam::${VENDOR}:root` }, Condition: { StringEquals: { 'sts:ExternalId': 'x1' } } })) }
const BAD_ROLE: RoleTemplate = { trust: trust(assume({ Principal: { AWS: `arn:aws:iam::${VENDOR}:root` } })) }

testCheck(check, {
  valid: [
    { name: 'service trust only', resource: iamRole() },
    { name: 'own account', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } })) }) },
    { name: 'vendor with an external id', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: VENDOR }, Condition: withExternalId })) }) },
    { name: 'vendor role ARN with an external id', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: `arn:aws:iam::${VENDOR}:role/integration` }, Condition: withExternalId })) }) },
    { name: 'another account of ours, trusted by option', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: VENDOR } })) }), options: { trustedAccounts: [VENDOR] } },
    { name: 'another account, MFA required', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: VENDOR }, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })) }) },
  ],
  invalid: [
    { name: 'vendor account without external id', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: `arn:aws:iam::${VENDOR}:root` } })) }), messageId: 'no-external-id', at: 'trustPolicy' },
    { name: 'a named vendor role without external id', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: `arn:aws:iam::${VENDOR}:role/integration` } })) }), messageId: 'no-external-id' },
    { name: 'external id only under IfExists (absent key passes)', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: VENDOR }, Condition: { StringEqualsIfExists: { 'sts:ExternalId': 'a1b2c3' } } })) }), messageId: 'no-external-id' },
    { name: '* narrowed to a foreign account by condition', resource: iamRole({ trustPolicy: trust(assume({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:PrincipalAccount': VENDOR } } })) }), messageId: 'no-external-id' },
  ],
  unknown: [
    { name: 'roles could not be listed', resource: iamRole(), gaps: [principalListingDenied('role')] },
    { name: 'trust policy could not be decoded', resource: iamRole({ unresolved: { trustPolicy: 'ParseError' } }) },
  ],
  skip: [{ name: 'open to everyone', resource: iamRole({ trustPolicy: trust(assume({ Principal: '*' })) }) }],
  iac: { cloudformation: cfnRoleCases(GOOD_ROLE, BAD_ROLE), terraform: tfRoleCases(GOOD_ROLE, BAD_ROLE) },
})
