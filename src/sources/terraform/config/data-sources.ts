/**
 * What data sources return at plan time, for those that need no AWS call: the rendered IAM
 * policy document, the account, region and partition the scan stands for. Every other data
 * source attribute is read from AWS by Terraform, so it is unknown here.
 */
import type { IacOptions } from '../../iac/types.js'
import { Unknown, type Value } from '../eval/values.js'
import { policyDocumentJson } from './policy-document.js'

export function dataSourceAttribute(type: string, attr: string, all: () => Record<string, Value>, o: IacOptions): Value | undefined {
  switch (type) {
    case 'aws_iam_policy_document':
      if (attr === 'json' || attr === 'minified_json') return policyDocumentJson(all())
      if (attr === 'id') return new Unknown('the id of a policy document is a hash of it')
      return undefined
    case 'aws_caller_identity':
      if (attr === 'account_id' || attr === 'id') return o.accountId
      return undefined
    case 'aws_region':
      if (attr === 'name' || attr === 'id' || attr === 'region') return o.region
      if (attr === 'endpoint') return `ec2.${o.region}.amazonaws.com`
      return undefined
    case 'aws_partition':
      if (attr === 'partition' || attr === 'id') return o.partition
      if (attr === 'dns_suffix') return o.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com'
      return undefined
    case 'aws_availability_zones':
      // Distinct stand-ins, so names[0] and names[1] stay different zones, as they are in AWS.
      if (attr === 'names') return ['a', 'b', 'c'].map((z) => `${o.region}${z}`)
      return undefined
  }
  return undefined
}
