/**
 * The ECS capacity provider collector against the loopback server: what it maps (AWS's own Fargate
 * providers left out), that every region costs exactly one DescribeCapacityProviders page when it
 * holds no more than ten providers, that pages are followed, and that a denied call is a gap.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { ECSClient } from '@aws-sdk/client-ecs'
import { useLoopbackServer } from '../../../../test/aws-server/loopback-clients.js'
import type { FixtureAccount } from '../../../../test/aws-server/fixture.js'
import { ACCOUNT } from '../../../../test/aws-server/test-support.js'
import { ecsCapacityProviderCollector, mapCapacityProvider } from './ecs-capacity-provider.js'
import { mapTaskDefinition } from './ecs.js'

const R = 'us-east-1'
const EMPTY = 'eu-west-1'

const account: FixtureAccount = {
  accountId: ACCOUNT,
  iam: { users: [], groups: [], roles: [], policies: [] },
  pageSizes: { 'ecs:DescribeCapacityProviders': 2 },
  regions: {
    [R]: {
      capacityProviders: [
        { name: 'workers', autoScalingGroup: 'workers-asg', managedScaling: 'ENABLED', managedTerminationProtection: 'ENABLED' },
        { name: 'batch', autoScalingGroup: 'batch-asg' },
        { name: 'managed' },
      ],
    },
    [EMPTY]: {},
  },
}

describe('ECS capacity provider collector (loopback server)', () => {
  const loop = useLoopbackServer(() => account, { ecs: async () => ECSClient as never })

  const ctx = () => loop.context()

  it('maps Auto Scaling group and Managed Instances providers across pages, without FARGATE and FARGATE_SPOT', async () => {
    const before = loop.server().calls.count({ region: R })
    const out = await ecsCapacityProviderCollector.collect(ctx(), R, {})
    assert.deepEqual(out.gaps, [])
    const providers = out.resources['ecs.capacity-provider']!
    assert.deepEqual(
      providers.map((p) => [p.name, p.managedTerminationProtection, p.managedScaling, p.autoScalingGroupArn?.split('/').pop()]),
      [
        ['batch', 'DISABLED', 'DISABLED', 'batch-asg'],
        ['managed', undefined, undefined, undefined],
        ['workers', 'ENABLED', 'ENABLED', 'workers-asg'],
      ],
    )
    assert.equal(providers[2]!.arn, `arn:aws:ecs:${R}:${ACCOUNT}:capacity-provider/workers`)
    assert.deepEqual(providers[2]!.tags, { team: 'platform' })
    // Five providers at two a page: three pages.
    assert.equal(loop.server().calls.count({ region: R }) - before, 3)
  })

  it('a region with only the Fargate providers costs one call and yields none', async () => {
    const before = loop.server().calls.count({ region: EMPTY })
    const out = await ecsCapacityProviderCollector.collect(ctx(), EMPTY, {})
    assert.deepEqual(out.resources['ecs.capacity-provider'], [])
    assert.equal(loop.server().calls.count({ region: EMPTY }) - before, 1)
  })

  it('a denied call is a gap, never an empty list', async () => {
    loop.server().deny({ action: 'ecs:DescribeCapacityProviders' })
    try {
      const out = await ecsCapacityProviderCollector.collect(ctx(), R, {})
      assert.deepEqual(Object.values(out.resources).flat(), [])
      assert.equal(out.gaps[0]?.code, 'AccessDenied')
      assert.equal(out.gaps[0]?.resourceType, 'ecs.capacity-provider')
    } finally {
      loop.server().clearDenials()
    }
  })

  it('an Auto Scaling group provider without the setting reads as DISABLED (the default); a provider named FARGATE with a group is kept', () => {
    const where = { region: R, accountId: ACCOUNT }
    assert.equal(mapCapacityProvider({ name: 'x', capacityProviderArn: 'arn:x', autoScalingGroupProvider: { autoScalingGroupArn: 'arn:asg' } }, where)?.managedTerminationProtection, 'DISABLED')
    assert.equal(mapCapacityProvider({ name: 'FARGATE' }, where), undefined)
    // Without an ARN in the answer, the fallback ARN is in the scan's partition.
    assert.equal(mapCapacityProvider({ name: 'x', autoScalingGroupProvider: { autoScalingGroupArn: 'arn:asg' } }, { ...where, partition: 'aws-cn' })?.arn, `arn:aws-cn:ecs:${R}:${ACCOUNT}:capacity-provider/x`)
    assert.notEqual(mapCapacityProvider({ name: 'FARGATE', autoScalingGroupProvider: { autoScalingGroupArn: 'arn:asg' } }, where), undefined)
  })

  it('task definitions keep their runtime platform operating system family', () => {
    const td = mapTaskDefinition({ taskDefinitionArn: 'arn:td', family: 'web', revision: 3, runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' }, containerDefinitions: [] }, undefined, { region: R, accountId: ACCOUNT })
    assert.equal(td.operatingSystemFamily, 'WINDOWS_SERVER_2022_CORE')
    assert.equal(mapTaskDefinition({ taskDefinitionArn: 'arn:td', family: 'api', revision: 1 }, undefined, { region: R, accountId: ACCOUNT }).operatingSystemFamily, undefined)
  })
})
