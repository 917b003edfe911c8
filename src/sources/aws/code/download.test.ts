import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { startArchiveServer, type ArchiveServer } from '../../../../test/archive-server.js'
import { downloadArchive, DownloadError } from './download.js'
import { CodeLimitError } from './limits.js'

const body = Buffer.alloc(300_000, 0x41)

describe('downloadArchive', () => {
  let server: ArchiveServer
  before(async () => {
    server = await startArchiveServer({ '/ok.zip': body, '/chunked.zip': { chunked: body }, '/expired.zip': { status: 403 }, '/hang.zip': { hang: true } })
  })
  after(() => server.close())
  const signal = () => AbortSignal.timeout(5000)

  it('downloads the whole body', async () => {
    assert.deepEqual(await downloadArchive(server.url('/ok.zip'), 1_000_000, signal()), body)
  })
  it('refuses a declared Content-Length over the cap before reading the body', async () => {
    await assert.rejects(downloadArchive(server.url('/ok.zip'), 1000, signal()), (e: unknown) => e instanceof CodeLimitError && e.limit === 'maxPackageBytes')
  })
  it('stops a body without Content-Length as soon as it passes the cap', async () => {
    await assert.rejects(downloadArchive(server.url('/chunked.zip'), 100_000, signal()), (e: unknown) => e instanceof CodeLimitError && e.limit === 'maxPackageBytes')
  })
  it('an HTTP error (expired presigned URL) is a DownloadError that does not print the signature', async () => {
    await assert.rejects(downloadArchive(server.url('/expired.zip'), 1_000_000, signal()), (e: unknown) => e instanceof DownloadError && /HTTP 403/.test(e.message) && !/Signature|X-Amz/.test(e.message))
  })
  it('a server that never finishes is cut off by the deadline', async () => {
    const started = Date.now()
    await assert.rejects(downloadArchive(server.url('/hang.zip'), 1_000_000, AbortSignal.timeout(200)), (e: unknown) => (e as Error).name === 'TimeoutError')
    assert.ok(Date.now() - started < 3000)
  })
  it('only http(s) locations are fetched', async () => {
    await assert.rejects(downloadArchive('file:///etc/passwd', 1000, signal()), DownloadError)
    await assert.rejects(downloadArchive('not a url', 1000, signal()), DownloadError)
  })
})
