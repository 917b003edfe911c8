/**
 * examples/terraform through the CLI: the deliberate weaknesses are found with their file and
 * line, the inline suppression holds, and the configuration alone (evaluated by this scanner)
 * gives the same verdicts as the plan beside it. Also `--var` / `--var-file` on the command line.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Finding, ScanReport } from '../../../src/core/finding.js'
import { runCli } from '../../cli/capture.js'

const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'examples', 'terraform')

async function scan(args: string[], dir: string): Promise<{ code: number; report: ScanReport; stderr: string }> {
  const out = join(dir, `report-${Math.random().toString(36).slice(2)}.json`)
  const { code, stderr } = await runCli(['scan', 'iac', ...args, '--no-config', '-q', '-f', 'json', '-o', out])
  return { code, stderr, report: JSON.parse(readFileSync(out, 'utf8')) as ScanReport }
}

const short = (f: Finding) => `${f.checkId} ${f.resourceName.replace(/^orders-prod-/, '')} ${f.status}`
const lineOf = (file: string, needle: string) => readFileSync(join(EXAMPLE, file), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1

describe('examples/terraform', () => {
  let dir: string
  let withPlan: ScanReport
  let configOnly: ScanReport
  let exit: number
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clearsky-tf-example-'))
    const r = await scan([EXAMPLE, '--fail-on', 'high'], dir)
    withPlan = r.report
    exit = r.code
    // The same configuration without its plan: evaluated from the .tf files.
    const copy = join(dir, 'terraform')
    mkdirSync(copy)
    for (const f of readdirSync(EXAMPLE)) if (f.endsWith('.tf')) copyFileSync(join(EXAMPLE, f), join(copy, f))
    configOnly = (await scan([copy, '--fail-on', 'none'], dir)).report
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('the plan is read, its .tf files give the lines, and high findings fail the run', () => {
    assert.equal(exit, 1)
    assert.ok(withPlan.notes.some((n) => /plan\.json: Terraform plan used/.test(n)), withPlan.notes.join('\n'))
  })
  it('finds the deliberate weaknesses, each at its file and line', () => {
    const fail = (check: string, fn: string) => withPlan.findings.find((f) => f.checkId === check && f.status === 'fail' && f.resourceName === `orders-prod-${fn}` && (check !== 'lambda-env-no-plaintext-secrets' || f.at === 'environment.PAYMENT_API_KEY'))
    const cases: [string, string, string, string][] = [
      ['lambda-function-url-auth-required', 'payment-webhook', 'lambda.tf', 'authorization_type = "NONE"'],
      ['lambda-env-no-plaintext-secrets', 'payment-webhook', 'lambda.tf', 'PAYMENT_API_KEY = '],
      ['lambda-runtime-supported', 'payment-webhook', 'lambda.tf', 'runtime       = "python3.8"'],
      ['lambda-execution-role-not-admin', 'payment-webhook', 'lambda.tf', 'role          = aws_iam_role.shared_admin.arn'],
      ['lambda-function-url-cors-restricted', 'payment-webhook', 'lambda.tf', 'resource "aws_lambda_function" "payment_webhook"'],
      ['lambda-async-failure-destination', 'nightly-report', 'lambda.tf', 'resource "aws_lambda_function" "nightly_report"'],
      ['lambda-tracing-active', 'nightly-report', 'lambda.tf', 'mode = "PassThrough"'],
    ]
    for (const [check, fn, file, needle] of cases) {
      const f = fail(check, fn)
      assert.ok(f, `${check} on ${fn} not found`)
      assert.ok(f.location?.file.endsWith(`examples/terraform/${file}`), `${check}: ${f.location?.file}`)
      assert.equal(f.location?.startLine, lineOf(file, needle), `${check}: line`)
    }
  })
  it('the well-configured functions pass the checks the weak ones fail', () => {
    for (const check of ['lambda-function-url-auth-required', 'lambda-execution-role-not-admin', 'lambda-env-no-plaintext-secrets', 'lambda-async-failure-destination', 'lambda-vpc-multi-az', 'lambda-vpc-egress-restricted']) {
      const f = withPlan.findings.find((x) => x.checkId === check && x.resourceName === 'orders-prod-create')
      assert.ok(f && (f.status === 'pass' || f.status === 'skip'), `${check} on create: ${f?.status} ${f?.reason ?? ''}`)
    }
  })
  it('the inline suppression mutes the nightly report reserved-concurrency finding', () => {
    const f = withPlan.findings.find((x) => x.checkId === 'lambda-reserved-concurrency-set' && x.resourceName === 'orders-prod-nightly-report')!
    assert.deepEqual([f.status, f.muted?.reason], ['fail', 'one run per night; throttling cannot hurt it'])
  })
  it('the configuration alone gives the same verdicts as the plan', () => {
    const set = (r: ScanReport) => r.findings.filter((f) => f.status !== 'skip').map(short).sort()
    assert.deepEqual(set(configOnly), set(withPlan))
  })
})

describe('--var and --var-file', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clearsky-tf-vars-'))
    writeFileSync(join(dir, 'main.tf'), 'variable "auth" {}\nvariable "name" {\n  default = "api"\n}\nresource "aws_lambda_function" "api" {\n  function_name = var.name\n  role          = "arn:aws:iam::123456789012:role/api"\n}\nresource "aws_lambda_function_url" "api" {\n  function_name      = aws_lambda_function.api.function_name\n  authorization_type = var.auth\n}\n')
    writeFileSync(join(dir, 'iam.tfvars'), 'auth = "AWS_IAM"\n')
  })
  after(() => rmSync(dir, { recursive: true, force: true }))
  const urlVerdict = (r: ScanReport) => r.findings.find((f) => f.checkId === 'lambda-function-url-auth-required')!
  it('without a value the verdict is unknown', async () => {
    const { report } = await scan([dir, '--checks', 'lambda-function-url-auth-required'], dir)
    assert.equal(urlVerdict(report).status, 'unknown')
  })
  it('--var-file and --var (which wins) give real verdicts', async () => {
    const a = await scan([dir, '--checks', 'lambda-function-url-auth-required', '--var-file', join(dir, 'iam.tfvars')], dir)
    assert.equal(urlVerdict(a.report).status, 'pass')
    const b = await scan([dir, '--checks', 'lambda-function-url-auth-required', '--var-file', join(dir, 'iam.tfvars'), '--var', 'auth=NONE', '--var', 'name=public-api'], dir)
    assert.deepEqual([urlVerdict(b.report).status, urlVerdict(b.report).resourceName], ['fail', 'public-api'])
    assert.equal(b.code, 1)
  })
  it('a missing --var-file or a malformed --var is a usage error', async () => {
    assert.equal((await runCli(['scan', 'iac', dir, '--no-config', '-q', '--var-file', join(dir, 'nope.tfvars')])).code, 2)
    assert.equal((await runCli(['scan', 'iac', dir, '--no-config', '-q', '--var', 'novalue'])).code, 2)
  })
})
