/**
 * AWS managed policies known to be administrator-equivalent (data/aws-admin-policies.json), for
 * attached policies whose document the inventory does not hold.
 */
import data from '../../../data/aws-admin-policies.json' with { type: 'json' }
import type { PolicyDocument } from '../../model/common.js'

/** Normalises the partition so `arn:aws-cn:iam::aws:policy/X` matches `arn:aws:iam::aws:policy/X`. */
function partitionless(arn: string): string {
  return arn.replace(/^arn:[^:]+:/, 'arn:*:')
}

const ADMIN = new Set(data.policies.map((p) => partitionless(p.arn)))

/** An AWS managed policy ARN (`arn:<partition>:iam::aws:policy/…`). */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return /^arn:[^:]+:iam::aws:policy\//.test(arn)
}

/** Whether an AWS managed policy is listed as administrator-equivalent. */
export function isKnownAdminPolicyArn(arn: string): boolean {
  return ADMIN.has(partitionless(arn))
}

/** The document an administrator-equivalent managed policy stands for. */
export const ADMIN_EQUIVALENT_DOCUMENT: PolicyDocument = Object.freeze({
  Version: '2012-10-17',
  Statement: Object.freeze([Object.freeze({ Effect: 'Allow' as const, Action: '*', Resource: '*' })]) as unknown as PolicyDocument['Statement'],
})
