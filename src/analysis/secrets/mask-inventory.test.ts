import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { maskInventorySecrets } from './mask-inventory.js'
import { detectEnvSecret } from './detect-env.js'
import { emptyInventory, addResources } from '../../core/inventory.js'
import { deepFreeze } from '../../../test/deep-freeze.js'
import { lambdaFunction } from '../../../test/factories/index.js'
import { VALUE_SAMPLES } from '../../../test/secret-samples.js'

function inventory() {
  const inv = emptyInventory({ kind: 'aws', accountId: '111122223333', regions: ['us-east-1'] })
  addResources(inv, 'lambda.function', [
    lambdaFunction({
      name: 'orders',
      environment: { TABLE_NAME: 'orders', DB_PASSWORD: 'hunter2-orders', GH: VALUE_SAMPLES['github-token']!, DB_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db' },
    }),
    lambdaFunction({ name: 'plain', environment: { LOG_LEVEL: 'info' } }),
  ])
  addResources(inv, 'iam.role', [])
  return deepFreeze(inv)
}

describe('maskInventorySecrets', () => {
  it('masks only secret-looking values and keeps harmless ones readable', () => {
    const out = maskInventorySecrets(inventory())
    const env = out.resources['lambda.function']![0]!.environment
    assert.equal(env['TABLE_NAME'], 'orders')
    assert.equal(env['DB_SECRET_ARN'], 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db')
    assert.ok(!JSON.stringify(out).includes('hunter2'))
    assert.ok(!JSON.stringify(out).includes(VALUE_SAMPLES['github-token']!))
    assert.equal(out.secretsMasked, true)
  })
  it('keeps the kind of each masked secret, so a scan of the snapshot finds the same thing', () => {
    const env = maskInventorySecrets(inventory()).resources['lambda.function']![0]!.environment
    assert.equal(detectEnvSecret('DB_PASSWORD', env['DB_PASSWORD']!)?.kind, 'secret-name')
    assert.equal(detectEnvSecret('GH', env['GH']!)?.kind, 'github-token')
  })
  it('is idempotent, leaves untouched functions as they were and does not mutate its input', () => {
    const inv = inventory()
    const once = maskInventorySecrets(inv)
    assert.deepEqual(maskInventorySecrets(once), once)
    assert.equal(once.resources['lambda.function']![1], inv.resources['lambda.function']![1])
    assert.equal(inv.resources['lambda.function']![0]!.environment['DB_PASSWORD'], 'hunter2-orders')
  })
  it('handles an inventory without functions', () => {
    const inv = deepFreeze(emptyInventory({ kind: 'aws', regions: ['us-east-1'] }))
    assert.deepEqual(maskInventorySecrets(inv), { ...inv, secretsMasked: true })
  })
})
