/**
 * Loads an offline advisory database: a directory of OSV JSON files (for example the per-
 * ecosystem exports of osv.dev, unzipped), searched recursively. Nothing is fetched from the
 * network. Files that are not OSV advisories are counted and skipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { buildAdvisoryIndex, isOsvAdvisory, type AdvisoryIndex, type OsvAdvisory } from '../../analysis/code/advisories/osv.js'

/** The directory cannot be used at all (missing, not a directory, unreadable). */
export class AdvisoryDirectoryError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AdvisoryDirectoryError'
  }
}

export interface LoadedAdvisories {
  index: AdvisoryIndex
  /** JSON files that could not be parsed or are not OSV advisories. */
  skipped: number
}

/** Largest advisory file read; real OSV records are a few KB. */
const MAX_FILE_BYTES = 4 * 1024 * 1024

export function loadOsvDirectory(dir: string): LoadedAdvisories {
  let st
  try {
    st = statSync(dir)
  } catch (err) {
    throw new AdvisoryDirectoryError(`cannot read advisory directory ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)
  }
  if (!st.isDirectory()) throw new AdvisoryDirectoryError(`${dir} is not a directory`)
  const advisories: OsvAdvisory[] = []
  let skipped = 0
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isFile() && entry.name.endsWith('.json')) {
        try {
          if (statSync(path).size > MAX_FILE_BYTES) {
            skipped++
            continue
          }
          const doc: unknown = JSON.parse(readFileSync(path, 'utf8'))
          const list = Array.isArray(doc) ? doc : [doc]
          for (const item of list) {
            if (isOsvAdvisory(item)) advisories.push(item)
            else skipped++
          }
        } catch {
          skipped++
        }
      }
    }
  }
  walk(dir)
  return { index: buildAdvisoryIndex(advisories, dir), skipped }
}
