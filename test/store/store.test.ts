import { describe, it, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openStore, StoreError, type OpenedStore } from '../../src/store/open-store.js'
import { getBaseline, getScan, listScans, saveScan, scopeKey, setBaseline } from '../../src/store/scan-store.js'
import { scan } from '../../src/core/engine.js'
import { addResources, emptyInventory, type Inventory } from '../../src/core/inventory.js'
import { CHECKS } from '../../src/checks/index.js'
import { lambdaFunction, iamRole } from '../factories/index.js'

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz9SECRETVAL'

function inventory(env: Record<string, string>): Inventory {
  const inv = emptyInventory({ kind: 'aws', accountId: '111122223333', regions: ['us-east-1'] })
  addResources(inv, 'lambda.function', [lambdaFunction({ environment: env })])
  addResources(inv, 'iam.role', [iamRole()])
  return inv
}

const PG_BASE = process.env.CLEARSKY_TEST_PG_URL ?? 'postgres://clearsky:clearsky@127.0.0.1:5432/clearsky_test'
// Each run gets its own throwaway database, so concurrent runs never wait on each other's
// migration locks; statement and lock time-outs keep a stuck server from hanging the suite.
const PG_DB = `store_test_${process.pid}_${Date.now()}`
const PG_URL = `${PG_BASE.replace(/\/[^/?]*(\?.*)?$/, `/${PG_DB}`)}?options=${encodeURIComponent('-c statement_timeout=15000 -c lock_timeout=5000')}`

async function withPg<T>(fn: (c: pg.Client) => Promise<T>): Promise<T | undefined> {
  const client = new pg.Client({ connectionString: PG_BASE, connectionTimeoutMillis: 2000, statement_timeout: 10000 })
  try {
    await client.connect()
    return await fn(client)
  } catch {
    return undefined
  } finally {
    await client.end().catch(() => {})
  }
}

const postgresReachable = async () => (await withPg((c) => c.query(`create database ${PG_DB}`))) !== undefined
const dropDatabase = () => withPg((c) => c.query(`drop database if exists ${PG_DB}`))

function storeSuite(name: string, location: () => string, extra?: (store: () => OpenedStore) => void) {
  describe(`store on ${name}`, () => {
    let store: OpenedStore
    before(async () => {
      store = await openStore(location())
    })
    after(async () => {
      await store?.db.destroy()
    })
    it('saves scans and lists them newest first with summaries', async () => {
      const inv = inventory({ DB_PASSWORD: SECRET, TABLE: 'orders' })
      const report = scan(inv, CHECKS)
      const a = await saveScan(store, report, inv)
      const b = await saveScan(store, report, inv)
      assert.ok(b > a)
      const scans = await listScans(store, { limit: 5 })
      assert.deepEqual(scans.slice(0, 2).map((s) => s.id), [b, a])
      assert.equal(scans[0]!.scopeKey, scopeKey(inv.scope))
      assert.deepEqual(scans[0]!.summary, report.summary)
      assert.deepEqual(await listScans(store, { accountId: '999999999999' }), [])
    })
    it('keeps env names and a keyed hash of values, never the value', async () => {
      const inv = inventory({ DB_PASSWORD: SECRET })
      const id = await saveScan(store, scan(inv, CHECKS), inv)
      const got = await getScan(store, id)
      const env = got.inventory.resources['lambda.function']![0]!.environment
      assert.deepEqual(Object.keys(env), ['DB_PASSWORD'])
      assert.match(env.DB_PASSWORD!, /^hmac-sha256:[0-9a-f]{32}$/)
      assert.ok(!JSON.stringify(got).includes(SECRET))
    })
    it('sets and reads a baseline per scope', async () => {
      const inv = inventory({})
      const id = await saveScan(store, scan(inv, CHECKS), inv)
      await setBaseline(store, id)
      assert.equal(await getBaseline(store, scopeKey(inv.scope)), id)
      await assert.rejects(setBaseline(store, 999999), StoreError)
    })
    extra?.(() => store)
  })
}

const dir = mkdtempSync(join(tmpdir(), 'clearsky-store-'))
const sqlitePath = join(dir, 'clearsky.db')
storeSuite('SQLite', () => sqlitePath, () => {
  it('the database file never contains a secret value (grep the file)', async () => {
    const bytes = readFileSync(sqlitePath)
    const wal = (() => { try { return readFileSync(`${sqlitePath}-wal`) } catch { return Buffer.alloc(0) } })()
    assert.ok(bytes.length > 0)
    assert.equal(bytes.includes(SECRET), false)
    assert.equal(wal.includes(SECRET), false)
  })
})

describe('store compatibility', () => {
  it('refuses a database written by a newer clearsky', async () => {
    const file = join(dir, 'newer.db')
    const s = await openStore(file)
    await s.db.insertInto('kysely_migration' as never).values({ name: '9999-future', timestamp: new Date().toISOString() } as never).execute()
    await s.db.destroy()
    await assert.rejects(openStore(file), (e: Error) => e instanceof StoreError && /newer clearsky/.test(e.message))
  })
  it('an unopenable path gives a StoreError', async () => {
    // A path below a regular file can never be created.
    await assert.rejects(openStore(join(sqlitePath, 'below-a-file', 'x.db')), StoreError)
  })
})

const pgUp = await postgresReachable()
if (pgUp) {
  storeSuite('PostgreSQL', () => PG_URL)
  after(dropDatabase)
}
else if (process.env.CI) {
  describe('store on PostgreSQL', () => {
    it('PostgreSQL must be reachable in CI (scripts/ensure-postgres.sh)', () => assert.fail(`cannot reach ${PG_URL}`))
  })
} else {
  describe('store on PostgreSQL', () => {
    it('skipped: no PostgreSQL server reachable (run scripts/ensure-postgres.sh)', { skip: `no server at ${PG_BASE.replace(/:[^:@/]+@/, ':****@')}` }, () => {})
  })
  process.stderr.write(`NOTE: PostgreSQL store tests skipped: no server at 127.0.0.1:5432 (run scripts/ensure-postgres.sh)\n`)
}

process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
