/**
 * Reads a zip archive held in memory (yauzl), without ever writing to disk: entry names are
 * only labels, so path traversal (`../x`, `/etc/x`, `C:\x`) cannot reach the file system, and
 * such entries are skipped anyway. Symlink entries, encrypted entries and unknown compression
 * methods are skipped. Guards against zip bombs: a cap on entries, on the total uncompressed
 * size the central directory declares, on what is actually inflated (yauzl also fails an entry
 * that inflates to more than it declared), on each file, and on the compression ratio.
 */
import yauzl from 'yauzl'
import { CodeLimitError, CorruptArchiveError, mib, type CodeLimits } from './limits.js'

export type ZipEntryKind = 'file' | 'directory' | 'symlink' | 'unsafe-path' | 'encrypted' | 'unsupported'

export interface ZipEntryInfo {
  path: string
  kind: ZipEntryKind
  /** Uncompressed size the archive declares. */
  size: number
  compressedSize: number
}

export type ReadResult = { text: string } | { skipped: 'too-large' | 'compression-ratio' }

export interface ZipArchive {
  readonly entries: readonly ZipEntryInfo[]
  /** Inflates one file entry as UTF-8 text, up to `maxBytes` (and within the archive's limits). */
  readText(entry: ZipEntryInfo, maxBytes: number): Promise<ReadResult>
  close(): void
}

type ZipLimits = Pick<CodeLimits, 'maxUncompressedBytes' | 'maxEntries' | 'maxCompressionRatio'>

const S_IFMT = 0o170000
const S_IFLNK = 0o120000
const RATIO_FLOOR = 1024 * 1024

function kindOf(e: yauzl.Entry, name: string): ZipEntryKind {
  if (yauzl.validateFileName(name) !== null) return 'unsafe-path'
  if (name.endsWith('/')) return 'directory'
  // Unix mode bits live in the upper half of the external attributes.
  if (((e.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) return 'symlink'
  if (e.generalPurposeBitFlag & 0x1) return 'encrypted'
  if (e.compressionMethod !== 0 && e.compressionMethod !== 8) return 'unsupported'
  return 'file'
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('aborted')
}

/** Opens an archive and lists its entries (the central directory only; nothing is inflated yet). */
export async function openZip(buffer: Buffer, limits: ZipLimits, signal?: AbortSignal): Promise<ZipArchive> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true })
  } catch (err) {
    throw new CorruptArchiveError(`not a readable zip archive: ${(err as Error).message}`, { cause: err })
  }
  const closeQuietly = () => {
    try {
      zip.close()
    } catch {
      // already closed
    }
  }
  if (zip.entryCount > limits.maxEntries) {
    closeQuietly()
    throw new CodeLimitError('maxEntries', `the archive has ${zip.entryCount} entries, more than the limit of ${limits.maxEntries}`)
  }
  const entries: ZipEntryInfo[] = []
  const raw = new Map<ZipEntryInfo, yauzl.Entry>()
  let declared = 0
  try {
    for await (const e of zip.eachEntry()) {
      if (signal?.aborted) throw abortReason(signal)
      const name = yauzl.getFileNameLowLevel(e.generalPurposeBitFlag, e.fileNameRaw, e.extraFields, false)
      const info: ZipEntryInfo = { path: name, kind: kindOf(e, name), size: e.uncompressedSize, compressedSize: e.compressedSize }
      if (info.kind === 'file') {
        declared += info.size
        if (declared > limits.maxUncompressedBytes) throw new CodeLimitError('maxUncompressedBytes', `the archive declares more than ${mib(limits.maxUncompressedBytes)} uncompressed`)
      }
      entries.push(info)
      raw.set(info, e)
    }
  } catch (err) {
    closeQuietly()
    if (err instanceof CodeLimitError || signal?.aborted) throw err
    throw new CorruptArchiveError(`corrupt zip archive: ${(err as Error).message}`, { cause: err })
  }

  let inflated = 0
  const decoder = new TextDecoder('utf-8', { fatal: false })
  return {
    entries,
    close: closeQuietly,
    async readText(info, maxBytes) {
      const e = raw.get(info)
      if (!e || info.kind !== 'file') throw new Error(`not a readable file entry: ${info.path}`)
      if (info.size > maxBytes) return { skipped: 'too-large' }
      if (info.size > RATIO_FLOOR && info.size / Math.max(1, info.compressedSize) > limits.maxCompressionRatio) return { skipped: 'compression-ratio' }
      if (signal?.aborted) throw abortReason(signal)
      let stream: NodeJS.ReadableStream & { destroy(err?: Error): void }
      try {
        stream = (await zip.openReadStreamPromise(e)) as typeof stream
      } catch (err) {
        throw new CorruptArchiveError(`corrupt zip entry ${info.path}: ${(err as Error).message}`, { cause: err })
      }
      const chunks: Buffer[] = []
      let size = 0
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => stream.destroy(abortReason(signal!))
        signal?.addEventListener('abort', onAbort, { once: true })
        const done = (err?: Error) => {
          signal?.removeEventListener('abort', onAbort)
          if (err) reject(err)
          else resolve()
        }
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length
          inflated += chunk.length
          if (inflated > limits.maxUncompressedBytes) stream.destroy(new CodeLimitError('maxUncompressedBytes', `the archive inflates to more than ${mib(limits.maxUncompressedBytes)}`))
          else if (size > maxBytes) stream.destroy(new CorruptArchiveError(`zip entry ${info.path} inflates to more than it declared`))
          else chunks.push(chunk)
        })
        stream.on('end', () => done())
        stream.on('error', (err: Error) => done(err instanceof CodeLimitError || signal?.aborted ? err : new CorruptArchiveError(`corrupt zip entry ${info.path}: ${err.message}`, { cause: err })))
        // After 'end' or 'error' this is a no-op; on its own it means the data stopped short.
        stream.on('close', () => done(new CorruptArchiveError(`zip entry ${info.path} ended early`)))
      })
      return { text: decoder.decode(Buffer.concat(chunks)).replace(/^\uFEFF/, '') }
    },
  }
}
