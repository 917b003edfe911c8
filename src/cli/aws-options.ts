import type { Command } from 'commander'
import type { AnyCheck } from '../core/check.js'
import type { Inventory } from '../core/inventory.js'
import type { DetailSelection } from '../sources/aws/collector.js'
import { collectAws } from '../sources/aws/index.js'
import { UsageError } from './errors.js'
import { interruptSignal, throwIfInterrupted } from './interrupt.js'
import { progressReporter } from './progress.js'
import { typesNeeded } from './run-scan.js'
import type { ResourceType } from '../model/resource-types.js'
import { codeInspectionFromFlags, type CodeFlags } from './code-options.js'

/** The part of the scan settings collection looks at. */
interface MutelistFlags {
  settings?: { mutelist?: readonly { tags?: unknown }[] }
}

export interface AwsFlags {
  profile?: string
  region?: string[]
  allRegions?: boolean
  quiet?: boolean
}

const collect = (v: string, prev: string[] = []) => prev.concat(v.split(',').map((s) => s.trim()).filter(Boolean))

export function addAwsOptions(cmd: Command): Command {
  return cmd
    .option('-p, --profile <name>', 'AWS profile (default: the standard credential chain)')
    .option('-r, --region <region...>', 'region to scan, repeatable (default: the profile or AWS_REGION region)', collect)
    .option('--all-regions', 'every region enabled for the account')
}

export function checkRegionFlags(flags: AwsFlags): void {
  if (flags.allRegions && flags.region?.length) throw new UsageError('--region and --all-regions cannot be combined')
}

/**
 * Optional per-resource calls only for what the selected checks read; a mutelist that matches on
 * tags needs the tags too, or its rules would silently stop muting. `clearsky permissions` uses the
 * same selection, so its policy grants exactly these calls.
 */
export function detailSelection(checks: readonly AnyCheck[], settings: MutelistFlags['settings']): DetailSelection {
  return { checks: new Set(checks.map((c) => c.meta.id)), fields: new Set(settings?.mutelist?.some((r) => r.tags) ? ['tags'] : []) }
}

/**
 * Collects from AWS what the given checks need, with progress on stderr and Ctrl-C support.
 * Shared by `scan aws` and `collect aws`.
 */
export async function collectForChecks(flags: AwsFlags & CodeFlags & MutelistFlags, checks: readonly AnyCheck[]): Promise<Inventory> {
  checkRegionFlags(flags)
  const code = codeInspectionFromFlags(flags)
  const progress = progressReporter(flags.quiet)
  const inv = await collectAws({
    ...(code.options ? { inspectCode: code.options } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.region?.length ? { regions: flags.region } : {}),
    allRegions: Boolean(flags.allRegions),
    signal: interruptSignal,
    resourceTypes: typesNeeded(checks),
    evaluatedTypes: [...new Set(checks.map((c) => c.meta.resourceType as ResourceType))],
    details: detailSelection(checks, flags.settings),
    ...(progress.onProgress ? { onProgress: progress.onProgress } : {}),
  }).finally(() => progress.done())
  throwIfInterrupted()
  inv.notes.push(...code.notes)
  return inv
}
