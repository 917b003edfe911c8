/**
 * For test/meta/lambda-details.test.ts: the rich inventories the detail declarations are proved
 * on, collected (every group fetched) by the real collectors from the loopback AWS server — the
 * e2e fixture account and the Lambda-depth account — and the verdict identities of a check over
 * an inventory whose functions lack some groups, exactly as the collector leaves them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CHECKS } from '../../src/checks/index.js'
import type { AnyCheck } from '../../src/core/check.js'
import { parseConfig } from '../../src/core/config.js'
import { runChecks } from '../../src/core/engine.js'
import type { Inventory } from '../../src/core/inventory.js'
import { RESOURCE_TYPES, type ResourceType } from '../../src/model/resource-types.js'
import { collectAws } from '../../src/sources/aws/collect.js'
import { DEFAULT_RATES, scaledRates } from '../../src/sources/aws/rates.js'
import { withoutDetails, type LambdaDetailGroup } from '../../src/sources/aws/collectors/lambda-function-details.js'
import { startAwsServer, type FixtureAccount } from '../aws-server/index.js'
import { resolveLocalhostSubdomains } from '../aws-server/localhost-dns.js'
import { EU, FIXTURE_ACCOUNT, US } from '../e2e/fixture-account.js'
import { LAMBDA_DEPTH_ACCOUNT, LAMBDA_DEPTH_CONFIG } from '../e2e/fixture-lambda-depth.js'

/** An inventory to prove declarations on, with the check options its e2e scan uses. */
export interface ProofInventory {
  name: string
  inventory: Inventory
  checkOptions: Record<string, Record<string, unknown>>
}

/** The scan time of every evaluation: date-based checks must not drift between the two runs. */
export const NOW = new Date('2026-11-27T12:00:00Z')

async function collectFrom(account: FixtureAccount, regions: string[]): Promise<Inventory> {
  const server = await startAwsServer({ account })
  const dir = mkdtempSync(join(tmpdir(), 'clearsky-details-'))
  const saved = { ...process.env }
  try {
    writeFileSync(join(dir, 'config'), '')
    writeFileSync(join(dir, 'credentials'), '')
    for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k]
    Object.assign(process.env, {
      AWS_ENDPOINT_URL: server.url,
      AWS_ENDPOINT_URL_S3_CONTROL: `http://localhost:${server.port}`,
      AWS_ACCESS_KEY_ID: 'AKIADETAILSMETA00001',
      AWS_SECRET_ACCESS_KEY: 'details-meta-test-not-a-secret',
      AWS_REGION: US,
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    })
    const types = Object.keys(RESOURCE_TYPES) as ResourceType[]
    // No detail selection: every group is fetched, as a full scan does.
    // Rates far above AWS's: the loopback server enforces no quota here, and the test stays fast.
    return await collectAws({ regions, resourceTypes: types, evaluatedTypes: types, rates: scaledRates(DEFAULT_RATES, 1000) })
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function proofInventories(): Promise<ProofInventory[]> {
  resolveLocalhostSubdomains()
  const depthConfig = parseConfig(LAMBDA_DEPTH_CONFIG, 'lambda-depth.config.yaml', { checks: CHECKS, formats: [], frameworks: [] })
  // One after the other: each points the environment at its own server.
  const fixture = await collectFrom(FIXTURE_ACCOUNT, [US, EU])
  const depth = await collectFrom(LAMBDA_DEPTH_ACCOUNT, [US])
  return [
    { name: 'e2e fixture account', inventory: fixture, checkOptions: {} },
    { name: 'Lambda-depth account', inventory: depth, checkOptions: depthConfig.checkOptions },
  ]
}

/** `inv` with every function lacking `skipped`, as the collector leaves them. */
export function lacking(inv: Inventory, skipped: readonly LambdaDetailGroup[]): Inventory {
  const fns = inv.resources['lambda.function']
  if (!fns || skipped.length === 0) return inv
  return { ...inv, resources: { ...inv.resources, 'lambda.function': fns.map((fn) => withoutDetails(fn, skipped)) } }
}

/** `status region/resource subject messageId` of each verdict of `check`, sorted. */
export function verdicts(check: AnyCheck, p: ProofInventory, inv: Inventory): string[] {
  return runChecks(inv, [check], { now: NOW, checkOptions: p.checkOptions })
    .map((f) => `${f.status} ${f.region}/${f.resourceId} ${f.subject ?? ''} ${f.messageId}`)
    .sort()
}
