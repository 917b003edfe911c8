import { terminalSafeLine } from '../reporters/terminal-safe.js'
import { Command, CommanderError } from 'commander'
import { VERSION } from '../version.js'
import { EXIT_ERROR, UsageError } from './errors.js'
import { EXIT_INTERRUPTED, interruptSignal } from './interrupt.js'
import { scanCommand } from './commands/scan.js'
import { collectCommand } from './commands/collect.js'
import { checksCommand } from './commands/checks.js'
import { permissionsCommand } from './commands/permissions.js'
import { frameworksCommand } from './commands/frameworks.js'
import { explainCommand } from './commands/explain.js'
import { historyCommands } from './commands/history.js'
import { pushCommand } from './commands/push.js'
import { AwsSetupError, NoCredentialsError } from '../sources/aws/index.js'

/** Builds the program; `setExit` records the exit code a command decided on. */
export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('clearsky')
    .description('AWS security scanner: live accounts and infrastructure-as-code, deepest on serverless')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
  program.addCommand(scanCommand(setExit))
  program.addCommand(collectCommand())
  program.addCommand(checksCommand())
  program.addCommand(permissionsCommand())
  program.addCommand(frameworksCommand())
  program.addCommand(explainCommand())
  for (const cmd of historyCommands(setExit)) program.addCommand(cmd)
  program.addCommand(pushCommand(setExit))
  for (const cmd of program.commands) propagateExitOverride(cmd)
  return program
}

function propagateExitOverride(cmd: Command): void {
  cmd.exitOverride()
  for (const sub of cmd.commands) propagateExitOverride(sub)
}

/** Runs the CLI and returns the exit code; the only place that decides process exit. */
export async function run(argv: string[]): Promise<number> {
  let code = 0
  const program = buildProgram((c) => (code = c))
  try {
    await program.parseAsync(argv, { from: 'user' })
    return code
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return err.exitCode === 0 ? 0 : EXIT_ERROR
    }
    if (interruptSignal.aborted) {
      process.stderr.write('clearsky: interrupted; no report was written\n')
      return EXIT_INTERRUPTED
    }
    if (err instanceof UsageError || err instanceof NoCredentialsError || err instanceof AwsSetupError) {
      // Messages quote file names and values from templates and snapshots: one safe line.
      process.stderr.write(`clearsky: ${terminalSafeLine(err.message)}\n`)
      return EXIT_ERROR
    }
    process.stderr.write(`clearsky: internal error — please report it at the project's issue tracker with this output:\n${(err as Error)?.stack ?? String(err)}\n`)
    return EXIT_ERROR
  }
}

