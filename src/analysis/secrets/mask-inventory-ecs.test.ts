import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { maskInventorySecrets } from './mask-inventory.js'
import { detectEnvSecret } from './detect-env.js'
import { emptyInventory, addResources } from '../../core/inventory.js'
import { deepFreeze } from '../../../test/deep-freeze.js'
import { ecsContainer, ecsTaskDefinition } from '../../../test/factories/index.js'
import { VALUE_SAMPLES } from '../../../test/secret-samples.js'

describe('maskInventorySecrets: ECS container environments', () => {
  it('masks secret-looking container values, keeps the kind, leaves clean task definitions alone', () => {
    const inv = emptyInventory({ kind: 'aws', accountId: '111122223333', regions: ['us-east-1'] })
    addResources(inv, 'ecs.task-definition', [
      ecsTaskDefinition({ family: 'billing', containers: [ecsContainer({ environment: { LOG_LEVEL: 'info', STRIPE_KEY: VALUE_SAMPLES['stripe-secret-key']! } })] }),
      ecsTaskDefinition({ family: 'orders' }),
    ])
    deepFreeze(inv)
    const out = maskInventorySecrets(inv)
    const [billing, orders] = out.resources['ecs.task-definition']!
    assert.ok(!JSON.stringify(out).includes(VALUE_SAMPLES['stripe-secret-key']!))
    assert.equal(billing!.containers[0]!.environment['LOG_LEVEL'], 'info')
    assert.equal(detectEnvSecret('STRIPE_KEY', billing!.containers[0]!.environment['STRIPE_KEY']!)?.kind, 'stripe-secret-key')
    assert.equal(orders, inv.resources['ecs.task-definition']![1], 'an untouched task definition is the same object')
    assert.deepEqual(maskInventorySecrets(out), out)
  })
})
