/**
 * Hard-coded secrets in the files of a code package, with the same patterns as everywhere else
 * (data/secret-patterns.json through findSecretsInText). Only the path, line and pattern id are
 * kept: never the value, not even masked. In minified bundles (whole libraries on a few long
 * lines) only the specific token formats are kept; the generic `password = "…"` assignment
 * patterns are too noisy there.
 */
import type { CodeSecretFinding } from '../../model/lambda.js'
import { findSecretsInText } from '../secrets/find-in-text.js'
import { patternById } from '../secrets/rules.js'
import type { CodeFile } from './files.js'

export function findCodeSecrets(file: CodeFile, opts: { minified?: boolean } = {}): CodeSecretFinding[] {
  const out: CodeSecretFinding[] = []
  for (const s of findSecretsInText(file.text)) {
    if (opts.minified && patternById(s.patternId)?.generic) continue
    out.push({ path: file.path, line: s.line, patternId: s.patternId })
  }
  return out
}
