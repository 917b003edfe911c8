/**
 * Findings point at the file and line to change: the resource block, and the argument when the
 * verdict is about one (also in a joined sibling and in a module). Suppression comments in
 * `.tf` files attach to the block they sit on or above.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { runChecks } from '../../../src/core/engine.js'
import { applySuppressions } from '../../../src/sources/iac/suppressions.js'
import { formatFileError } from '../../../src/sources/iac/types.js'
import urlAuth from '../../../src/checks/lambda/lambda-function-url-auth-required.js'
import tracing from '../../../src/checks/lambda/lambda-tracing-active.js'
import secrets from '../../../src/checks/lambda/lambda-env-no-plaintext-secrets.js'
import runtime from '../../../src/checks/lambda/lambda-runtime-supported.js'
import { loadTerraform, TF_TEST_NOW } from './snippets.js'

const MAIN = `# An API with a public URL.
resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  handler       = "index.handler"
  runtime       = "python3.8" // clearsky:ignore lambda-runtime-supported migration planned for Q3

  environment {
    variables = {
      TABLE       = "orders"
      DB_PASSWORD = "Winter2024-orders-db!"
    }
  }
}

# clearsky:ignore lambda-tracing-active tracing is sampled at the API layer
resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "NONE"
}

module "workers" {
  source = "./modules/worker"
  names  = ["a"]
}
`

const WORKER = `variable "names" {}

resource "aws_lambda_function" "this" {
  for_each      = toset(var.names)
  function_name = "worker-\${each.key}"
  role          = "arn:aws:iam::123456789012:role/worker"
  handler       = "index.handler"
  runtime       = "nodejs22.x"
}
`

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1

describe('locations and suppressions', () => {
  const scan = loadTerraform({ 'main.tf': MAIN, 'modules/worker/main.tf': WORKER })
  const findings = runChecks(scan.inventory, [urlAuth, tracing, secrets, runtime], { now: TF_TEST_NOW })
  const unused = applySuppressions(findings, scan.suppressions, scan.sourcesByResource)
  const api = scan.inventory.resources['lambda.function']!.find((f) => f.name === 'api')!
  const worker = scan.inventory.resources['lambda.function']!.find((f) => f.name === 'worker-a')!

  it('reads without errors', () => assert.deepEqual(scan.errors.map(formatFileError), []))
  it('every resource carries its block: file, first and last line, address', () => {
    assert.match(api.location!.file, /main\.tf$/)
    assert.deepEqual([api.location!.startLine, api.location!.endLine, api.location!.address], [lineOf(MAIN, 'resource "aws_lambda_function" "api"'), lineOf(MAIN, 'resource "aws_lambda_function" "api"') + 12, 'aws_lambda_function.api'])
  })
  it('resources of a module carry the module path in their address and point into the module file', () => {
    assert.equal(worker.location!.address, 'module.workers.aws_lambda_function.this["a"]')
    assert.match(worker.location!.file, /modules\/worker\/main\.tf$/)
    assert.equal(worker.location!.startLine, lineOf(WORKER, 'resource "aws_lambda_function" "this"'))
  })
  it('a verdict about an argument points at its line, in the sibling resource when it comes from there', () => {
    const url = findings.find((f) => f.checkId === urlAuth.meta.id && f.status === 'fail')!
    assert.equal(url.at, 'url.authType')
    assert.equal(url.location!.startLine, lineOf(MAIN, 'authorization_type = "NONE"'))
    const secret = findings.find((f) => f.checkId === secrets.meta.id && f.status === 'fail')!
    assert.equal(secret.location!.startLine, lineOf(MAIN, 'DB_PASSWORD = '))
    const rt = findings.find((f) => f.checkId === runtime.meta.id && f.resourceId === api.id)!
    assert.equal(rt.location!.startLine, lineOf(MAIN, 'runtime       = "python3.8"'))
  })
  it('a `//` comment on an argument line and a `#` comment above a sibling suppress, with their reasons', () => {
    const rt = findings.find((f) => f.checkId === runtime.meta.id && f.resourceId === api.id)!
    assert.deepEqual(rt.muted, { reason: 'migration planned for Q3', rule: 'inline' })
    // The comment sits above the URL, which is joined into the function: it covers the function.
    const tr = findings.find((f) => f.checkId === tracing.meta.id && f.resourceId === api.id)!
    assert.deepEqual(tr.muted, { reason: 'tracing is sampled at the API layer', rule: 'inline' })
    const workerTracing = findings.find((f) => f.checkId === tracing.meta.id && f.resourceId === worker.id)!
    assert.equal(workerTracing.muted, undefined)
    assert.deepEqual(unused, [])
  })
  it('a suppression without a reason is an error for its file, with the line', () => {
    const bad = loadTerraform('# clearsky:ignore lambda-tracing-active\nresource "aws_sqs_queue" "q" {}\n')
    assert.deepEqual(bad.errors.map((e) => [e.code, e.line]), [['SUPPRESSION', 1]])
  })
  it('a suppression on a module block covers what the module declares', () => {
    const s = loadTerraform({ 'main.tf': '# clearsky:ignore lambda-tracing-active workers are traced downstream\nmodule "w" {\n  source = "./m"\n}\n', 'm/main.tf': WORKER.replace('toset(var.names)', 'toset(["x"])').replace('variable "names" {}', '') })
    const fs = runChecks(s.inventory, [tracing], { now: TF_TEST_NOW })
    applySuppressions(fs, s.suppressions, s.sourcesByResource)
    assert.deepEqual(fs.map((f) => [f.status, f.muted?.reason]), [['fail', 'workers are traced downstream']])
  })
})
