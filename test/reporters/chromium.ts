import { existsSync } from 'node:fs'

export const CHROMIUM = '/usr/bin/chromium'

/**
 * Browser tests need Debian's chromium (scripts/ensure-chromium.sh installs it; CI runs that
 * script first). Outside CI a missing browser skips them with a visible reason; in CI it fails.
 */
export function chromiumSkipReason(): string | false {
  if (existsSync(CHROMIUM)) return false
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing in CI: run scripts/ensure-chromium.sh before the tests`)
  const reason = `${CHROMIUM} not installed (run scripts/ensure-chromium.sh as root); browser tests skipped`
  process.stderr.write(`# SKIP html browser tests: ${reason}\n`)
  return reason
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
