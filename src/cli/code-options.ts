import type { Command } from 'commander'
import type { CodeInspectionOptions } from '../sources/aws/index.js'
import { AdvisoryDirectoryError, loadOsvDirectory } from '../sources/advisories/osv-directory.js'
import { UsageError } from './errors.js'

/** `--inspect-code` and `--advisories`, on `scan aws`, `collect aws` and `permissions`. */
export interface CodeFlags {
  inspectCode?: boolean
  advisories?: string
}

export function addCodeOptions(cmd: Command, withAdvisories = true): Command {
  cmd.option(
    '--inspect-code',
    'download each Lambda function\'s deployment package and layers and analyze them in memory (hard-coded secrets, SQL built from strings, event data reaching eval or a shell, dependencies); needs lambda:GetFunction and lambda:GetLayerVersion',
  )
  if (withAdvisories) cmd.option('--advisories <dir>', 'with --inspect-code: match the dependencies against the OSV advisory files (JSON) in this directory, offline')
  return cmd
}

/** The collection options the flags ask for (undefined: no code inspection), and notes for the report. */
export function codeInspectionFromFlags(flags: CodeFlags): { options?: CodeInspectionOptions; notes: string[] } {
  if (flags.advisories && !flags.inspectCode) throw new UsageError('--advisories needs --inspect-code')
  if (!flags.inspectCode) return { notes: [] }
  if (!flags.advisories) return { options: {}, notes: [] }
  try {
    const { index, skipped } = loadOsvDirectory(flags.advisories)
    const notes = skipped ? [`advisories: ${skipped} file(s) in ${flags.advisories} are not OSV advisories and were skipped`] : []
    return { options: { advisories: index }, notes }
  } catch (err) {
    if (err instanceof AdvisoryDirectoryError) throw new UsageError(err.message)
    throw err
  }
}
