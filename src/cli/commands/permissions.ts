import { Command, Option } from 'commander'
import { SEVERITIES } from '../../core/severity.js'
import { CODE_INSPECTION_ACTIONS, collectorsFor, permissionsPolicy } from '../../sources/aws/index.js'
import { applyConfigHook, type ScanSettings } from '../apply-config.js'
import { addCodeOptions } from '../code-options.js'
import { selectFromFlags, typesNeeded } from '../run-scan.js'

const list = (v: string, prev: string[] = []) => prev.concat(v.split(',').map((s) => s.trim()).filter(Boolean))

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
  const cmd = new Command('permissions')
    .description('print the least-privilege IAM policy a scan with the chosen checks needs (built from what each collector calls)')
    .option('--checks <ids...>', 'only these checks', list)
    .option('--exclude-checks <ids...>', 'not these checks', list)
    .addOption(new Option('--severity <level>', 'only checks at or above this severity').choices([...SEVERITIES]))
    .option('--framework <id>', 'only the checks this compliance framework maps, repeatable', list)
    .option('--config <file>', 'configuration file whose selection and mutelist the scan will use (default: clearsky.config.yaml in the working directory)')
    .option('--no-config', 'ignore clearsky.config.yaml in the working directory')
    .option('--mutelist <file>', 'the mutelist the scan will use: rules that match on tags need the tag reads')
    .hook('preAction', applyConfigHook)
  return addCodeOptions(cmd, false)
    .action((flags: PermissionsFlags) => {
      const checks = selectFromFlags({ ...flags, format: [], failOn: 'none' })
      const tagRules = flags.settings?.mutelist.some((r) => r.tags) ?? false
      // Exact for the selection: optional calls no selected check reads are left out, as the scan skips them.
      const policy = permissionsPolicy(collectorsFor(typesNeeded(checks)), flags.inspectCode ? CODE_INSPECTION_ACTIONS : [], {
        checks: new Set(checks.map((c) => c.meta.id)),
        fields: new Set(tagRules ? ['tags'] : []),
      })
      process.stdout.write(JSON.stringify(policy, null, 2) + '\n')
    })
}
