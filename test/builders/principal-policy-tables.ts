/**
 * The tables shared by one rule checked on users, groups and roles alike: the cases differ
 * only in the kind of principal, so each check's test names its kind and, where its templates
 * differ, its own iac table.
 */
import type { PolicyStatement } from '../../src/model/common.js'
import type { CheckTests } from '../check-tester.js'
import { policyDoc } from './policy.js'
import { principal, principalListingDenied, type PolicyDocuments, type PrincipalKind } from './principal-policy.js'

type PrincipalCases<K extends PrincipalKind> = Omit<CheckTests<`iam.${K}`>, 'iac'>

/** iam-<kind>-inline-policy-not-admin: no inline policy grants every action on every resource. */
export function inlinePolicyNotAdminCases<K extends PrincipalKind>(kind: K): PrincipalCases<K> {
  const everything: PolicyStatement = { Effect: 'Allow', Action: '*', Resource: '*' }
  const scoped = { name: 'scoped', document: policyDoc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::reports/*' }) }
  const withPolicies = (...inlinePolicies: { name: string; document: ReturnType<typeof policyDoc> }[]) => principal(kind, { inlinePolicies })
  return {
    valid: [
      { name: 'a scoped inline policy', resource: withPolicies(scoped) },
      { name: 'no inline policies', resource: withPolicies() },
      { name: 'everything on one bucket only', resource: withPolicies({ name: 'bucket', document: policyDoc({ Effect: 'Allow', Action: '*', Resource: ['arn:aws:s3:::data', 'arn:aws:s3:::data/*'] }) }) },
    ],
    invalid: [
      { name: '* on *', resource: withPolicies(scoped, { name: 'all', document: policyDoc(everything) }), messageId: 'admin', at: 'inlinePolicies.1.document', count: 1 },
      { name: 'NotAction with a small exclusion', resource: withPolicies({ name: 'almost', document: policyDoc({ Effect: 'Allow', NotAction: ['aws-portal:*'], Resource: '*' }) }), messageId: 'admin' },
      { name: 'admin when MFA is present', resource: withPolicies({ name: 'mfa', document: policyDoc({ ...everything, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) }), messageId: 'admin-conditional' },
    ],
    unknown: [
      { name: `the ${kind}s could not be listed`, resource: principal(kind), gaps: [principalListingDenied(kind)] },
      { name: 'an inline policy that could not be decoded', resource: principal(kind, { inlinePolicies: [{ name: 'broken', document: policyDoc() }], unresolved: { 'inlinePolicies.0.document': 'ParseError' } }) },
    ],
  } as PrincipalCases<K>
}

/** Template documents for iam-<kind>-inline-policy-not-admin. */
export const NOT_ADMIN_DOCUMENTS: PolicyDocuments = {
  good: [
    policyDoc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::artifacts/*' }),
    policyDoc({ Effect: 'Allow', Action: 'dynamodb:*', Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders' }),
  ],
  bad: [
    policyDoc({ Effect: 'Allow', Action: '*', Resource: '*' }),
    policyDoc({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }, { Effect: 'Allow', Action: 'iam:*', Resource: '*' }),
  ],
}

const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'

/** kms-<kind>-inline-policy-no-decrypt-all-keys: no inline policy decrypts with every key. */
export function decryptAllKeysCases<K extends PrincipalKind>(kind: K): PrincipalCases<K> {
  const inline = (...Statement: PolicyStatement[]) => principal(kind, { inlinePolicies: [{ name: 'kms-access', document: { Version: '2012-10-17', Statement } }] })
  return {
    valid: [
      { name: 'no inline policy', resource: principal(kind, { inlinePolicies: [] }) },
      { name: 'decrypt on one named key', resource: inline({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY_ARN }) },
      { name: 'decrypt on every key only via S3', resource: inline({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }) },
      { name: 'encrypt only', resource: inline({ Effect: 'Allow', Action: ['kms:Encrypt', 'kms:GenerateDataKey'], Resource: '*' }) },
    ],
    invalid: [
      { name: 'kms:Decrypt on *', resource: inline({ Sid: 'All', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }), messageId: 'allKeys', at: 'inlinePolicies' },
      { name: 'kms:* on key/* of the account', resource: inline({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*:111122223333:key/*' }), messageId: 'allKeys', count: 2 },
      { name: 'kms:ReEncrypt* on *', resource: inline({ Effect: 'Allow', Action: 'kms:ReEncrypt*', Resource: '*' }), messageId: 'allKeys', count: 1 },
      { name: 'NotResource excluding one key', resource: inline({ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: KEY_ARN }), messageId: 'allKeys' },
      { name: 'an MFA condition does not narrow the keys', resource: inline({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }), messageId: 'allKeys' },
    ],
    unknown: [
      { name: 'inline policies unreadable', resource: principal(kind, { inlinePolicies: [], unresolved: { inlinePolicies: 'AccessDenied (iam:GetAccountAuthorizationDetails)' } }) },
      { name: 'IAM could not be listed', resource: principal(kind), gaps: [principalListingDenied(kind)] },
    ],
  } as PrincipalCases<K>
}

/** Template documents for kms-<kind>-inline-policy-no-decrypt-all-keys. */
export const DECRYPT_ALL_KEYS_DOCUMENTS: PolicyDocuments = {
  good: [
    policyDoc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: KEY_ARN }),
    policyDoc({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*', Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }),
  ],
  bad: [policyDoc({ Sid: 'All', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }), policyDoc({ Effect: 'Allow', Action: 'kms:*', Resource: 'arn:aws:kms:*:111122223333:key/*' })],
}
