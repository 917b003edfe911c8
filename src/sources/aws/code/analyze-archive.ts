/**
 * One downloaded archive → a CodeInspection: lists the entries, reads the Python `top_level.txt`
 * files first (to tell installed packages from the owner's code), then inflates only the files
 * the analyzer wants, one at a time, and hands each to the pure analyzer. Nothing is written to
 * disk and nothing is executed.
 */
import type { CodeInspection } from '../../../model/lambda.js'
import type { AdvisoryIndex } from '../../../analysis/code/advisories/osv.js'
import { createCodeAnalyzer } from '../../../analysis/code/analyze.js'
import { normalizePath, pythonDependencyPrefixes, pythonTopLevelFiles } from '../../../analysis/code/files.js'
import { mib, type CodeLimits } from './limits.js'
import { openZip } from './zip-reader.js'

function listed(paths: readonly string[]): string {
  const shown = paths.slice(0, 3).join(', ')
  return paths.length > 3 ? `${shown}, …` : shown
}

function abortIfNeeded(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new Error('aborted')
}

export async function analyzeArchive(buffer: Buffer, limits: CodeLimits, signal: AbortSignal, advisories?: AdvisoryIndex): Promise<CodeInspection> {
  const zip = await openZip(buffer, limits, signal)
  try {
    const files = zip.entries.filter((e) => e.kind === 'file')
    const paths = files.map((e) => normalizePath(e.path))
    const wanted = new Set(pythonTopLevelFiles(paths))
    const topLevel = new Map<string, string>()
    for (const e of files) {
      const path = normalizePath(e.path)
      if (!wanted.has(path)) continue
      const r = await zip.readText(e, limits.maxFileBytes)
      if ('text' in r) topLevel.set(path, r.text)
    }
    const analyzer = createCodeAnalyzer({ pythonDependencies: pythonDependencyPrefixes(paths, topLevel), ...(advisories ? { advisories } : {}) })
    const tooLarge: string[] = []
    const ratio: string[] = []
    for (const e of files) {
      if (!analyzer.plan(e.path).read) continue
      abortIfNeeded(signal)
      // Lockfiles of large projects run to several MB; they get a larger allowance than code.
      const r = await zip.readText(e, analyzer.plan(e.path).manifest ? limits.maxFileBytes * 4 : limits.maxFileBytes)
      if ('skipped' in r) (r.skipped === 'too-large' ? tooLarge : ratio).push(normalizePath(e.path))
      else analyzer.add({ path: e.path, text: r.text })
    }
    analyzer.leftOut('file-too-large', tooLarge, `${tooLarge.length} file(s) over the per-file limit of ${mib(limits.maxFileBytes)} were not analyzed (${listed(tooLarge)})`)
    analyzer.leftOut('compression-ratio', ratio, `${ratio.length} file(s) with a compression ratio above ${limits.maxCompressionRatio}:1 were not analyzed (${listed(ratio)})`)
    const unreadable = zip.entries.filter((e) => e.kind === 'unsafe-path' || e.kind === 'encrypted' || e.kind === 'unsupported')
    analyzer.leftOut('unreadable-entry', unreadable.map((e) => e.path), `${unreadable.length} entr${unreadable.length === 1 ? 'y' : 'ies'} with an unsafe path, encryption or an unsupported compression method were not read (${listed(unreadable.map((e) => e.path))})`)
    return analyzer.result()
  } finally {
    zip.close()
  }
}
