import type { LogGroup as CwlLogGroup } from '@aws-sdk/client-cloudwatch-logs'
import type { InventoryGap } from '../../../core/inventory.js'
import type { LogGroup } from '../../../model/monitoring.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'
import { collectPages, paginate } from '../paginate.js'

const LAMBDA_PREFIX = '/aws/lambda/'

/** Pure. The id is the log group ARN without the `:*` DescribeLogGroups appends to `arn`. */
export function mapLogGroup(g: CwlLogGroup, where: { region: string; accountId: string; partition: string }): LogGroup {
  const name = g.logGroupName ?? ''
  const arn = g.logGroupArn ?? g.arn?.replace(/:\*$/, '') ?? `arn:${where.partition}:logs:${where.region}:${where.accountId}:log-group:${name}`
  return {
    id: arn,
    arn,
    name,
    accountId: arn.split(':')[4] || where.accountId,
    region: where.region,
    ...(g.retentionInDays !== undefined ? { retentionInDays: g.retentionInDays } : {}),
    ...(g.kmsKeyId ? { kmsKeyId: g.kmsKeyId } : {}),
    ...(g.storedBytes !== undefined ? { storedBytes: g.storedBytes } : {}),
  }
}

/** Custom log groups functions of this region write to, outside /aws/lambda/. Pure. */
export function customLogGroupNames(functions: readonly { region: string; logging: { logGroup: string } }[], region: string): string[] {
  const names = new Set<string>()
  for (const fn of functions) if (fn.region === region && !fn.logging.logGroup.startsWith(LAMBDA_PREFIX)) names.add(fn.logging.logGroup)
  return [...names].sort()
}

/** Default bound on the log groups listed per region (CLEARSKY_MAX_LOG_GROUPS overrides it). */
export const DEFAULT_MAX_LOG_GROUPS = 10_000

/** The per-region bound from the environment; a value that is not a positive integer gives the default. */
export function maxLogGroups(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.CLEARSKY_MAX_LOG_GROUPS)
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_LOG_GROUPS
}

/**
 * Every log group of the region, up to a bound: accounts with hundreds of thousands of log groups
 * exist (one scanner spent days listing 285k), and DescribeLogGroups returns 50 per page at about 5
 * requests per second. Within the bound, the one listing holds every group, Lambda's included.
 * Beyond it, the report notes the cut, and Lambda's own log groups are still looked up exactly —
 * one /aws/lambda/ prefix listing plus one lookup per custom log group a function names — so the
 * Lambda checks never work on a partial list.
 */
export const logsLogGroupCollector: Collector = {
  id: 'logs.log-group',
  produces: ['logs.log-group'],
  actions: ['logs:DescribeLogGroups'],
  scope: 'regional',
  dependsOn: ['lambda.function'],
  async collect(ctx: AwsContext, region: string, sofar): Promise<CollectResult> {
    const { DescribeLogGroupsCommand } = await import('@aws-sdk/client-cloudwatch-logs')
    const where = { region, accountId: ctx.accountId, partition: ctx.partition }
    const list = (prefix: string) =>
      collectPages(
        (nextToken) => ctx.send(region, 'logs:DescribeLogGroups', new DescribeLogGroupsCommand({ logGroupNamePrefix: prefix, limit: 50, ...(nextToken ? { nextToken } : {}) })),
        (p) => p.nextToken,
        (p) => p.logGroups,
      )
    const byName = new Map<string, LogGroup>()
    const gaps: InventoryGap[] = []
    const notes: string[] = []
    // The whole region first, page by page, stopping at the bound.
    const bound = maxLogGroups()
    let complete = false
    try {
      for await (const page of paginate(
        (nextToken) => ctx.send(region, 'logs:DescribeLogGroups', new DescribeLogGroupsCommand({ limit: 50, ...(nextToken ? { nextToken } : {}) })),
        (p) => p.nextToken,
      )) {
        for (const g of page.logGroups ?? []) byName.set(g.logGroupName ?? '', mapLogGroup(g, where))
        if (!page.nextToken) complete = true
        else if (byName.size >= bound) break
      }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'logs.log-group', region)] }
    }
    if (complete) return { resources: { 'logs.log-group': [...byName.values()] }, gaps }
    notes.push(`${region}: more than ${bound} CloudWatch Logs log groups; account-wide log group checks cover the first ${byName.size} only (set CLEARSKY_MAX_LOG_GROUPS to raise the bound). Lambda log groups are looked up in full.`)
    const custom = customLogGroupNames(sofar['lambda.function'] ?? [], region)
    const results = await Promise.allSettled([list(LAMBDA_PREFIX), ...custom.map((name) => list(name).then((gs) => gs.filter((g) => g.logGroupName === name)))])
    for (const r of results) {
      if (r.status === 'fulfilled') for (const g of r.value) byName.set(g.logGroupName ?? '', mapLogGroup(g, where))
      else {
        const gap = gapFrom(r.reason, 'logs.log-group', region) // re-throws an abort
        if (!gaps.length) gaps.push(gap)
      }
    }
    return { resources: { 'logs.log-group': [...byName.values()] }, gaps, notes }
  },
}
