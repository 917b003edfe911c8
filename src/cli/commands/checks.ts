import { Command } from 'commander'
import Table from 'cli-table3'
import { CHECKS } from '../../checks/index.js'

export function checksCommand(): Command {
  return new Command('checks')
    .description('list every check: id, severity, resource type, title')
    .option('--json', 'machine-readable list with descriptions and remediation')
    .action((flags: { json?: boolean }) => {
      if (flags.json) {
        process.stdout.write(JSON.stringify(CHECKS.map((c) => c.meta), null, 2) + '\n')
        return
      }
      const table = new Table({ head: ['id', 'severity', 'resource type', 'title'], style: { head: [], border: [] } })
      for (const c of CHECKS) table.push([c.meta.id, c.meta.severity, c.meta.resourceType, c.meta.title])
      process.stdout.write(`${table.toString()}\n${CHECKS.length} checks\n`)
    })
}
