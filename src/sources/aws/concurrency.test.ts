import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mapLimit, Semaphore } from './concurrency.js'

const tick = () => new Promise((r) => setTimeout(r, 2))

describe('Semaphore', () => {
  it('never lets more than `limit` run at once', async () => {
    const sem = new Semaphore(3)
    let running = 0
    let peak = 0
    await Promise.all(
      Array.from({ length: 12 }, () =>
        sem.run(async () => {
          running++
          peak = Math.max(peak, running)
          await tick()
          running--
        }),
      ),
    )
    assert.equal(peak, 3)
    assert.equal(sem.inUse, 0)
  })

  it('a waiter that is aborted leaves the queue', async () => {
    const sem = new Semaphore(1)
    await sem.acquire()
    const ac = new AbortController()
    const waiting = sem.acquire(ac.signal)
    ac.abort()
    await assert.rejects(waiting, { name: 'AbortError' })
    sem.release()
    assert.equal(sem.inUse, 0)
  })
})

describe('mapLimit', () => {
  it('keeps order and the bound', async () => {
    let running = 0
    let peak = 0
    const out = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, n))
      running--
      return n * 10
    })
    assert.deepEqual(out, [50, 10, 40, 20, 30])
    assert.equal(peak, 2)
  })

  it('re-throws the first failure', async () => {
    await assert.rejects(
      mapLimit([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('two')
        return n
      }),
      /two/,
    )
  })

  it('handles an empty list', async () => {
    assert.deepEqual(await mapLimit([], 4, async () => 1), [])
  })
})
