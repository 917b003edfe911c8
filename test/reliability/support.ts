/**
 * Shared by the reliability tests: the real CLI in a child process with exactly the
 * environment a test gives it (pointed at a loopback AWS server, never at AWS), a scratch
 * directory with empty AWS config files, and the identity of a report's verdicts.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AwsServer } from '../aws-server/index.js'
import { run } from '../../src/cli/main.js'

export const REPO = join(import.meta.dirname, '..', '..')

export interface Scratch {
  dir: string
  /** Environment for a scan through `server`: static fake keys, empty config files, no IMDS. */
  env(server: Pick<AwsServer, 'url'>, extra?: Record<string, string>): Record<string, string>
  remove(): void
}

export function scratch(prefix: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), `clearsky-${prefix}-`))
  writeFileSync(join(dir, 'config'), '')
  writeFileSync(join(dir, 'credentials'), '')
  mkdirSync(join(dir, 'home'))
  return {
    dir,
    env: (server, extra = {}) => ({
      HOME: join(dir, 'home'),
      // One endpoint for every service, S3 Control included: its client sends to an IP-address
      // endpoint as it is (src/sources/aws/clients.ts), so no `<account>.localhost` name is needed.
      AWS_ENDPOINT_URL: server.url,
      AWS_ACCESS_KEY_ID: 'AKIARELIABILITY00001',
      AWS_SECRET_ACCESS_KEY: 'reliability-test-not-a-secret',
      AWS_REGION: 'us-east-1',
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      NO_COLOR: '1',
      ...extra,
    }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Milliseconds from spawn to exit. */
  elapsedMs: number
}

/** The real bin (`node --import tsx src/cli/bin.ts …`) with exactly `env` plus PATH. */
export function spawnCli(args: readonly string[], env: Record<string, string>, timeoutMs = 60_000): { child: ChildProcess; done: Promise<CliResult> } {
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { cwd: REPO, env: { PATH: process.env.PATH ?? '', ...env }, timeout: timeoutMs })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, elapsedMs: performance.now() - started }))
  })
  return { child, done }
}

export function runCli(args: readonly string[], env: Record<string, string>, timeoutMs?: number): Promise<CliResult> {
  return spawnCli(args, env, timeoutMs).done
}

export interface ReportFinding {
  checkId: string
  resourceId: string
  region: string
  status: string
}

export interface JsonReport {
  findings: ReportFinding[]
  gaps: { resourceType: string; region?: string; code: string }[]
  notes: string[]
}

export function readReport(file: string): JsonReport {
  return JSON.parse(readFileSync(file, 'utf8')) as JsonReport
}

/** `checkId resourceId status`, sorted: what a verdict is about and what it says, nothing rendered. */
export function verdicts(report: Pick<JsonReport, 'findings'>): string[] {
  return report.findings.map((f) => `${f.checkId} ${f.resourceId} ${f.status}`).sort()
}

/** Resolves when `predicate` holds, polling every 20 ms; rejects after `timeoutMs`. */
export async function until(predicate: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = performance.now() + timeoutMs
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/**
 * Runs the CLI in this process with exactly `env` as its AWS and clearsky environment (faster
 * than a child process when a test runs many scans), capturing stderr. Stdout is left alone:
 * the test runner reports through it, so the commands should write to files.
 */
export async function cliInProcess(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  const saved = { ...process.env }
  for (const k of Object.keys(process.env)) if (k.startsWith('AWS_') || k.startsWith('CLEARSKY_')) delete process.env[k]
  Object.assign(process.env, env)
  let stderr = ''
  const err = process.stderr.write.bind(process.stderr)
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write
  try {
    return { code: await run(args), stderr }
  } finally {
    process.stderr.write = err
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
  }
}
