import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { collectPages, paginate, PaginationLoopError } from './paginate.js'

interface Page {
  items: number[]
  next?: string
}

function pager(pages: Record<string, Page>) {
  const asked: (string | undefined)[] = []
  return {
    asked,
    fetch: async (token: string | undefined) => {
      asked.push(token)
      const p = pages[token ?? 'first']
      if (!p) throw new Error(`no page ${token}`)
      return p
    },
  }
}

describe('paginate', () => {
  it('follows every continuation token and passes it on', async () => {
    const p = pager({ first: { items: [1, 2], next: 'm1' }, m1: { items: [3], next: 'm2' }, m2: { items: [4] } })
    const all = await collectPages(p.fetch, (x) => x.next, (x) => x.items)
    assert.deepEqual(all, [1, 2, 3, 4])
    assert.deepEqual(p.asked, [undefined, 'm1', 'm2'])
  })

  it('an empty or null token ends the listing', async () => {
    const p = pager({ first: { items: [1], next: '' } })
    assert.deepEqual(await collectPages(p.fetch, (x) => x.next, (x) => x.items), [1])
    const q = pager({ first: { items: [1] } })
    assert.deepEqual(await collectPages(q.fetch, () => null, (x) => x.items), [1])
  })

  it('a repeated token is an error, not an endless loop', async () => {
    const p = pager({ first: { items: [1], next: 'a' }, a: { items: [2], next: 'a' } })
    await assert.rejects(collectPages(p.fetch, (x) => x.next, (x) => x.items), PaginationLoopError)
  })

  it('a failing page fails the whole listing (no partial list)', async () => {
    const p = pager({ first: { items: [1], next: 'gone' } })
    await assert.rejects(collectPages(p.fetch, (x) => x.next, (x) => x.items), /no page gone/)
  })

  it('yields pages lazily', async () => {
    const p = pager({ first: { items: [1], next: 'm1' }, m1: { items: [2] } })
    const it = paginate(p.fetch, (x) => x.next)
    const first = await it.next()
    assert.deepEqual((first.value as Page).items, [1])
    assert.deepEqual(p.asked, [undefined])
  })

  it('reports progress per page', async () => {
    const p = pager({ first: { items: [1, 2], next: 'm1' }, m1: { items: [3] } })
    const seen: number[] = []
    await collectPages(p.fetch, (x) => x.next, (x) => x.items, (n) => seen.push(n))
    assert.deepEqual(seen, [2, 3])
  })
})
