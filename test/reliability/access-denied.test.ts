/**
 * A service that answers AccessDenied to everything: the scan still completes, the report has
 * an AccessDenied InventoryGap for what that service would have listed, every check over those
 * types says `unknown` (never pass), and no other verdict changes except to `unknown`.
 *
 * One service at a time over the e2e fixture account, through the real collectors, SDK clients
 * and engine in this process (client rates scaled up so that ten scans fit in seconds; the CLI
 * path is the e2e test's).
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { CHECKS } from '../../src/checks/index.js'
import { scan } from '../../src/core/engine.js'
import type { ScanReport } from '../../src/core/finding.js'
import type { ResourceType } from '../../src/model/resource-types.js'
import { collectAws } from '../../src/sources/aws/index.js'
import { DEFAULT_RATES, scaledRates } from '../../src/sources/aws/rates.js'
import { collectorsFor } from '../../src/sources/aws/registry.js'
import { typesNeeded } from '../../src/cli/run-scan.js'
import { startAwsServer, type AwsServer } from '../aws-server/index.js'
import { COVERED_CHECKS, EU, FIXTURE_ACCOUNT, US } from '../e2e/fixture-account.js'
import { scratch, type Scratch } from './support.js'

const checks = CHECKS.filter((c) => COVERED_CHECKS.includes(c.meta.id))
const collectors = collectorsFor(typesNeeded(checks))
const servicesOf = (actions: readonly string[]) => new Set(actions.map((a) => a.split(':')[0]!))
/**
 * Each service the scan calls, with the types only its calls produce; a service that is only
 * called inside another service's collector (Application Auto Scaling for DynamoDB tables) with
 * the types of the collectors that call it.
 */
const SERVICES = [...servicesOf(collectors.flatMap((c) => c.actions))].sort().map((service) => {
  const only = collectors.filter((c) => c.actions.length > 0 && [...servicesOf(c.actions)].every((s) => s === service)).flatMap((c) => c.produces)
  return { service, types: only.length ? only : collectors.filter((c) => servicesOf(c.actions).has(service)).flatMap((c) => c.produces) }
})

const key = (f: ScanReport['findings'][number]) => `${f.checkId} ${f.resourceId}`

describe('reliability: a service that denies every call', () => {
  let tmp: Scratch
  let server: AwsServer
  let clean: ScanReport
  /** Services the clean scan got answers from. */
  let calledClean: Set<string>

  async function scanWith(server: AwsServer): Promise<ScanReport> {
    const saved = { ...process.env }
    Object.assign(process.env, tmp.env(server))
    try {
      const inv = await collectAws({ regions: [US, EU], resourceTypes: typesNeeded(checks), rates: scaledRates(DEFAULT_RATES, 20) })
      return scan(inv, checks, { now: new Date('2026-11-27T00:00:00Z') })
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
      Object.assign(process.env, saved)
    }
  }

  before(async () => {
    tmp = scratch('denied')
    server = await startAwsServer({ account: FIXTURE_ACCOUNT })
    clean = await scanWith(server)
    calledClean = new Set(server.calls.records.filter((r) => r.status === 200).map((r) => r.action.split(':')[0]!))
  })
  after(async () => {
    await server?.close()
    tmp?.remove()
  })

  it('the clean scan has both passes and failures, and no gap but for what the loopback server lacks', () => {
    assert.deepEqual(clean.gaps.filter((g) => g.code !== 'Unsupported'), [])
    assert.ok(clean.findings.some((f) => f.status === 'pass') && clean.findings.some((f) => f.status === 'fail'))
    assert.ok(SERVICES.length >= 5, SERVICES.map((s) => s.service).join(', '))
  })

  for (const { service, types } of SERVICES) {
    it(`${service}:* denied → AccessDenied gaps, unknown for its checks, nothing else but unknowns changes`, async (t) => {
      if (!calledClean.has(service) || clean.gaps.some((g) => g.resourceType.startsWith(`${service}.`) || types.includes(g.resourceType)))
        return t.skip(`the loopback server does not answer ${service} yet`)
      server.clearDenials()
      server.deny({ action: `${service}:*` })
      let report: ScanReport
      try {
        report = await scanWith(server)
      } finally {
        server.clearDenials()
      }
      assert.ok(server.calls.records.some((r) => r.action.startsWith(`${service}:`) && r.cause === 'denied'), `no ${service} call was denied`)
      const cleanGaps = new Set(clean.gaps.map((g) => `${g.resourceType} ${g.region}`))
      const newGaps = report.gaps.filter((g) => !cleanGaps.has(`${g.resourceType} ${g.region}`))
      const own = report.findings.filter((f) => types.includes(f.resourceType as ResourceType))
      // A listing that fails is a gap; a service whose one resource per account is always there
      // (the account's contacts) keeps the resource and marks the denied fields unresolved.
      const cleanStatus = new Map(clean.findings.map((f) => [key(f), f.status]))
      const newlyUnknown = own.filter((f) => f.status === 'unknown' && cleanStatus.get(key(f)) !== 'unknown')
      assert.ok(newGaps.length > 0 || newlyUnknown.length > 0, 'an InventoryGap, or unknown verdicts from unresolved fields')
      for (const g of newGaps) assert.equal(g.code, 'AccessDenied', `${g.resourceType} ${g.region}: ${g.code} ${g.message}`)
      assert.deepEqual(report.scope.regions.sort(), [EU, US].sort(), 'no region dropped for a denial')

      // Checks over what the service lists: nothing but unknown.
      if (newGaps.length) assert.deepEqual(own.filter((f) => f.status !== 'unknown').map(key), [])
      if (types.length && clean.findings.some((f) => types.includes(f.resourceType as ResourceType))) assert.ok(own.length > 0, `unknown findings for ${types.join(', ')}`)

      // Every other verdict is the clean one, or unknown: a denial never invents a pass or a failure.
      const before = new Map(clean.findings.map((f) => [`${key(f)} ${f.messageId === 'inventory-gap' ? '' : (f.subject ?? f.at ?? '')}`, f.status]))
      const invented = report.findings
        .filter((f) => f.status !== 'unknown' && f.messageId !== 'inventory-gap')
        .filter((f) => before.get(`${key(f)} ${f.subject ?? f.at ?? ''}`) !== f.status)
        .map((f) => `${key(f)} ${f.status}`)
      assert.deepEqual(invented, [])
    })
  }
})
