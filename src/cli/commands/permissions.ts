import { Command } from 'commander'
import { collectorsFor, permissionsPolicy } from '../../sources/aws/index.js'
import { selectFromFlags, typesNeeded } from '../run-scan.js'

const list = (v: string, prev: string[] = []) => prev.concat(v.split(',').map((s) => s.trim()).filter(Boolean))

export function permissionsCommand(): Command {
  return new Command('permissions')
    .description('print the least-privilege IAM policy a scan with the chosen checks needs (built from what each collector calls)')
    .option('--checks <ids...>', 'only these checks', list)
    .option('--exclude-checks <ids...>', 'not these checks', list)
    .action((flags: { checks?: string[]; excludeChecks?: string[] }) => {
      const checks = selectFromFlags({ ...flags, format: [], failOn: 'none' })
      const policy = permissionsPolicy(collectorsFor(typesNeeded(checks)))
      process.stdout.write(JSON.stringify(policy, null, 2) + '\n')
    })
}
