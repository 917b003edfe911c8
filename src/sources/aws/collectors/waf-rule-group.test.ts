/**
 * The WAF rule group collectors against the loopback server: what they map, that an account
 * without rule groups costs one listing per region and scope, and that a denied listing or read
 * is a gap, never an empty list.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { WAFV2Client } from '@aws-sdk/client-wafv2'
import type { Collector } from '../collector.js'
import { useLoopbackServer } from '../../../../test/aws-server/loopback-clients.js'
import type { FixtureAccount } from '../../../../test/aws-server/fixture.js'
import { ACCOUNT } from '../../../../test/aws-server/test-support.js'
import { mapRuleGroup, wafCloudFrontRuleGroupCollector, wafRuleGroupCollector } from './waf-rule-group.js'

const R = 'us-east-1'
const EMPTY = 'eu-west-1'

const account: FixtureAccount = {
  accountId: ACCOUNT,
  iam: { users: [], groups: [], roles: [], policies: [] },
  cloudFrontRuleGroups: [{ name: 'edge-geo', id: '9f8e', rules: [{ name: 'geo' }] }],
  regions: {
    [R]: {
      ruleGroups: [
        { name: 'quiet', id: '0b0b', metrics: false, rules: [{ name: 'second', metrics: false }, { name: 'first' }] },
        { name: 'admin', id: '0a0a', rules: [{ name: 'admin-path' }] },
      ],
    },
    [EMPTY]: {},
  },
}

describe('WAF rule group collectors (loopback server)', () => {
  const loop = useLoopbackServer(() => account, { wafv2: async () => WAFV2Client as never })

  const ctx = () => loop.context()
  const collect = (c: Collector, region = R) => c.collect(ctx(), region, {})

  it('maps regional groups with each rule in priority order, and CloudFront-scope groups as global', async () => {
    const out = await collect(wafRuleGroupCollector)
    assert.deepEqual(out.gaps, [])
    const groups = out.resources['waf.rule-group']!
    assert.deepEqual(
      groups.map((g) => [g.name, g.scope, g.region, g.metricsEnabled, g.rules.map((r) => `${r.name}:${r.metricsEnabled}`).join(',')]),
      [
        ['admin', 'REGIONAL', R, true, 'admin-path:true'],
        ['quiet', 'REGIONAL', R, false, 'second:false,first:true'],
      ],
    )
    assert.equal(groups[0]!.arn, `arn:aws:wafv2:${R}:${ACCOUNT}:regional/rulegroup/admin/0a0a`)
    const edge = (await collect(wafCloudFrontRuleGroupCollector, EMPTY)).resources['waf.rule-group']!
    assert.deepEqual(edge.map((g) => [g.name, g.scope, g.region, g.arn]), [['edge-geo', 'CLOUDFRONT', 'global', `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/rulegroup/edge-geo/9f8e`]])
  })

  it('sorts rules by priority and reads a missing visibility setting as off', () => {
    const g = mapRuleGroup({ ARN: 'arn:x', Name: 'g', Rules: [{ Name: 'b', Priority: 2 } as never, { Name: 'a', Priority: 1, VisibilityConfig: { CloudWatchMetricsEnabled: true, SampledRequestsEnabled: true, MetricName: 'a' } } as never] } as never, 'REGIONAL', { region: R, accountId: ACCOUNT })
    assert.deepEqual(g.rules, [{ name: 'a', metricsEnabled: true }, { name: 'b', metricsEnabled: false }])
    assert.equal(g.metricsEnabled, false)
  })

  it('a region without rule groups costs one ListRuleGroups call and no GetRuleGroup', async () => {
    const before = loop.server().calls.count({ region: EMPTY })
    const out = await collect(wafRuleGroupCollector, EMPTY)
    assert.deepEqual(out.resources['waf.rule-group'], [])
    assert.equal(loop.server().calls.count({ region: EMPTY }) - before, 1)
    assert.equal(loop.server().calls.count({ operation: 'GetRuleGroup', region: EMPTY }), 0)
  })

  it('a denied listing is a gap; a denied read is a gap naming the group', async () => {
    loop.server().deny({ action: 'wafv2:ListRuleGroups' })
    try {
      const out = await collect(wafRuleGroupCollector)
      assert.deepEqual(Object.values(out.resources).flat(), [])
      assert.equal(out.gaps[0]?.code, 'AccessDenied')
      assert.equal(out.gaps[0]?.resourceType, 'waf.rule-group')
    } finally {
      loop.server().clearDenials()
    }
    loop.server().deny({ action: 'wafv2:GetRuleGroup' })
    try {
      const out = await collect(wafRuleGroupCollector)
      assert.deepEqual(out.resources['waf.rule-group'], [])
      assert.equal(out.gaps.length, 1)
      assert.equal(out.gaps[0]?.code, 'AccessDenied')
      assert.match(out.gaps[0]?.message ?? '', /2 rule groups/)
    } finally {
      loop.server().clearDenials()
    }
  })
})
