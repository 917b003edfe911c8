import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Collector } from './collector.js'
import { runCollectors } from './run-collectors.js'
import { collectorsFor } from './registry.js'
import { testContext } from './testing/fake-context.js'
import { metricAlarm, snsTopic } from '../../../test/factories/index.js'

function fake(over: Partial<Collector> & Pick<Collector, 'id' | 'produces'>, collect: Collector['collect']): Collector {
  return { actions: [], scope: 'regional', ...over, collect }
}

describe('optional inputs (`uses`)', () => {
  const alarms = (gap: boolean) =>
    fake({ id: 'cloudwatch.alarm', produces: ['cloudwatch.alarm'] }, async (_c, region) => {
      await new Promise((r) => setTimeout(r, 5))
      return gap ? { resources: {}, gaps: [{ resourceType: 'cloudwatch.alarm', region, code: 'AccessDenied', message: 'denied' }] } : { resources: { 'cloudwatch.alarm': [metricAlarm()] }, gaps: [] }
    })
  const topics = fake({ id: 'sns.topic', produces: ['sns.topic'], uses: ['cloudwatch.alarm'] }, async (_c, _r, sofar) => ({
    resources: { 'sns.topic': (sofar['cloudwatch.alarm'] ?? []).map(() => snsTopic()) },
    gaps: [],
  }))

  it('waits for the used collector when it runs, and reads its output', async () => {
    const out = await runCollectors(testContext(), [topics, alarms(false)], ['us-east-1'], { globalRegion: 'us-east-1' })
    assert.equal(out.resources['sns.topic']!.length, 1)
  })

  it('does not inherit the used type\'s gaps', async () => {
    const out = await runCollectors(testContext(), [topics, alarms(true)], ['us-east-1'], { globalRegion: 'us-east-1' })
    assert.deepEqual(out.gaps.map((g) => g.resourceType), ['cloudwatch.alarm'])
  })

  it('runs without it when the scan does not collect that type', async () => {
    const out = await runCollectors(testContext(), [topics], ['us-east-1'], { globalRegion: 'us-east-1' })
    assert.deepEqual(out.resources['sns.topic'], [])
  })

  it('is not selected because of `uses`: a Lambda-only scan does not list alarms', () => {
    const ids = collectorsFor(['sns.topic']).map((c) => c.id)
    assert.ok(ids.includes('sns.topic'))
    assert.ok(!ids.includes('cloudwatch.alarm'))
    assert.ok(collectorsFor(['sns.topic', 'cloudwatch.alarm']).map((c) => c.id).indexOf('cloudwatch.alarm') < collectorsFor(['sns.topic', 'cloudwatch.alarm']).map((c) => c.id).indexOf('sns.topic'))
  })
})
