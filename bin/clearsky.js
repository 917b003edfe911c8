#!/usr/bin/env node
// Runs the compiled CLI (npm run build). The AWS SDK warns once per client that releases after
// January 2027 need Node 22; the scanner pins its SDK versions, so the warning is noise for users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
import { existsSync } from 'node:fs'

const entry = new URL('../dist/src/cli/bin.js', import.meta.url)
if (!existsSync(entry)) {
  // A fresh clone has no compiled output yet: say how to get it rather than print a resolver stack.
  process.stderr.write('clearsky is not built yet: run `npm ci && npm run build` in the repository first.\n')
  process.exit(2)
}
await import(entry.href)
