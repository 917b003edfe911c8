import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { accountRegion, accountRegionCollector } from './account-region.js'
import { TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

describe('account.region collector', () => {
  it('maps account and region to one resource with a stable id', () => {
    assert.deepEqual(accountRegion(TEST_ACCOUNT, 'eu-west-1'), { id: `${TEST_ACCOUNT}/eu-west-1`, name: `account ${TEST_ACCOUNT} in eu-west-1`, accountId: TEST_ACCOUNT, region: 'eu-west-1' })
  })

  it('emits exactly one resource per region and calls nothing', async () => {
    const ctx = testContext()
    const r = await accountRegionCollector.collect(ctx, TEST_REGION, {})
    assert.deepEqual(r.resources['account.region']!.map((a) => a.id), [`${TEST_ACCOUNT}/${TEST_REGION}`])
    assert.deepEqual(r.gaps, [])
    assert.deepEqual(ctx.callCounts(), {})
    assert.deepEqual(accountRegionCollector.actions, [])
  })
})
