/** ECS services' Fargate settings and the task sets inside DescribeServices' answer (mocked SDK). */
import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { DescribeServicesCommand, ECSClient, ListClustersCommand, ListServicesCommand, type Service } from '@aws-sdk/client-ecs'
import { ecsClusterCollector, mapService, mapTaskSet } from './ecs.js'
import { TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const where = { region: TEST_REGION, accountId: TEST_ACCOUNT }
const CLUSTER = `arn:aws:ecs:${TEST_REGION}:${TEST_ACCOUNT}:cluster/prod`
const svcArn = (name: string) => `arn:aws:ecs:${TEST_REGION}:${TEST_ACCOUNT}:service/prod/${name}`

const checkout: Service = {
  serviceArn: svcArn('checkout'),
  serviceName: 'checkout',
  clusterArn: CLUSTER,
  deploymentController: { type: 'EXTERNAL' },
  taskSets: [
    { id: 'ecs-svc/1', taskSetArn: `arn:aws:ecs:${TEST_REGION}:${TEST_ACCOUNT}:task-set/prod/checkout/ecs-svc/1`, launchType: 'FARGATE', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-a'], assignPublicIp: 'ENABLED' } } },
    { id: 'ecs-svc/2', taskSetArn: `arn:aws:ecs:${TEST_REGION}:${TEST_ACCOUNT}:task-set/prod/checkout/ecs-svc/2`, launchType: 'EC2' },
  ],
}
const spot: Service = { serviceArn: svcArn('spot'), serviceName: 'spot', clusterArn: CLUSTER, capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }], platformVersion: '1.3.0', platformFamily: 'LINUX', deploymentController: { type: 'ECS' } }

describe('mapService / mapTaskSet', () => {
  it('keeps the Fargate platform, the capacity providers and the deployment controller', () => {
    const s = mapService(spot, where)
    assert.deepEqual([s.launchType, s.capacityProviders, s.platformVersion, s.platformFamily, s.deploymentController], [undefined, ['FARGATE_SPOT'], '1.3.0', 'LINUX', 'ECS'])
  })
  it('names a task set after its service and takes cluster and service from it when the task set omits them', () => {
    const [pub, bridge] = checkout.taskSets!.map((t) => mapTaskSet(t, checkout, where))
    assert.deepEqual([pub!.name, pub!.serviceArn, pub!.clusterArn, pub!.assignPublicIp], ['checkout/ecs-svc/1', svcArn('checkout'), CLUSTER, 'ENABLED'])
    assert.equal(bridge!.assignPublicIp, undefined)
  })
})

describe('ecs.cluster collector: task sets (mocked SDK)', () => {
  const ecs = mockClient(ECSClient)
  afterEach(() => ecs.reset())

  it('task sets come from DescribeServices, with no call of their own; only the wanted types are returned', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [CLUSTER] })
    ecs.on(ListServicesCommand).resolves({ serviceArns: [svcArn('checkout'), svcArn('spot')] })
    ecs.on(DescribeServicesCommand).resolves({ services: [checkout, spot] })
    const ctx = testContext({ wanted: ['ecs.task-set'] })
    const r = await ecsClusterCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(Object.keys(r.resources), ['ecs.task-set'])
    assert.deepEqual(r.resources['ecs.task-set']!.map((t) => t.name), ['checkout/ecs-svc/1', 'checkout/ecs-svc/2'])
    assert.deepEqual(ctx.callCounts(), { 'ecs:ListClusters': 1, 'ecs:ListServices': 1, 'ecs:DescribeServices': 1 })
  })

  it('a region without clusters costs one call, whatever is wanted', async () => {
    ecs.on(ListClustersCommand).resolves({ clusterArns: [] })
    const ctx = testContext({ wanted: ['ecs.service', 'ecs.task-set'] })
    const r = await ecsClusterCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(r.resources, { 'ecs.service': [], 'ecs.task-set': [] })
    assert.deepEqual(ctx.callCounts(), { 'ecs:ListClusters': 1 })
  })
})
