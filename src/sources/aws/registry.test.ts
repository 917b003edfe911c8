import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { RESOURCE_TYPE_IDS } from '../../model/resource-types.js'
import type { Collector } from './collector.js'
import { COLLECTORS, collectorsFor, dependencyOrder, wantedTypes } from './registry.js'

const ids = (cs: Collector[]) => cs.map((c) => c.id)

describe('collector registry', () => {
  it('every resource type has exactly one collector (per scope: WAF web ACLs are regional and, for CloudFront, global)', () => {
    for (const t of RESOURCE_TYPE_IDS) {
      const producers = COLLECTORS.filter((c) => c.produces.includes(t))
      assert.ok(producers.length >= 1, t)
      for (const scope of ['regional', 'global'] as const) assert.ok(producers.filter((c) => c.scope === scope).length <= 1, `${t} (${scope})`)
    }
  })

  it('COLLECTORS is in dependency order and ids are unique', () => {
    assert.deepEqual(ids(dependencyOrder(COLLECTORS)), ids([...COLLECTORS]))
    assert.equal(new Set(ids([...COLLECTORS])).size, COLLECTORS.length)
  })

  it('selects only the producers of the requested types', () => {
    assert.deepEqual(ids(collectorsFor(['ec2.subnet'])), ['ec2.subnet'])
    assert.deepEqual(ids(collectorsFor(['iam.role', 'iam.policy'])), ['iam'])
    assert.deepEqual(ids(collectorsFor([])), [])
  })

  it('adds the dependsOn closure, dependencies first', () => {
    // Queues and topics only read functions when the scan collects them anyway (`uses`).
    assert.deepEqual(ids(collectorsFor(['sqs.queue'])), ['sqs.queue'])
    assert.deepEqual(ids(collectorsFor(['logs.log-group', 'kms.key'])), ['lambda.function', 'kms.key', 'logs.log-group'])
  })

  it('wanted types include what the selected collectors read', () => {
    const w = wantedTypes(['logs.log-group'], collectorsFor(['logs.log-group']))
    assert.deepEqual([...w].sort(), ['lambda.function', 'logs.log-group'])
  })

  it('detects a dependency cycle', () => {
    const a: Collector = { id: 'a', produces: ['kms.key'], actions: [], scope: 'regional', dependsOn: ['sqs.queue'], collect: async () => ({ resources: {}, gaps: [] }) }
    const b: Collector = { id: 'b', produces: ['sqs.queue'], actions: [], scope: 'regional', dependsOn: ['kms.key'], collect: async () => ({ resources: {}, gaps: [] }) }
    assert.throws(() => collectorsFor(['kms.key'], [a, b]), /cycle/)
  })

  it('every declared action names its service prefix and an operation', () => {
    for (const c of COLLECTORS) for (const a of c.actions) assert.match(a, /^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/, `${c.id}: ${a}`)
  })
})
