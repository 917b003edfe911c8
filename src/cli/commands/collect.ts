import { Command } from 'commander'
import { maskInventorySecrets } from '../../analysis/secrets/mask-inventory.js'
import { CHECKS } from '../../checks/index.js'
import { INVENTORY_COLLECTED_SCHEMA_VERSION } from '../../core/inventory.js'
import { addAwsOptions, collectForChecks, type AwsFlags } from '../aws-options.js'
import { selectFromFlags, writeFileAtomic } from '../run-scan.js'
import { addCodeOptions, type CodeFlags } from '../code-options.js'

interface CollectFlags extends AwsFlags, CodeFlags {
  out: string
  includeSecrets?: boolean
  checks?: string[]
  excludeChecks?: string[]
  quiet?: boolean
}

const list = (v: string, prev: string[] = []) => prev.concat(v.split(',').map((s) => s.trim()).filter(Boolean))

export function collectCommand(): Command {
  const collect = new Command('collect').description('collect an inventory once, to evaluate later with `clearsky scan snapshot`')
  addCodeOptions(addAwsOptions(
    collect
      .command('aws')
      .description('collect from AWS into a snapshot file')
      .requiredOption('--out <file>', 'snapshot file to write')
      .option('--include-secrets', 'keep secret-looking values (environment variables) unmasked in the snapshot')
      .option('--checks <ids...>', 'collect only what these checks need', list)
      .option('--exclude-checks <ids...>', 'skip what only these checks need', list)
      .option('-q, --quiet', 'no progress output'),
  )).action(async (flags: CollectFlags) => {
    const checks = flags.checks || flags.excludeChecks ? selectFromFlags({ ...flags, format: [], failOn: 'none' }) : CHECKS
    const inv = await collectForChecks(flags, checks)
    const out = flags.includeSecrets ? { ...inv, secretsMasked: false } : maskInventorySecrets(inv)
    writeFileAtomic(flags.out, JSON.stringify(out, null, 1) + '\n')
    let n = 0
    for (const items of Object.values(inv.resources)) n += items?.length ?? 0
    const types = inv.collected?.flatMap((c) => c.resourceTypes).length ?? 0
    // Version 3: some types were not collected; saying so here saves a surprise at `scan snapshot`.
    const narrow = inv.schemaVersion === INVENTORY_COLLECTED_SCHEMA_VERSION ? ` of ${types} resource type(s) the selected checks need; other checks will report the rest unknown` : ''
    if (!flags.quiet) process.stderr.write(`wrote ${n} resources${narrow} to ${flags.out}${flags.includeSecrets ? ' (secrets NOT masked)' : ''}\n`)
  })
  return collect
}
