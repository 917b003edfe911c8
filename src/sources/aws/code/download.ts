/**
 * Downloads a code archive from the presigned URL Lambda returns (GetFunction Code.Location,
 * GetLayerVersion Content.Location), streaming, with a size cap and the caller's deadline. No
 * credentials or headers of ours are sent: the URL carries its own short-lived signature.
 */
import { CodeLimitError, mib } from './limits.js'

/** The archive could not be downloaded (HTTP error, network failure, unsupported URL). */
export class DownloadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'DownloadError'
  }
}

/** The host of a URL, for messages: a presigned URL's query string holds a signature and must not be printed. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return '(invalid URL)'
  }
}

export async function downloadArchive(url: string, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new DownloadError('the code location is not a URL')
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new DownloadError(`unsupported code location scheme ${parsed.protocol}`)
  let res: Response
  try {
    res = await fetch(parsed, { signal, redirect: 'follow' })
  } catch (err) {
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : err
    throw new DownloadError(`download from ${parsed.host} failed: ${(err as Error).message}`, { cause: err })
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => undefined)
    // S3 answers 403 for an expired or tampered presigned URL.
    throw new DownloadError(`download from ${parsed.host} failed: HTTP ${res.status}`)
  }
  const declared = Number(res.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body.cancel().catch(() => undefined)
    throw new CodeLimitError('maxPackageBytes', `the archive is ${mib(declared)}, more than the limit of ${mib(maxBytes)}`)
  }
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = res.body.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) throw new CodeLimitError('maxPackageBytes', `the archive is larger than the limit of ${mib(maxBytes)}`)
      chunks.push(value)
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined)
    if (err instanceof CodeLimitError) throw err
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : err
    throw new DownloadError(`download from ${parsed.host} failed: ${(err as Error).message}`, { cause: err })
  }
  return Buffer.concat(chunks)
}
