/**
 * Merges the configuration file into a scan command's options before its action runs, so the
 * actions see one set of flags. Flags given on the command line win; the file fills the rest
 * (commander records those values with the source 'config').
 */
import type { Command } from 'commander'
import { CHECKS } from '../checks/index.js'
import { FRAMEWORKS } from '../compliance/index.js'
import { findConfigFile, loadConfig, type ClearskyConfig } from '../core/config.js'
import { loadMutelist, type MutelistRule } from '../core/mutelist.js'
import { ConfigError } from '../core/yaml-source.js'
import { REPORTERS } from '../reporters/index.js'
import { UsageError } from './errors.js'

/** What the configuration adds to a scan beyond plain flags. */
export interface ScanSettings {
  /** The configuration file that was read, if any. */
  configFile?: string
  checkOptions: Record<string, Record<string, unknown>>
  mutelist: MutelistRule[]
}

/** commander preAction hook for scan commands: validates and applies configuration and mutelist. */
export function applyConfigHook(_hooked: Command, cmd: Command): void {
  try {
    applyConfig(cmd)
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message)
    throw err
  }
}

function applyConfig(cmd: Command): void {
  const flags = cmd.opts<{ config?: string | false; mutelist?: string; allRegions?: boolean }>()
  const file = flags.config === false ? undefined : (flags.config ?? findConfigFile(process.cwd()))
  const config = file ? loadConfig(file, { checks: CHECKS, formats: Object.keys(REPORTERS), frameworks: FRAMEWORKS.map((f) => f.id) }) : undefined
  if (config) fillFromConfig(cmd, config, Boolean(flags.allRegions))
  const known = CHECKS.map((c) => c.meta.id)
  let mutelist: MutelistRule[] = []
  if (flags.mutelist) mutelist = loadMutelist(flags.mutelist, known)
  else if (config?.mutelist?.kind === 'file') mutelist = loadMutelist(config.mutelist.path, known)
  else if (config?.mutelist?.kind === 'inline') mutelist = config.mutelist.rules
  const settings: ScanSettings = { checkOptions: config?.checkOptions ?? {}, mutelist, ...(file ? { configFile: file } : {}) }
  cmd.setOptionValueWithSource('settings', settings, 'config')
}

function fillFromConfig(cmd: Command, config: ClearskyConfig, allRegions: boolean): void {
  const fill = (key: string, value: unknown) => {
    if (value === undefined) return
    if (!cmd.options.some((o) => o.attributeName() === key)) return // e.g. --profile on a snapshot scan
    const source = cmd.getOptionValueSource(key)
    const current = cmd.getOptionValue(key)
    const unset = source === undefined || source === 'default' || (Array.isArray(current) && current.length === 0)
    if (unset && source !== 'cli') cmd.setOptionValueWithSource(key, value, 'config')
  }
  fill('profile', config.profile)
  if (!allRegions) fill('region', config.regions)
  fill('checks', config.checks)
  fill('excludeChecks', config.excludeChecks)
  fill('severity', config.severity)
  fill('failOn', config.failOn)
  fill('format', config.formats)
  if (cmd.getOptionValue('output') === undefined) fill('outputDir', config.outputDir)
  fill('framework', config.frameworks)
}
