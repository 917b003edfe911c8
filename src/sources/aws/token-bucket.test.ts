import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { TokenBucket, type Clock } from './token-bucket.js'

/** A clock that only moves when someone sleeps (sequential callers). */
function fakeClock() {
  let now = 0
  const clock: Clock = {
    now: () => now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' })
      now += ms
    },
  }
  return {
    clock,
    advance(ms: number) {
      now += ms
    },
    get now() {
      return now
    },
  }
}

describe('TokenBucket', () => {
  it('serves a burst at once, then one token per 1/rate seconds, in order', async () => {
    const t = fakeClock()
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 2, clock: t.clock })
    const grantedAt: number[] = []
    for (let i = 0; i < 6; i++) {
      await bucket.take()
      grantedAt.push(Math.round(t.now))
    }
    // two at once, then one every 100 ms
    assert.deepEqual(grantedAt, [0, 0, 100, 200, 300, 400])
  })

  it('refills up to the burst size after a quiet period, not beyond', async () => {
    const t = fakeClock()
    const bucket = new TokenBucket({ ratePerSecond: 5, burst: 3, clock: t.clock })
    for (let i = 0; i < 3; i++) await bucket.take()
    assert.ok(Math.abs(bucket.available()) < 1e-9)
    t.advance(10_000)
    assert.equal(bucket.available(), 3)
  })

  it('keeps the long-run rate with the real clock (20/s → 6 takes past a burst of 1 take ≥ 250 ms)', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 20, burst: 1 })
    const start = performance.now()
    for (let i = 0; i < 6; i++) await bucket.take()
    const elapsed = performance.now() - start
    assert.ok(elapsed >= 240, `took ${elapsed} ms`)
    assert.ok(elapsed < 1000, `took ${elapsed} ms`)
  })

  it('concurrent callers are served first come first served and the rate holds', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 50, burst: 1 })
    const order: number[] = []
    const start = performance.now()
    await Promise.all(Array.from({ length: 5 }, (_, i) => bucket.take().then(() => order.push(i))))
    assert.deepEqual(order, [0, 1, 2, 3, 4])
    assert.ok(performance.now() - start >= 75)
  })

  it('an aborted wait rejects with an AbortError and gives its slot back', async () => {
    const bucket = new TokenBucket({ ratePerSecond: 1, burst: 1 })
    await bucket.take()
    const ac = new AbortController()
    const pending = bucket.take(ac.signal)
    ac.abort()
    await assert.rejects(pending, { name: 'AbortError' })
    assert.ok(bucket.available() > -0.5, 'the reservation was returned')
    await assert.rejects(bucket.take(ac.signal), { name: 'AbortError' })
  })

  it('rejects a non-positive rate', () => {
    assert.throws(() => new TokenBucket({ ratePerSecond: 0 }), RangeError)
  })
})
