#!/usr/bin/env bash
# Runs every test: type-check, then node's test runner over every *.test.ts in src/ and test/.
# node 20 does not expand globs itself, so the file list is built here.
set -euo pipefail
cd "$(dirname "$0")/.."
export AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true NO_COLOR=1
npx tsc -p tsconfig.json --noEmit
mapfile -t files < <(find src test -name '*.test.ts' -not -path '*/node_modules/*' | sort)
if [ "${#files[@]}" -eq 0 ]; then echo "no test files found" >&2; exit 1; fi
exec node --import tsx --test --test-concurrency=2 "${files[@]}"
