/**
 * `clearsky scan iac PATH…`: the same checks as a live scan, over CloudFormation/SAM
 * templates, CDK output (cdk.out) and serverless.yml. Checks marked `liveOnly` are left out
 * (templates cannot express what they read). Files that cannot be read are reported with
 * their position and the scan goes on; the exit code is then 2.
 */
import { terminalSafeLine } from '../../reporters/terminal-safe.js'
import { existsSync } from 'node:fs'
import { Command } from 'commander'
import { summarize } from '../../core/engine.js'
import type { ScanReport } from '../../core/finding.js'
import { loadIac } from '../../sources/iac/load.js'
import { parseParameterFlags, readParametersFile, ParameterError } from '../../sources/iac/parameters.js'
import { applySuppressions } from '../../sources/iac/suppressions.js'
import { formatFileError, type IacOptions } from '../../sources/iac/types.js'
import { terraformVarOptions, TerraformOptionError } from '../../sources/terraform/options.js'
import { CHECKS } from '../../checks/index.js'
import { EXIT_ERROR, UsageError } from '../errors.js'
import { evaluateAndReport, selectFromFlags } from '../run-scan.js'
import { addScanOptions, parseFormats, type ScanFlags } from '../scan-options.js'
import { addStoreOptions, type StoreFlags } from '../store-options.js'

export interface IacFlags extends ScanFlags {
  parameter?: string[]
  parameters?: string
  stage?: string
  accountId?: string
  region?: string
  partition?: string
  /** Terraform `--var NAME=VALUE`. */
  var?: string[]
  /** Terraform `--var-file FILE`. */
  varFile?: string[]
}

const repeat = (v: string, prev: string[] = []) => prev.concat(v)

export function addIacOptions(cmd: Command): Command {
  return cmd
    .option('--parameter <Key=Value>', 'template parameter value, repeatable (wins over --parameters)', repeat)
    .option('--parameters <file>', 'parameter values: CloudFormation [{ParameterKey, ParameterValue}] JSON or a {Key: Value} map')
    .option('--stage <stage>', 'serverless.yml stage (default: provider.stage, else dev)')
    .option('--account-id <id>', 'account id that stands in for AWS::AccountId', '123456789012')
    .option('--region <region>', 'region that stands in for AWS::Region', 'us-east-1')
    .option('--partition <partition>', 'AWS partition (aws, aws-cn, aws-us-gov)', 'aws')
    .option('--var <NAME=VALUE>', 'Terraform variable value for root modules, repeatable (wins over --var-file)', repeat)
    .option('--var-file <file>', 'Terraform variable file (.tfvars or .tfvars.json), repeatable; later files win', repeat)
}

export function iacOptionsFromFlags(flags: IacFlags): IacOptions {
  let parameters: Record<string, string> = {}
  try {
    if (flags.parameters) parameters = readParametersFile(flags.parameters)
    parameters = { ...parameters, ...parseParameterFlags(flags.parameter ?? []) }
  } catch (err) {
    if (err instanceof ParameterError) throw new UsageError(err.message)
    throw err
  }
  const accountId = flags.accountId ?? '123456789012'
  if (!/^\d{12}$/.test(accountId)) throw new UsageError(`--account-id must be 12 digits, got '${accountId}'`)
  let terraform
  try {
    terraform = terraformVarOptions(flags.var, flags.varFile)
  } catch (err) {
    if (err instanceof TerraformOptionError) throw new UsageError(err.message)
    throw err
  }
  // serverless.yml ${env:…} reads the environment the scan runs in, as `serverless deploy` would.
  return { accountId, region: flags.region ?? 'us-east-1', partition: flags.partition ?? 'aws', parameters, env: process.env, ...(flags.stage ? { stage: flags.stage } : {}), ...terraform }
}

export function scanIacCommand(setExit: (code: number) => void): Command {
  const cmd = new Command('iac')
    .description('scan CloudFormation/SAM templates, CDK output (cdk.out), serverless.yml and Terraform (.tf, .tf.json, plan JSON) with the same checks as a live account')
    .argument('<paths...>', 'template files or directories (searched recursively, by content)')
  addStoreOptions(addIacOptions(addScanOptions(cmd)), true).action(async (paths: string[], flags: IacFlags & StoreFlags) => {
    const startedAt = new Date()
    const checks = selectFromFlags(flags).filter((c) => !c.meta.liveOnly)
    if (!checks.length) throw new UsageError('every selected check needs a live account (liveOnly); none can run on templates')
    const formats = parseFormats(flags)
    for (const p of paths) if (!existsSync(p)) throw new UsageError(`${p}: no such file or directory`)
    const options = iacOptionsFromFlags(flags)
    const scan = loadIac(paths, options)
    if (!scan.files.length && !scan.errors.length) throw new UsageError(`no CloudFormation, SAM, CDK, serverless.yml or Terraform configuration found in ${paths.join(', ')}`)
    const inv = scan.inventory
    for (const e of scan.errors) inv.notes.push(`template error: ${formatFileError(e)}`)
    inv.notes.push(...scan.notes)
    const knownIds = new Set(CHECKS.map((c) => c.meta.id))
    for (const s of scan.suppressions)
      if (!s.checkId.includes('*') && !knownIds.has(s.checkId)) inv.notes.push(`${s.file}:${s.line}: suppression names unknown check '${s.checkId}'`)
    const consoleOnStdout = formats.includes('console') && !flags.output && !flags.outputDir
    if (!consoleOnStdout) for (const e of scan.errors) process.stderr.write(`clearsky: ${terminalSafeLine(formatFileError(e))}\n`)
    if (!flags.quiet && !consoleOnStdout) process.stderr.write(`read ${scan.files.length} template file(s)\n`)
    const adjust = (report: ScanReport): ScanReport => {
      applySuppressions(report.findings, scan.suppressions, scan.sourcesByResource)
      return { ...report, summary: summarize(report.findings, report.summary.checksRun, report.summary.resourcesEvaluated) }
    }
    const { code } = await evaluateAndReport(inv, checks, flags, startedAt, adjust)
    setExit(scan.errors.length ? EXIT_ERROR : code)
  })
  return cmd
}
