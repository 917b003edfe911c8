/**
 * `terraform show -json` plans: exact values where Terraform knew them; what it could only
 * know after apply is unresolved at the model path it feeds, so the verdicts that read it are
 * unknown, never a guess. References to resources of the plan resolve to their stand-ins.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadIac, DEFAULT_IAC_OPTIONS } from '../../../src/sources/iac/load.js'
import { formatFileError } from '../../../src/sources/iac/types.js'
import { loadPlan, parsePlanText } from '../../../src/sources/terraform/plan/load-plan.js'
import urlAuth from '../../../src/checks/lambda/lambda-function-url-auth-required.js'
import notPublic from '../../../src/checks/lambda/lambda-resource-policy-not-public.js'
import secrets from '../../../src/checks/lambda/lambda-env-no-plaintext-secrets.js'
import tracing from '../../../src/checks/lambda/lambda-tracing-active.js'
import { findingsOf } from './snippets.js'

const FIXTURE = join(import.meta.dirname, 'fixtures', 'standalone', 'unknowns.plan.json')

describe('plan JSON', () => {
  const scan = loadIac([FIXTURE], DEFAULT_IAC_OPTIONS)
  const fn = scan.inventory.resources['lambda.function']![0]!

  it('is discovered by content and read without errors', () => {
    assert.deepEqual(scan.errors.map(formatFileError), [])
    assert.deepEqual(scan.files, [FIXTURE])
  })

  it('known values are taken as planned; unset computed attributes take the AWS default', () => {
    assert.equal(fn.name, 'api-test')
    assert.equal(fn.runtime, 'nodejs20.x')
    assert.equal(fn.environment.STAGE, 'test')
    assert.equal(fn.tracingMode, 'PassThrough')
    assert.equal(fn.reservedConcurrency, null)
    // logging_config is computed by the provider and not configured: Lambda's default group.
    assert.equal(fn.logging.logGroup, '/aws/lambda/api-test')
    assert.doesNotMatch(fn.unresolved?.['logging.logGroup'] ?? '', /after apply/)
  })

  it('a reference to another resource of the plan resolves to its stand-in, so the role joins', () => {
    assert.equal(fn.role, 'arn:aws:iam::123456789012:role/api-test')
    const role = scan.inventory.resources['iam.role']![0]!
    assert.equal(role.arn, fn.role)
    assert.equal(fn.unresolved?.role, undefined)
    const uploads = fn.policy!.Statement.find((s) => s.Sid === 'AllowUploads')!
    assert.deepEqual(uploads.Condition, { StringEquals: { 'AWS:SourceAccount': '123456789012' }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads-test' } })
  })

  it('values known only after apply are unresolved at the model path they feed', () => {
    assert.match(fn.unresolved?.['environment.API_TOKEN'] ?? '', /known only after apply/)
    const partner = fn.policy!.Statement.findIndex((s) => s.Sid === 'AllowPartner')
    assert.match(fn.unresolved?.[`policy.Statement.${partner}.Principal`] ?? '', /known only after apply/)
    assert.match(fn.unresolved?.['url.authType'] ?? '', /known only after apply/)
  })

  it('… and the checks that read them report unknown, never pass', () => {
    const url = findingsOf(urlAuth, scan)
    assert.deepEqual(url.map((f) => f.status), ['unknown'])
    assert.ok(findingsOf(notPublic, scan).every((f) => f.status === 'unknown'))
    const secret = findingsOf(secrets, scan)
    assert.ok(secret.some((f) => f.status === 'unknown' && f.at === 'environment.API_TOKEN'), JSON.stringify(secret.map((f) => [f.status, f.at])))
    assert.ok(!secret.some((f) => f.status === 'pass'))
  })

  it('a verdict that does not read the unknown parts is a real one', () => {
    const fs = findingsOf(tracing, loadIac([FIXTURE], DEFAULT_IAC_OPTIONS))
    assert.deepEqual(fs.map((f) => [f.status, f.at]), [['fail', 'tracingMode']])
  })

  it('resources the plan deletes are gone; module instances keep their full address', () => {
    const queues = scan.inventory.resources['sqs.queue']!
    assert.deepEqual(queues.map((q) => [q.name, q.location?.address]), [['jobs-eu', 'module.queues["eu"].aws_sqs_queue.this']])
  })

  it('a plan without .tf files beside it points at the resource in the plan file', () => {
    const text = readFileSync(FIXTURE, 'utf8').split('\n')
    assert.equal(fn.location?.file, FIXTURE)
    assert.match(text[fn.location!.startLine - 1]!, /"address": "aws_lambda_function\.api"/)
  })

  it('a state file (`terraform show -json` without a plan) reads the same way', () => {
    const state = JSON.stringify({ format_version: '1.0', terraform_version: '1.9.8', values: { root_module: { resources: [{ address: 'aws_kms_key.k', mode: 'managed', type: 'aws_kms_key', name: 'k', values: { key_id: '1234abcd-12ab-34cd-56ef-1234567890ab', arn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', enable_key_rotation: false, customer_master_key_spec: 'SYMMETRIC_DEFAULT' } }] } } })
    const parsed = parsePlanText('state.json', state)
    const r = loadPlan('state.json', state, parsed.plan!, DEFAULT_IAC_OPTIONS)
    assert.deepEqual(r.instances.map((i) => [i.address, i.computed('arn')]), [['aws_kms_key.k', 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab']])
  })
})
