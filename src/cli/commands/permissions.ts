import { Command } from 'commander'
import { CODE_INSPECTION_ACTIONS, collectorsFor, permissionsPolicy } from '../../sources/aws/index.js'
import { addCodeOptions } from '../code-options.js'
import { selectFromFlags, typesNeeded } from '../run-scan.js'

const list = (v: string, prev: string[] = []) => prev.concat(v.split(',').map((s) => s.trim()).filter(Boolean))

export function permissionsCommand(): Command {
  const cmd = new Command('permissions')
    .description('print the least-privilege IAM policy a scan with the chosen checks needs (built from what each collector calls)')
    .option('--checks <ids...>', 'only these checks', list)
    .option('--exclude-checks <ids...>', 'not these checks', list)
  return addCodeOptions(cmd, false)
    .action((flags: { checks?: string[]; excludeChecks?: string[]; inspectCode?: boolean }) => {
      const checks = selectFromFlags({ ...flags, format: [], failOn: 'none' })
      // Exact for the selection: optional calls no selected check reads are left out, as the scan skips them.
      const policy = permissionsPolicy(collectorsFor(typesNeeded(checks)), flags.inspectCode ? CODE_INSPECTION_ACTIONS : [], { checks: new Set(checks.map((c) => c.meta.id)) })
      process.stdout.write(JSON.stringify(policy, null, 2) + '\n')
    })
}
