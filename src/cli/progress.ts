import type { ProgressEvent } from '../sources/aws/index.js'
import { terminalSafe } from '../reporters/terminal-safe.js'

/**
 * Collection progress on stderr: one rewritten status line on a TTY, plain lines (one per
 * finished collector and region) otherwise, nothing with --quiet.
 */
export function progressReporter(quiet: boolean | undefined): { onProgress?: (e: ProgressEvent) => void; done(): void } {
  if (quiet) return { done() {} }
  const tty = Boolean(process.stderr.isTTY)
  const counts = new Map<string, number>()
  let last = 0
  return {
    onProgress(e) {
      counts.set(`${e.collector}@${e.region}`, e.collected)
      if (!tty) {
        if (e.done) process.stderr.write(`collected ${e.collected} ${e.collector} in ${e.region}\n`)
        return
      }
      const now = Date.now()
      if (!e.done && now - last < 100) return
      last = now
      const byCollector = new Map<string, number>()
      for (const [k, n] of counts) {
        const id = k.split('@')[0]!
        byCollector.set(id, (byCollector.get(id) ?? 0) + n)
      }
      const line = [...byCollector].map(([id, n]) => `${id} ${n}`).join('  ')
      process.stderr.write(`\r\u001b[2K${terminalSafe(line).slice(0, (process.stderr.columns ?? 120) - 1)}`)
    },
    done() {
      if (tty && counts.size) process.stderr.write('\r\u001b[2K')
    },
  }
}
