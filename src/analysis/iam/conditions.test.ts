import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { compileCondition, evaluateCondition } from './conditions/evaluate.js'
import { createContext, type ContextInput } from './context.js'

type Cond = Record<string, Record<string, unknown>>

interface Case {
  name: string
  condition: Cond
  context: ContextInput
  expect: boolean
  /** Policy language version; variables only work under 2012-10-17. */
  version?: string
}

const ACCT = '111122223333'
const OTHER = '444455556666'
const B64_HELLO = Buffer.from('hello').toString('base64')

const cases: Case[] = [
  // String operators
  { name: 'StringEquals matches', condition: { StringEquals: { 'aws:SourceAccount': ACCT } }, context: { 'aws:SourceAccount': ACCT }, expect: true },
  { name: 'StringEquals is case-sensitive', condition: { StringEquals: { 'aws:PrincipalTag/team': 'Blue' } }, context: { 'aws:PrincipalTag/team': 'blue' }, expect: false },
  { name: 'StringEquals: several values are OR-ed', condition: { StringEquals: { 'aws:SourceAccount': [OTHER, ACCT] } }, context: { 'aws:SourceAccount': ACCT }, expect: true },
  { name: 'StringEquals: key missing is false', condition: { StringEquals: { 'aws:SourceAccount': ACCT } }, context: {}, expect: false },
  { name: 'StringNotEquals: values are NOR-ed (value listed)', condition: { StringNotEquals: { 'aws:SourceAccount': [OTHER, ACCT] } }, context: { 'aws:SourceAccount': ACCT }, expect: false },
  { name: 'StringNotEquals: value not listed', condition: { StringNotEquals: { 'aws:SourceAccount': [OTHER] } }, context: { 'aws:SourceAccount': ACCT }, expect: true },
  { name: 'StringNotEquals: key missing is TRUE', condition: { StringNotEquals: { 'aws:SourceAccount': ACCT } }, context: {}, expect: true },
  { name: 'StringEqualsIgnoreCase', condition: { StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'BLUE' } }, context: { 'aws:PrincipalTag/team': 'blue' }, expect: true },
  { name: 'StringNotEqualsIgnoreCase', condition: { StringNotEqualsIgnoreCase: { 'aws:PrincipalTag/team': 'BLUE' } }, context: { 'aws:PrincipalTag/team': 'blue' }, expect: false },
  { name: 'StringLike with *', condition: { StringLike: { 's3:prefix': 'home/*' } }, context: { 's3:prefix': 'home/alice/docs' }, expect: true },
  { name: 'StringLike with ?', condition: { StringLike: { 's3:prefix': 'v?' } }, context: { 's3:prefix': 'v2' }, expect: true },
  { name: 'StringLike ? is exactly one character', condition: { StringLike: { 's3:prefix': 'v?' } }, context: { 's3:prefix': 'v10' }, expect: false },
  { name: 'StringLike is case-sensitive', condition: { StringLike: { 's3:prefix': 'Home/*' } }, context: { 's3:prefix': 'home/x' }, expect: false },
  { name: 'StringLike: regex characters are literal', condition: { StringLike: { 's3:prefix': 'a.b+(c)' } }, context: { 's3:prefix': 'axb+(c)' }, expect: false },
  { name: 'StringNotLike', condition: { StringNotLike: { 's3:prefix': 'tmp/*' } }, context: { 's3:prefix': 'home/x' }, expect: true },
  { name: 'StringNotLike: key missing is true', condition: { StringNotLike: { 's3:prefix': 'tmp/*' } }, context: {}, expect: true },
  { name: 'StringEqualsIfExists: key missing is true', condition: { StringEqualsIfExists: { 'aws:SourceAccount': ACCT } }, context: {}, expect: true },
  { name: 'StringEqualsIfExists: key present and different is false', condition: { StringEqualsIfExists: { 'aws:SourceAccount': ACCT } }, context: { 'aws:SourceAccount': OTHER }, expect: false },
  { name: 'StringNotEqualsIfExists: key missing is true', condition: { StringNotEqualsIfExists: { 'aws:SourceAccount': ACCT } }, context: {}, expect: true },
  { name: 'several keys under one operator are AND-ed', condition: { StringEquals: { 'aws:SourceAccount': ACCT, 'aws:PrincipalTag/team': 'blue' } }, context: { 'aws:SourceAccount': ACCT, 'aws:PrincipalTag/team': 'red' }, expect: false },
  { name: 'several operators are AND-ed', condition: { StringEquals: { 'aws:SourceAccount': ACCT }, Bool: { 'aws:SecureTransport': 'true' } }, context: { 'aws:SourceAccount': ACCT, 'aws:SecureTransport': true }, expect: true },
  { name: 'several operators: one false makes all false', condition: { StringEquals: { 'aws:SourceAccount': ACCT }, Bool: { 'aws:SecureTransport': 'true' } }, context: { 'aws:SourceAccount': ACCT, 'aws:SecureTransport': false }, expect: false },
  { name: 'condition key names are case-insensitive', condition: { StringEquals: { 'AWS:SOURCEACCOUNT': ACCT } }, context: { 'aws:sourceaccount': ACCT }, expect: true },
  { name: 'numbers in the policy compare as strings', condition: { StringEquals: { 'aws:SourceAccount': 111122223333 } }, context: { 'aws:SourceAccount': ACCT }, expect: true },

  // Numeric
  { name: 'NumericLessThan true', condition: { NumericLessThan: { 's3:max-keys': '10' } }, context: { 's3:max-keys': 5 }, expect: true },
  { name: 'NumericLessThan false on equal', condition: { NumericLessThan: { 's3:max-keys': '10' } }, context: { 's3:max-keys': '10' }, expect: false },
  { name: 'NumericLessThanEquals true on equal', condition: { NumericLessThanEquals: { 's3:max-keys': '10' } }, context: { 's3:max-keys': '10' }, expect: true },
  { name: 'NumericGreaterThan', condition: { NumericGreaterThan: { 'aws:MultiFactorAuthAge': '3600' } }, context: { 'aws:MultiFactorAuthAge': '7200' }, expect: true },
  { name: 'NumericGreaterThanEquals false', condition: { NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': '3600' } }, context: { 'aws:MultiFactorAuthAge': '60' }, expect: false },
  { name: 'NumericEquals with decimals', condition: { NumericEquals: { 'ec2:VolumeSize': '1.5' } }, context: { 'ec2:VolumeSize': '1.50' }, expect: true },
  { name: 'NumericNotEquals', condition: { NumericNotEquals: { 'ec2:VolumeSize': '8' } }, context: { 'ec2:VolumeSize': '8' }, expect: false },
  { name: 'Numeric: a non-number never matches', condition: { NumericLessThan: { 's3:max-keys': '10' } }, context: { 's3:max-keys': 'ten' }, expect: false },

  // Date
  { name: 'DateGreaterThan with ISO 8601', condition: { DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } }, context: { 'aws:CurrentTime': '2026-11-27T00:00:00Z' }, expect: true },
  { name: 'DateLessThan with epoch seconds in the policy', condition: { DateLessThan: { 'aws:CurrentTime': '1767225600' } }, context: { 'aws:CurrentTime': '2026-11-27T00:00:00Z' }, expect: false },
  { name: 'DateEquals across formats', condition: { DateEquals: { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' } }, context: { 'aws:TokenIssueTime': '1767225600' }, expect: true },
  { name: 'DateNotEquals', condition: { DateNotEquals: { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' } }, context: { 'aws:TokenIssueTime': '2026-01-02T00:00:00Z' }, expect: true },
  { name: 'DateLessThanEquals on equal', condition: { DateLessThanEquals: { 'aws:CurrentTime': '2026-01-01' } }, context: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' }, expect: true },

  // Bool
  { name: 'Bool true', condition: { Bool: { 'aws:SecureTransport': 'true' } }, context: { 'aws:SecureTransport': true }, expect: true },
  { name: 'Bool false vs true', condition: { Bool: { 'aws:SecureTransport': 'false' } }, context: { 'aws:SecureTransport': true }, expect: false },
  { name: 'Bool is case-insensitive', condition: { Bool: { 'aws:SecureTransport': 'TRUE' } }, context: { 'aws:SecureTransport': 'true' }, expect: true },
  { name: 'Bool with a JSON boolean in the policy', condition: { Bool: { 'aws:MultiFactorAuthPresent': true } }, context: { 'aws:MultiFactorAuthPresent': 'true' }, expect: true },
  { name: 'Bool: key missing is false', condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, context: {}, expect: false },
  { name: 'BoolIfExists: key missing is true', condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }, context: {}, expect: true },

  // Binary
  { name: 'BinaryEquals same bytes', condition: { BinaryEquals: { 'key:blob': B64_HELLO } }, context: { 'key:blob': B64_HELLO }, expect: true },
  { name: 'BinaryEquals different bytes', condition: { BinaryEquals: { 'key:blob': B64_HELLO } }, context: { 'key:blob': Buffer.from('bye').toString('base64') }, expect: false },

  // IP
  { name: 'IpAddress v4 inside the range', condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, context: { 'aws:SourceIp': '203.0.113.77' }, expect: true },
  { name: 'IpAddress v4 outside the range', condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, context: { 'aws:SourceIp': '203.0.114.1' }, expect: false },
  { name: 'IpAddress without prefix is one address', condition: { IpAddress: { 'aws:SourceIp': '198.51.100.7' } }, context: { 'aws:SourceIp': '198.51.100.8' }, expect: false },
  { name: 'IpAddress v6', condition: { IpAddress: { 'aws:SourceIp': '2001:db8::/32' } }, context: { 'aws:SourceIp': '2001:db8:1::5' }, expect: true },
  { name: 'IpAddress v4 range never matches a v6 address', condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, context: { 'aws:SourceIp': '2001:db8::1' }, expect: false },
  { name: 'IpAddress: several ranges are OR-ed', condition: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.0.2.0/24'] } }, context: { 'aws:SourceIp': '192.0.2.1' }, expect: true },
  { name: 'NotIpAddress outside the range is true', condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, context: { 'aws:SourceIp': '8.8.8.8' }, expect: true },
  { name: 'NotIpAddress: key missing is true', condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, context: {}, expect: true },
  { name: 'IpAddress: key missing is false', condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }, context: {}, expect: false },

  // ARN
  { name: 'ArnLike with a wildcard resource', condition: { ArnLike: { 'aws:SourceArn': `arn:aws:s3:::uploads-*` } }, context: { 'aws:SourceArn': 'arn:aws:s3:::uploads-prod' }, expect: true },
  { name: 'ArnLike: the account component must match', condition: { ArnLike: { 'aws:SourceArn': `arn:aws:sns:*:${ACCT}:alerts` } }, context: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${OTHER}:alerts` }, expect: false },
  { name: 'ArnLike: a wildcard stays inside its component', condition: { ArnLike: { 'aws:SourceArn': `arn:aws:sns:us-*:alerts` } }, context: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${ACCT}:alerts` }, expect: false },
  { name: 'ArnLike: the resource component may hold colons', condition: { ArnLike: { 'aws:SourceArn': `arn:aws:lambda:us-east-1:${ACCT}:function:*` } }, context: { 'aws:SourceArn': `arn:aws:lambda:us-east-1:${ACCT}:function:f:live` }, expect: true },
  { name: 'ArnEquals takes wildcards too', condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sqs:*:${ACCT}:*` } }, context: { 'aws:SourceArn': `arn:aws:sqs:eu-west-1:${ACCT}:q` }, expect: true },
  { name: 'ArnNotLike', condition: { ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCT}:role/admin-*` } }, context: { 'aws:PrincipalArn': `arn:aws:iam::${ACCT}:role/app` }, expect: true },
  { name: 'ArnLike: a non-ARN value never matches', condition: { ArnLike: { 'aws:SourceArn': '*:*:*:*:*:*' } }, context: { 'aws:SourceArn': 'not-an-arn' }, expect: false },
  { name: 'ArnLike is case-sensitive', condition: { ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCT}:role/App` } }, context: { 'aws:PrincipalArn': `arn:aws:iam::${ACCT}:role/app` }, expect: false },

  // Null
  { name: 'Null true: key absent', condition: { Null: { 'aws:TokenIssueTime': 'true' } }, context: {}, expect: true },
  { name: 'Null true: key present', condition: { Null: { 'aws:TokenIssueTime': 'true' } }, context: { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z' }, expect: false },
  { name: 'Null false: key present', condition: { Null: { 'aws:SourceAccount': 'false' } }, context: { 'aws:SourceAccount': ACCT }, expect: true },
  { name: 'Null false: key absent', condition: { Null: { 'aws:SourceAccount': 'false' } }, context: {}, expect: false },

  // Set operators
  { name: 'ForAnyValue:StringEquals: one value matches', condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env', 'team'] } }, context: { 'aws:TagKeys': ['owner', 'team'] }, expect: true },
  { name: 'ForAnyValue: key missing is false', condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } }, context: {}, expect: false },
  { name: 'ForAllValues:StringEquals: every value listed', condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } }, context: { 'aws:TagKeys': ['team'] }, expect: true },
  { name: 'ForAllValues:StringEquals: one value not listed', condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] } }, context: { 'aws:TagKeys': ['team', 'cost'] }, expect: false },
  { name: 'ForAllValues: key missing is TRUE', condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } }, context: {}, expect: true },
  { name: 'ForAllValues: empty list is true', condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['env'] } }, context: { 'aws:TagKeys': [] }, expect: true },
  { name: 'ForAllValues:StringNotEquals: no value listed', condition: { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['secret'] } }, context: { 'aws:TagKeys': ['env', 'team'] }, expect: true },
  { name: 'ForAnyValue:StringNotEquals: some value not listed', condition: { 'ForAnyValue:StringNotEquals': { 'aws:TagKeys': ['env'] } }, context: { 'aws:TagKeys': ['env', 'team'] }, expect: true },
  { name: 'ForAnyValue:StringLike over organisation paths', condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-abc123/r-ab12/ou-ab12-1111/*' } }, context: { 'aws:PrincipalOrgPaths': ['o-abc123/r-ab12/ou-ab12-1111/ou-ab12-2222/'] }, expect: true },
  { name: 'no qualifier over a multivalued key: any value may match', condition: { StringEquals: { 'aws:TagKeys': 'team' } }, context: { 'aws:TagKeys': ['env', 'team'] }, expect: true },
  { name: 'no qualifier, negated, over a multivalued key: no value may match', condition: { StringNotEquals: { 'aws:TagKeys': 'team' } }, context: { 'aws:TagKeys': ['env', 'team'] }, expect: false },

  // Policy variables
  { name: '${aws:username} in StringLike', condition: { StringLike: { 's3:prefix': 'home/${aws:username}/*' } }, context: { 's3:prefix': 'home/alice/x', 'aws:username': 'alice' }, expect: true },
  { name: '${aws:username} for another user', condition: { StringLike: { 's3:prefix': 'home/${aws:username}/*' } }, context: { 's3:prefix': 'home/bob/x', 'aws:username': 'alice' }, expect: false },
  { name: '${aws:PrincipalTag/team} against a resource tag', condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } }, context: { 'aws:ResourceTag/team': 'blue', 'aws:PrincipalTag/team': 'blue' }, expect: true },
  { name: 'variable key names are case-insensitive', condition: { StringEquals: { 'aws:ResourceTag/team': '${AWS:PRINCIPALTAG/team}' } }, context: { 'aws:ResourceTag/team': 'blue', 'aws:PrincipalTag/team': 'blue' }, expect: true },
  { name: 'unresolvable variable: the condition fails', condition: { StringLike: { 's3:prefix': 'home/${aws:username}/*' } }, context: { 's3:prefix': 'home//x' }, expect: false },
  { name: 'unresolvable variable under a negated operator: still fails', condition: { StringNotEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } }, context: { 'aws:ResourceTag/team': 'blue' }, expect: false },
  { name: 'default value used when the key is missing', condition: { StringEquals: { 's3:prefix': "${aws:username, 'anonymous'}" } }, context: { 's3:prefix': 'anonymous' }, expect: true },
  { name: 'default value ignored when the key exists', condition: { StringEquals: { 's3:prefix': "${aws:username, 'anonymous'}" } }, context: { 's3:prefix': 'anonymous', 'aws:username': 'alice' }, expect: false },
  { name: "default value with an escaped quote ('')", condition: { StringEquals: { 's3:prefix': "${aws:username, 'o''brien'}" } }, context: { 's3:prefix': "o'brien" }, expect: true },
  { name: '${*} is a literal asterisk, not a wildcard', condition: { StringLike: { 's3:prefix': 'a${*}b' } }, context: { 's3:prefix': 'axxb' }, expect: false },
  { name: '${*} matches a literal asterisk', condition: { StringLike: { 's3:prefix': 'a${*}b' } }, context: { 's3:prefix': 'a*b' }, expect: true },
  { name: '${?} is a literal question mark', condition: { StringLike: { 's3:prefix': 'q${?}' } }, context: { 's3:prefix': 'qx' }, expect: false },
  { name: '${$} is a literal dollar', condition: { StringEquals: { 's3:prefix': 'price${$}' } }, context: { 's3:prefix': 'price$' }, expect: true },
  { name: 'a substituted value is literal: its * is no wildcard', condition: { StringLike: { 's3:prefix': '${aws:PrincipalTag/prefix}' } }, context: { 's3:prefix': 'anything', 'aws:PrincipalTag/prefix': '*' }, expect: false },
  { name: 'a multivalued key cannot be a variable', condition: { StringEquals: { 's3:prefix': '${aws:TagKeys}' } }, context: { 's3:prefix': 'env', 'aws:TagKeys': ['env', 'team'] }, expect: false },
  { name: 'variables are literal text before Version 2012-10-17', condition: { StringEquals: { 's3:prefix': '${aws:username}' } }, context: { 's3:prefix': 'alice', 'aws:username': 'alice' }, version: '2008-10-17', expect: false },
  { name: 'variables are literal text without Version: matches the literal', condition: { StringEquals: { 's3:prefix': '${aws:username}' } }, context: { 's3:prefix': '${aws:username}', 'aws:username': 'alice' }, version: '', expect: true },
  { name: 'variables in ArnLike', condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:sqs:*:${aws:PrincipalAccount}:*' } }, context: { 'aws:SourceArn': `arn:aws:sqs:us-east-1:${ACCT}:q`, 'aws:PrincipalAccount': ACCT }, expect: true },

  // Invalid
  { name: 'an operator AWS does not define makes the condition false', condition: { StringSortOf: { 'aws:SourceAccount': ACCT } }, context: { 'aws:SourceAccount': ACCT }, expect: false },
  { name: 'Null has no IfExists form', condition: { NullIfExists: { 'aws:SourceAccount': 'true' } }, context: {}, expect: false },
]

describe('condition operators', () => {
  for (const c of cases) {
    it(c.name, () => {
      const compiled = compileCondition(c.condition, (c.version ?? '2012-10-17') === '2012-10-17')
      assert.ok(compiled, 'condition compiled')
      assert.equal(evaluateCondition(compiled, createContext(c.context)), c.expect)
    })
  }
})
