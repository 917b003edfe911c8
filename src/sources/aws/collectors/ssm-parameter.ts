import type { ParameterMetadata } from '@aws-sdk/client-ssm'
import type { SsmParameter } from '../../../model/ssm.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages } from '../paginate.js'

interface Where {
  region: string
  accountId: string
  partition: string
}

/**
 * A parameter's ARN: `parameter/` followed by the name without its leading slash
 * (`/prod/db/password` → `…:parameter/prod/db/password`). Pure.
 */
export function parameterArn(name: string, w: Where): string {
  return `arn:${w.partition}:ssm:${w.region}:${w.accountId}:parameter/${name.replace(/^\//, '')}`
}

/** Maps one DescribeParameters entry (metadata only). Pure. */
export function mapParameter(p: ParameterMetadata, w: Where): SsmParameter {
  const name = p.Name ?? ''
  const arn = p.ARN ?? parameterArn(name, w)
  const modified = p.LastModifiedDate instanceof Date && !Number.isNaN(p.LastModifiedDate.getTime()) ? p.LastModifiedDate.toISOString() : undefined
  return {
    id: arn,
    arn,
    name,
    accountId: w.accountId,
    region: w.region,
    type: p.Type ?? 'String',
    ...(p.KeyId ? { keyId: p.KeyId } : {}),
    ...(p.Tier ? { tier: p.Tier } : {}),
    ...(p.DataType ? { dataType: p.DataType } : {}),
    ...(modified ? { lastModifiedDate: modified } : {}),
    ...(p.Version !== undefined ? { version: p.Version } : {}),
  }
}

/**
 * The account's own Parameter Store parameters in the region, from DescribeParameters: names,
 * types and keys only. GetParameter is never called, so no value is ever read.
 */
export const ssmParameterCollector: Collector = {
  id: 'ssm.parameter',
  produces: ['ssm.parameter'],
  actions: ['ssm:DescribeParameters'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const S = await import('@aws-sdk/client-ssm')
    const w: Where = { region, accountId: ctx.accountId, partition: ctx.partition }
    try {
      // DescribeParameters may return fewer items than asked, even none, with a NextToken:
      // only a page without a token ends the listing.
      const items = await collectPages(
        (NextToken) => ctx.send(region, 'ssm:DescribeParameters', new S.DescribeParametersCommand({ MaxResults: 50, ...(NextToken ? { NextToken } : {}) })),
        (p) => p.NextToken,
        (p) => p.Parameters,
        (n) => ctx.progress({ region, collector: 'ssm.parameter', collected: n, done: false }),
      )
      return { resources: { 'ssm.parameter': items.map((p) => mapParameter(p, w)) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'ssm.parameter', region)] }
    }
  },
}
