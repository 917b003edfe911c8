import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { buildZip } from '../../../../test/zip-builder.js'
import { CodeLimitError, CorruptArchiveError, DEFAULT_CODE_LIMITS } from './limits.js'
import { openZip } from './zip-reader.js'

const limits = { ...DEFAULT_CODE_LIMITS }

describe('openZip', () => {
  it('lists entries and reads files as text', async () => {
    const zip = await openZip(buildZip([{ name: 'src/' }, { name: 'src/index.js', content: 'exports.handler = 1\n' }, { name: 'data.txt', content: 'x', store: true }]), limits)
    assert.deepEqual(
      zip.entries.map((e) => [e.path, e.kind]),
      [
        ['src/', 'directory'],
        ['src/index.js', 'file'],
        ['data.txt', 'file'],
      ],
    )
    assert.deepEqual(await zip.readText(zip.entries[1]!, 1024), { text: 'exports.handler = 1\n' })
    assert.deepEqual(await zip.readText(zip.entries[2]!, 1024), { text: 'x' })
    zip.close()
  })

  it('marks path traversal and absolute names unsafe, and never reads them', async () => {
    const zip = await openZip(buildZip([{ name: '../../etc/cron.d/x', content: 'evil' }, { name: '/abs/path', content: 'evil' }, { name: 'ok/../../up', content: 'evil' }, { name: 'fine.py', content: 'a' }]), limits)
    assert.deepEqual(
      zip.entries.map((e) => e.kind),
      ['unsafe-path', 'unsafe-path', 'unsafe-path', 'file'],
    )
    await assert.rejects(zip.readText(zip.entries[0]!, 1024), /not a readable file entry/)
    zip.close()
  })

  it('marks symlink entries and does not follow them', async () => {
    const zip = await openZip(buildZip([{ name: 'link', content: '/etc/passwd', mode: 0o120777 }]), limits)
    assert.equal(zip.entries[0]!.kind, 'symlink')
    await assert.rejects(zip.readText(zip.entries[0]!, 1024), /not a readable file entry/)
    zip.close()
  })

  it('zip bomb: a file that inflates far beyond its compressed size is skipped by ratio, without inflating it', async () => {
    const bomb = buildZip([{ name: 'bomb.txt', content: Buffer.alloc(20 * 1024 * 1024) }])
    assert.ok(bomb.length < 100_000, `the fixture compresses well (${bomb.length} bytes)`)
    const zip = await openZip(bomb, limits)
    assert.deepEqual(await zip.readText(zip.entries[0]!, 64 * 1024 * 1024), { skipped: 'compression-ratio' })
    assert.deepEqual(await zip.readText(zip.entries[0]!, 1024), { skipped: 'too-large' })
    zip.close()
  })

  it('zip bomb: an entry that lies about its size fails when it inflates past what it declared', async () => {
    const zip = await openZip(buildZip([{ name: 'liar.txt', content: Buffer.alloc(200_000, 0x61), declaredSize: 100 }]), limits)
    await assert.rejects(zip.readText(zip.entries[0]!, 1024 * 1024), CorruptArchiveError)
    zip.close()
  })

  it('zip bomb: many entries declaring a huge total is refused before anything is inflated', async () => {
    const entries = Array.from({ length: 3 }, (_, i) => ({ name: `f${i}`, content: 'x', declaredSize: 200_000_000 }))
    await assert.rejects(openZip(buildZip(entries), limits), (err: unknown) => err instanceof CodeLimitError && err.limit === 'maxUncompressedBytes')
  })

  it('refuses archives with more entries than the limit', async () => {
    const entries = Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, content: 'x' }))
    await assert.rejects(openZip(buildZip(entries), { ...limits, maxEntries: 10 }), (err: unknown) => err instanceof CodeLimitError && err.limit === 'maxEntries')
  })

  it('caps the bytes actually inflated across the archive', async () => {
    const zip = await openZip(buildZip([{ name: 'a', content: Buffer.alloc(3000, 0x61) }, { name: 'b', content: Buffer.alloc(3000, 0x62) }]), { ...limits, maxUncompressedBytes: 7000 })
    await zip.readText(zip.entries[0]!, 10_000)
    const big = buildZip([{ name: 'a', content: Buffer.alloc(3000, 0x61) }, { name: 'b', content: Buffer.alloc(3000, 0x62) }])
    const tight = await openZip(big, { ...limits, maxUncompressedBytes: 6000 })
    await tight.readText(tight.entries[0]!, 10_000)
    await tight.readText(tight.entries[1]!, 10_000)
    await assert.rejects(tight.readText(tight.entries[0]!, 10_000), (err: unknown) => err instanceof CodeLimitError && err.limit === 'maxUncompressedBytes')
    zip.close()
    tight.close()
  })

  it('a corrupt archive is a CorruptArchiveError, never a crash', async () => {
    await assert.rejects(openZip(Buffer.from('this is not a zip file at all'), limits), CorruptArchiveError)
    const good = buildZip([{ name: 'a.js', content: Array.from({ length: 200 }, (_, i) => `let v${i} = ${(i * 7919) % 1009}`).join('\n') }])
    const truncated = good.subarray(0, good.length - 10)
    await assert.rejects(openZip(truncated, limits), CorruptArchiveError)
    // Garbage inside the compressed data of an otherwise valid archive.
    const damaged = Buffer.from(good)
    damaged.fill(0xff, 40, 60)
    const zip = await openZip(damaged, limits)
    await assert.rejects(zip.readText(zip.entries[0]!, 10_000), CorruptArchiveError)
    zip.close()
  })

  it('stops reading when the signal aborts', async () => {
    const ctl = new AbortController()
    const zip = await openZip(buildZip([{ name: 'a', content: 'x' }]), limits, ctl.signal)
    ctl.abort(new Error('time limit'))
    await assert.rejects(zip.readText(zip.entries[0]!, 1024), /time limit/)
    zip.close()
  })
})
