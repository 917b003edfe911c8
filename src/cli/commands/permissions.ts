import { Command } from 'commander'
import { CODE_INSPECTION_ACTIONS, collectorsFor, permissionsPolicy } from '../../sources/aws/index.js'
import type { ScanSettings } from '../apply-config.js'
import { detailSelection } from '../aws-options.js'
import { addCodeOptions } from '../code-options.js'
import { selectFromFlags, typesNeeded } from '../run-scan.js'
import { addConfigOptions, addSelectionOptions } from '../scan-options.js'

interface PermissionsFlags {
  checks?: string[]
  excludeChecks?: string[]
  severity?: string
  framework?: string[]
  inspectCode?: boolean
  settings?: ScanSettings
}

/**
 * The selection flags and the configuration file are read as `scan aws` reads them, so the policy
 * matches the scan it is for: the same checks, and the tag reads a tag-matching mutelist needs.
 */
export function permissionsCommand(): Command {
  const cmd = new Command('permissions').description('print the least-privilege IAM policy a scan with the chosen checks needs (built from what each collector calls)')
  addConfigOptions(addSelectionOptions(cmd))
  return addCodeOptions(cmd, false)
    .action((flags: PermissionsFlags) => {
      const checks = selectFromFlags({ ...flags, format: [], failOn: 'none' })
      // Exact for the selection: the scan skips optional calls that no selected check (nor the mutelist) needs.
      const policy = permissionsPolicy(collectorsFor(typesNeeded(checks)), flags.inspectCode ? CODE_INSPECTION_ACTIONS : [], detailSelection(checks, flags.settings))
      process.stdout.write(JSON.stringify(policy, null, 2) + '\n')
    })
}
