import { Command } from 'commander'
import { readSnapshot, SnapshotError } from '../../core/snapshot.js'
import { withNotCollectedGaps } from '../../core/collected.js'
import { UsageError } from '../errors.js'
import { evaluateAndReport, selectFromFlags } from '../run-scan.js'
import { addScanOptions, parseFormats, type ScanFlags } from '../scan-options.js'
import { addAwsOptions, collectForChecks, type AwsFlags } from '../aws-options.js'
import { addStoreOptions, type StoreFlags } from '../store-options.js'
import { scanIacCommand } from './scan-iac.js'
import { addCodeOptions, type CodeFlags } from '../code-options.js'

type Exit = (code: number) => void

export function scanCommand(setExit: Exit): Command {
  const scan = new Command('scan').description('scan a live AWS account, a saved snapshot or infrastructure-as-code')

  addStoreOptions(addCodeOptions(addAwsOptions(addScanOptions(scan.command('aws').description('collect from AWS with your credentials and evaluate every selected check')))), true).action(
    async (flags: ScanFlags & AwsFlags & StoreFlags & CodeFlags) => {
      const startedAt = new Date()
      const checks = selectFromFlags(flags)
      parseFormats(flags)
      const inv = await collectForChecks(flags, checks)
      setExit((await evaluateAndReport(inv, checks, flags, startedAt)).code)
    },
  )

  addStoreOptions(addScanOptions(scan.command('snapshot').description('evaluate a snapshot saved by `clearsky collect aws` (no AWS access)').argument('<file>', 'snapshot JSON')), true).action(
    async (file: string, flags: ScanFlags & StoreFlags) => {
      const startedAt = new Date()
      const checks = selectFromFlags(flags)
      let inv
      try {
        inv = readSnapshot(file)
      } catch (err) {
        if (err instanceof SnapshotError) throw new UsageError(err.message)
        throw err
      }
      // A type the snapshot's collection never gathered is unknown, not empty.
      setExit((await evaluateAndReport(withNotCollectedGaps(inv, checks), checks, flags, startedAt)).code)
    },
  )
  scan.addCommand(scanIacCommand(setExit))
  return scan
}
