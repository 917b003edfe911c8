/**
 * AWS managed policies a scanned role attaches. A live scan lists them with their documents
 * (GetAccountAuthorizationDetails); a template only names them. The documents of the common
 * ones are data (data/aws-managed-policies.json), so checks that follow a role's attachments
 * see the same permissions in both scans.
 */
import data from '../../../data/aws-managed-policies.json' with { type: 'json' }
import type { IamManagedPolicy } from '../../model/iam.js'
import type { PolicyDocument } from '../../model/common.js'

interface Entry {
  arn: string
  name: string
  defaultVersion: string
  document: PolicyDocument
}

const BY_PATH = new Map((data.policies as Entry[]).map((p) => [p.arn.replace(/^arn:aws:iam::aws:policy/, ''), p]))

/** Is this the ARN of an AWS managed policy (any partition)? */
export function isAwsManagedPolicyArn(arn: string): boolean {
  return /^arn:aws[a-z-]*:iam::aws:policy\//.test(arn)
}

/** The managed policy as a model resource, or undefined when its document is not in the data file. */
export function awsManagedPolicy(arn: string): IamManagedPolicy | undefined {
  const m = /^arn:(aws[a-z-]*):iam::aws:policy(\/.*)$/.exec(arn)
  if (!m) return undefined
  const entry = BY_PATH.get(m[2]!)
  if (!entry) return undefined
  return {
    id: arn,
    arn,
    name: entry.name,
    region: 'global',
    awsManaged: true,
    document: structuredClone(entry.document),
    defaultVersionId: entry.defaultVersion,
  }
}
