import { Option, type Command } from 'commander'
import { isSeverity, SEVERITIES, type Severity } from '../core/severity.js'
import { REPORTERS } from '../reporters/index.js'
import { UsageError } from './errors.js'
import { applyConfigHook, type ScanSettings } from './apply-config.js'

export interface ScanFlags {
  checks?: string[]
  excludeChecks?: string[]
  severity?: string
  format: string[]
  output?: string
  outputDir?: string
  failOn: string
  quiet?: boolean
  verbose?: boolean
  color?: boolean
  /** Configuration file; false with --no-config. */
  config?: string | false
  mutelist?: string
  /** Compliance framework ids: run only their checks and print a per-control summary. */
  framework?: string[]
  /** Filled by the configuration hook before the action runs. */
  settings?: ScanSettings
}

const collect = (v: string, prev: string[] = []) => prev.concat(v.split(',').map((s) => s.trim()).filter(Boolean))

/** Which checks run: shared by every `scan …` command and by `permissions`, so both select alike. */
export function addSelectionOptions(cmd: Command): Command {
  return cmd
    .option('--checks <ids...>', 'only these check ids or globs (comma or space separated)', collect)
    .option('--exclude-checks <ids...>', 'skip these check ids or globs', collect)
    .addOption(new Option('--severity <level>', 'only run checks at or above this severity').choices([...SEVERITIES]))
    .option('--framework <id>', "compliance framework, repeatable: run only its checks and print a per-control summary ('clearsky frameworks' lists ids)", collect)
}

/** The configuration file and the mutelist, applied before the action runs (scan commands and `permissions`). */
export function addConfigOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'configuration file (default: clearsky.config.yaml in the working directory)')
    .option('--no-config', 'ignore clearsky.config.yaml in the working directory')
    .option('--mutelist <file>', 'suppression rules (YAML): matching findings are reported as muted and do not fail the scan')
    .hook('preAction', applyConfigHook)
}

/** Options shared by every `scan …` command. */
export function addScanOptions(cmd: Command): Command {
  addSelectionOptions(cmd)
    .option('-f, --format <name>', `output format, repeatable: ${Object.keys(REPORTERS).join(', ')}`, collect, [])
    .option('-o, --output <file>', 'write the report to a file instead of stdout (one format)')
    .option('--output-dir <dir>', 'write one file per format into this directory')
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding at or above this severity fails ("none" never)').choices([...SEVERITIES, 'none']).default('high'))
    .option('-q, --quiet', 'no progress output')
    .option('-v, --verbose', 'also list passed and not-applicable results in the console')
    .option('--no-color', 'no colours in console output')
  return addConfigOptions(cmd)
}

export function parseFormats(flags: ScanFlags): string[] {
  const formats = flags.format.length ? flags.format : ['console']
  for (const f of formats) if (!REPORTERS[f]) throw new UsageError(`unknown format '${f}' (choose from ${Object.keys(REPORTERS).join(', ')})`)
  if (flags.output && formats.length > 1) throw new UsageError('--output takes one format; use --output-dir for several')
  return [...new Set(formats)]
}

export function parseSeverity(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined
  if (!isSeverity(value)) throw new UsageError(`unknown severity '${value}' (choose from ${SEVERITIES.join(', ')})`)
  return value
}
