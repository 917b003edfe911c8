import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__')

/**
 * Compares text with the committed file test/reporters/__snapshots__/<name>. With
 * UPDATE_SNAPSHOTS=1 it writes the file instead (review the diff before committing).
 */
export function matchSnapshot(name: string, actual: string): void {
  const file = join(DIR, name)
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(DIR, { recursive: true })
    writeFileSync(file, actual)
    return
  }
  assert.ok(existsSync(file), `snapshot ${name} is missing: run UPDATE_SNAPSHOTS=1 node --import tsx --test test/reporters/snapshots.test.ts`)
  const expected = readFileSync(file, 'utf8')
  if (actual !== expected) {
    const a = actual.split('\n')
    const e = expected.split('\n')
    const line = a.findIndex((l, i) => l !== e[i])
    assert.fail(`${name} differs from the snapshot at line ${line + 1}:\n  expected: ${JSON.stringify(e[line])}\n  actual:   ${JSON.stringify(a[line])}\n(UPDATE_SNAPSHOTS=1 to accept)`)
  }
}
