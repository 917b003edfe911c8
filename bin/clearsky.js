#!/usr/bin/env node
// Runs the compiled CLI (npm run build). The AWS SDK warns once per client that releases after
// January 2027 need Node 22; the scanner pins its SDK versions, so the warning is noise for users.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
await import('../dist/src/cli/bin.js')
