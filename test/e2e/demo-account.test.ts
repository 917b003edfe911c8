import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { readSnapshot } from '../../src/core/snapshot.js'
import { runChecks } from '../../src/core/engine.js'
import type { AnyCheck } from '../../src/core/check.js'
import { DEMO_FILE, renderDemoAccount } from '../../scripts/make-demo-account.js'
import multiAz from '../../src/checks/lambda/lambda-vpc-multi-az.js'
import egress from '../../src/checks/lambda/lambda-vpc-egress-restricted.js'
import publicSubnet from '../../src/checks/lambda/lambda-vpc-not-in-public-subnet.js'
import failureDestination from '../../src/checks/lambda/lambda-async-failure-destination.js'
import dataEvents from '../../src/checks/cloudtrail/cloudtrail-lambda-data-events-logged.js'
import logRetention from '../../src/checks/lambda/lambda-log-group-retention-set.js'
import errorsAlarm from '../../src/checks/lambda/lambda-errors-alarm-configured.js'
import keyRotation from '../../src/checks/kms/kms-key-rotation-enabled.js'

const CHECKS: AnyCheck[] = [multiAz, egress, publicSubnet, failureDestination, dataEvents, logRetention, errorsAlarm, keyRotation]

describe('examples/demo-account.json', () => {
  it('is what scripts/make-demo-account.ts builds (run `npm run gen:demo` after changing either)', () => {
    assert.equal(readFileSync(DEMO_FILE, 'utf8'), renderDemoAccount())
  })

  const inv = readSnapshot(DEMO_FILE)
  const findings = runChecks(inv, CHECKS, { now: new Date('2026-11-27T00:00:00Z') })

  it('is a clean snapshot: no gaps, secrets deliberately left unmasked', () => {
    assert.equal(inv.schemaVersion, 1)
    assert.deepEqual(inv.gaps, [])
    assert.equal(inv.secretsMasked, false)
  })

  for (const check of CHECKS) {
    it(`${check.meta.id}: at least one pass and one fail, no unknown or error`, () => {
      const mine = findings.filter((f) => f.checkId === check.meta.id)
      const statuses = mine.map((f) => `${f.resourceName}:${f.status}:${f.messageId}`)
      assert.ok(mine.some((f) => f.status === 'pass'), `no pass: ${statuses.join(', ')}`)
      assert.ok(mine.some((f) => f.status === 'fail'), `no fail: ${statuses.join(', ')}`)
      assert.ok(!mine.some((f) => f.status === 'unknown' || f.status === 'error'), `unexpected: ${statuses.join(', ')}`)
    })
  }

  it('tells the intended story', () => {
    const verdict = (checkId: string, name: string) =>
      findings
        .filter((f) => f.checkId === checkId && f.resourceName === name)
        .map((f) => `${f.status}:${f.messageId}`)
        .sort()
        .join(',')
    assert.equal(verdict('lambda-vpc-multi-az', 'payments-webhook'), 'fail:singleSubnet')
    assert.equal(verdict('lambda-vpc-not-in-public-subnet', 'reports-generator'), 'fail:publicSubnet')
    assert.equal(verdict('lambda-vpc-egress-restricted', 'inventory-sync'), 'fail:allEgress')
    assert.equal(verdict('lambda-async-failure-destination', 'payments-webhook'), 'fail:targetMissing')
    assert.equal(verdict('lambda-async-failure-destination', 'orders-api'), 'fail:none')
    assert.equal(verdict('lambda-async-failure-destination', 'inventory-sync'), 'pass:configured')
    assert.equal(verdict('cloudtrail-lambda-data-events-logged', 'orders-worker'), 'pass:logged')
    assert.equal(verdict('cloudtrail-lambda-data-events-logged', 'legacy-cron'), 'fail:notSelected')
    assert.equal(verdict('lambda-log-group-retention-set', 'payments-webhook'), 'fail:neverExpires')
    assert.equal(verdict('lambda-log-group-retention-set', 'reports-generator'), 'fail:missing')
    assert.equal(verdict('lambda-errors-alarm-configured', 'inventory-sync'), 'fail:silent')
    assert.equal(verdict('lambda-errors-alarm-configured', 'legacy-cron'), 'fail:none')
    assert.equal(verdict('lambda-errors-alarm-configured', 'orders-admin-api'), 'pass:alarmed')
    assert.deepEqual(
      findings.filter((f) => f.checkId === 'kms-key-rotation-enabled').map((f) => f.status).sort(),
      ['fail', 'pass', 'skip', 'skip'],
    )
  })
})
