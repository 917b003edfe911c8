import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { Collector, CollectResult } from './collector.js'
import { AwsCallError } from './classify-error.js'
import { runCollectors } from './run-collectors.js'
import { testContext } from './testing/fake-context.js'
import { iamRole, lambdaFunction, sqsQueue } from '../../../test/factories/index.js'
import type { ProgressEvent } from './context.js'

function fake(over: Partial<Collector> & Pick<Collector, 'id' | 'produces'>, collect: Collector['collect']): Collector {
  return { actions: [], scope: 'regional', ...over, collect }
}

describe('runCollectors', () => {
  it('runs global collectors once and regional ones per region, dependencies first with their output', async () => {
    const calls: string[] = []
    const iam = fake({ id: 'iam', produces: ['iam.role'], scope: 'global' }, async (_ctx, region) => {
      calls.push(`iam@${region}`)
      return { resources: { 'iam.role': [iamRole()] }, gaps: [] }
    })
    const fns = fake({ id: 'lambda.function', produces: ['lambda.function'] }, async (_ctx, region) => {
      calls.push(`fn@${region}`)
      await new Promise((r) => setTimeout(r, 5))
      return { resources: { 'lambda.function': [lambdaFunction({ name: `f-${region}`, region })] }, gaps: [] }
    })
    const queues = fake({ id: 'sqs.queue', produces: ['sqs.queue'], dependsOn: ['lambda.function'] }, async (_ctx, region, sofar) => {
      calls.push(`sqs@${region}`)
      assert.deepEqual(
        sofar['lambda.function']!.map((f) => f.name),
        [`f-${region}`],
        'sees the functions of its own region',
      )
      return { resources: { 'sqs.queue': [sqsQueue({ name: 'shared-dlq' })] }, gaps: [] }
    })
    const progress: ProgressEvent[] = []
    const out = await runCollectors(testContext({ onProgress: (e) => progress.push(e) }), [fns, iam, queues], ['us-east-1', 'eu-west-1'], { globalRegion: 'us-east-1' })
    assert.equal(calls.filter((c) => c.startsWith('iam')).length, 1)
    for (const r of ['us-east-1', 'eu-west-1']) assert.ok(calls.indexOf(`fn@${r}`) < calls.indexOf(`sqs@${r}`))
    assert.deepEqual(out.regions, ['us-east-1', 'eu-west-1'])
    assert.equal(out.resources['iam.role']!.length, 1)
    assert.equal(out.resources['lambda.function']!.length, 2)
    assert.equal(out.resources['sqs.queue']!.length, 1, 'the same queue named from two regions is kept once')
    assert.ok(progress.some((e) => e.collector === 'iam' && e.region === 'global' && e.done && e.collected === 1))
  })

  it('a collector that throws becomes a gap over its types; the scan goes on', async () => {
    const broken = fake({ id: 'kms.key', produces: ['kms.key'] }, async () => {
      throw new TypeError('bug')
    })
    const fine = fake({ id: 'ec2.vpc', produces: ['ec2.vpc'] }, async () => ({ resources: { 'ec2.vpc': [] }, gaps: [] }))
    const out = await runCollectors(testContext(), [broken, fine], ['us-east-1'], { globalRegion: 'us-east-1' })
    assert.deepEqual(
      out.gaps.map((g) => [g.resourceType, g.region, g.code]),
      [['kms.key', 'us-east-1', 'Error']],
    )
    assert.deepEqual(out.resources['ec2.vpc'], [])
  })

  it('a gap in a dependency is passed on to what is derived from it', async () => {
    const fns = fake({ id: 'lambda.function', produces: ['lambda.function'] }, async (_c, region) => ({ resources: {}, gaps: [{ resourceType: 'lambda.function', region, code: 'AccessDenied', message: 'lambda:ListFunctions was denied' }] }))
    const queues = fake({ id: 'sqs.queue', produces: ['sqs.queue'], dependsOn: ['lambda.function'] }, async () => ({ resources: {}, gaps: [] }))
    const out = await runCollectors(testContext(), [fns, queues], ['us-east-1'], { globalRegion: 'us-east-1' })
    const inherited = out.gaps.find((g) => g.resourceType === 'sqs.queue')
    assert.equal(inherited?.code, 'AccessDenied')
    assert.match(inherited?.message ?? '', /lambda.function/)
  })

  it('a region whose calls fail with opt-in errors is skipped with a note', async () => {
    const c = fake({ id: 'ec2.vpc', produces: ['ec2.vpc'] }, async (_ctx, region): Promise<CollectResult> => {
      if (region === 'me-south-1') return { resources: {}, gaps: [{ resourceType: 'ec2.vpc', region, code: 'OptInRequired', message: 'AuthFailure' }] }
      return { resources: { 'ec2.vpc': [] }, gaps: [] }
    })
    const out = await runCollectors(testContext(), [c], ['us-east-1', 'me-south-1'], { globalRegion: 'us-east-1' })
    assert.deepEqual(out.regions, ['us-east-1'])
    assert.deepEqual(out.gaps, [])
    assert.equal(out.notes.length, 1)
    assert.match(out.notes[0]!, /me-south-1/)
  })

  it('a cancel is not turned into gaps', async () => {
    const c = fake({ id: 'ec2.vpc', produces: ['ec2.vpc'] }, async () => {
      throw Object.assign(new Error('aborted'), { name: 'AbortError' })
    })
    await assert.rejects(runCollectors(testContext(), [c], ['us-east-1'], { globalRegion: 'us-east-1' }), { name: 'AbortError' })
    const d = fake({ id: 'ec2.vpc', produces: ['ec2.vpc'] }, async () => {
      throw new AwsCallError({ kind: 'AccessDenied', code: 'AccessDenied', message: 'no' }, 'ec2:DescribeVpcs', 'us-east-1')
    })
    const out = await runCollectors(testContext(), [d], ['us-east-1'], { globalRegion: 'us-east-1' })
    assert.equal(out.gaps[0]!.code, 'AccessDenied')
  })
})
