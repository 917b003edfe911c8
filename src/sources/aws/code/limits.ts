/**
 * Limits of `--inspect-code`. Lambda itself caps a deployment package at 50 MB zipped for a
 * direct upload (larger through S3) and at 262,144,000 bytes (250 MiB) unzipped, function and
 * layers together (AWS Lambda Developer Guide, "Lambda quotas"); an archive beyond those numbers
 * is not a real package, and the defaults sit at or above them so real packages are never cut.
 */

export interface CodeLimits {
  /** Largest archive downloaded, compressed (bytes). */
  maxPackageBytes: number
  /** Largest total of uncompressed bytes an archive may declare, and may inflate to. */
  maxUncompressedBytes: number
  /** Most entries an archive may have. */
  maxEntries: number
  /** Largest single file read for analysis (bytes, uncompressed); larger files are skipped and noted. */
  maxFileBytes: number
  /** Files with a higher uncompressed/compressed ratio (and over 1 MiB) are skipped and noted: deflate alone cannot exceed about 1,032:1. */
  maxCompressionRatio: number
  /** Time for one archive: download, unzip and analysis (ms). */
  timeoutMs: number
}

export const DEFAULT_CODE_LIMITS: CodeLimits = {
  maxPackageBytes: 100 * 1024 * 1024,
  maxUncompressedBytes: 262_144_000,
  maxEntries: 50_000,
  maxFileBytes: 5 * 1024 * 1024,
  maxCompressionRatio: 1000,
  timeoutMs: 120_000,
}

/** An archive-wide limit was exceeded: the archive's inspection result is unknown. */
export class CodeLimitError extends Error {
  constructor(
    readonly limit: keyof CodeLimits,
    message: string,
  ) {
    super(message)
    this.name = 'CodeLimitError'
  }
}

/** The archive could not be read as a zip file. */
export class CorruptArchiveError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'CorruptArchiveError'
  }
}

export function mib(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB`
}
