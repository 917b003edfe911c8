/**
 * The Systems Manager service-setting collectors and the managed-node collector's association
 * compliance, against the loopback AWS server: values and AWS defaults, one call per setting in
 * a region without anything, and what a denial becomes.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { SSMClient } from '@aws-sdk/client-ssm'
import type { Collector } from '../collector.js'
import { useLoopbackServer } from '../../../../test/aws-server/loopback-clients.js'
import type { FixtureAccount } from '../../../../test/aws-server/fixture.js'
import { ACCOUNT } from '../../../../test/aws-server/test-support.js'
import { ssmManagedInstanceCollector } from './ssm-document.js'
import { ssmAutomationLogSettingCollector, ssmDocumentSharingSettingCollector } from './ssm-service-setting.js'

const R = 'us-east-1'
const EMPTY = 'eu-west-1'

const account: FixtureAccount = {
  accountId: ACCOUNT,
  iam: { users: [], groups: [], roles: [], policies: [] },
  regions: {
    [R]: {
      ssmSettings: { automationLogDestination: 'CloudWatch', documentPublicSharing: 'Disable' },
      managedNodes: [
        { instanceId: 'i-0aaa', patch: { status: 'COMPLIANT' }, association: { status: 'NON_COMPLIANT', failed: 2 } },
        { instanceId: 'i-0bbb', association: { status: 'COMPLIANT' } },
        { instanceId: 'i-0ccc' },
      ],
    },
    [EMPTY]: {},
  },
}

describe('Systems Manager settings and association compliance (loopback server)', () => {
  const loop = useLoopbackServer(() => account, { ssm: async () => SSMClient as never })

  const ctx = (checks?: string[]) => loop.context(checks ? { details: { checks: new Set(checks) } } : {})
  const run = (c: Collector, region = R) => c.collect(ctx(), region, {})

  it('reads both settings where they were changed', async () => {
    const log = await run(ssmAutomationLogSettingCollector)
    assert.deepEqual(log.resources['ssm.automation-log-setting']!.map((s) => [s.id, s.destination]), [[`${ACCOUNT}/${R}/ssm-automation-log-destination`, 'CloudWatch']])
    const sharing = await run(ssmDocumentSharingSettingCollector)
    assert.deepEqual(sharing.resources['ssm.document-sharing-setting']!.map((s) => s.publicSharing), ['Disable'])
  })

  it('an empty region still has both settings, with AWS defaults, for one call each', async () => {
    for (const [c, field, expected] of [[ssmAutomationLogSettingCollector, 'destination', 'None'], [ssmDocumentSharingSettingCollector, 'publicSharing', 'Enable']] as const) {
      const before = loop.server().calls.count({ region: EMPTY })
      const out = await run(c, EMPTY)
      assert.equal(loop.server().calls.count({ region: EMPTY }) - before, 1, c.id)
      const [setting] = Object.values(out.resources).flat() as unknown as Record<string, string>[]
      assert.equal(setting?.[field], expected, c.id)
    }
  })

  it('a denied GetServiceSetting is a gap, never a default', async () => {
    loop.server().deny({ action: 'ssm:GetServiceSetting' })
    try {
      for (const c of [ssmAutomationLogSettingCollector, ssmDocumentSharingSettingCollector]) {
        const out = await run(c)
        assert.deepEqual(Object.values(out.resources).flat(), [], c.id)
        assert.equal(out.gaps[0]?.code, 'AccessDenied', c.id)
        assert.equal(out.gaps[0]?.resourceType, c.id)
      }
    } finally {
      loop.server().clearDenials()
    }
  })

  it('managed nodes carry their association compliance; unreadable summaries leave it unresolved', async () => {
    const nodes = (await run(ssmManagedInstanceCollector)).resources['ssm.managed-instance']!
    assert.deepEqual(nodes.map((n) => [n.instanceId, n.associationStatus ?? '-', n.associationNonCompliantCount ?? '-', n.patchStatus ?? '-']), [
      ['i-0aaa', 'NON_COMPLIANT', 2, 'COMPLIANT'],
      ['i-0bbb', 'COMPLIANT', 0, '-'],
      ['i-0ccc', '-', '-', '-'],
    ])
    loop.server().deny({ action: 'ssm:ListResourceComplianceSummaries' })
    try {
      const denied = (await run(ssmManagedInstanceCollector)).resources['ssm.managed-instance']!
      assert.match(denied[0]!.unresolved?.associationStatus ?? '', /^AccessDenied/)
      assert.match(denied[0]!.unresolved?.patchStatus ?? '', /^AccessDenied/)
    } finally {
      loop.server().clearDenials()
    }
  })

  it('reads only the compliance type a selected check needs, and says which it left out', async () => {
    const before = loop.server().calls.count({ operation: 'ListResourceComplianceSummaries' })
    const out = await ssmManagedInstanceCollector.collect(ctx(['ssm-managed-instance-association-compliant']), R, {})
    assert.equal(loop.server().calls.count({ operation: 'ListResourceComplianceSummaries' }) - before, 1)
    const [node] = out.resources['ssm.managed-instance']!
    assert.equal(node!.associationStatus, 'NON_COMPLIANT')
    assert.match(node!.unresolved?.patchStatus ?? '', /^not collected/)
    assert.deepEqual(out.partial?.map((p) => [p.kind, p.fields]), [['fields', ['patchStatus', 'nonCompliantCount', 'patchReportedAt']]])
    const none = await ssmManagedInstanceCollector.collect(ctx(['ec2-instance-managed-by-ssm']), R, {})
    assert.equal(loop.server().calls.count({ operation: 'ListResourceComplianceSummaries' }) - before, 1, 'SSM.1 alone needs no compliance listing')
    assert.equal(none.resources['ssm.managed-instance']!.length, 3)
  })

  it('a region without managed nodes costs the node listing only', async () => {
    const before = loop.server().calls.count({ region: EMPTY })
    await run(ssmManagedInstanceCollector, EMPTY)
    assert.equal(loop.server().calls.count({ region: EMPTY }) - before, 1)
  })
})
