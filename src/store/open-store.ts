import { mkdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely'
import type { StoreDatabase } from './schema.js'
import { migrations } from './migrations.js'

/** A store that cannot be opened or is incompatible. The CLI prints the message, exit 2. */
export class StoreError extends Error {
  override name = 'StoreError'
}

export interface OpenedStore {
  db: Kysely<StoreDatabase>
  isPostgres: boolean
  /** Key for hashing secret values (never stored with the data it protects). */
  hashKey: Buffer
  location: string
}

export function defaultDbPath(): string {
  return process.env.CLEARSKY_DB ?? join(homedir(), '.clearsky', 'clearsky.db')
}

const isPostgresUrl = (s: string) => /^postgres(ql)?:\/\//.test(s)

/** Opens (creating if needed) the store and runs pending migrations. */
export async function openStore(location = defaultDbPath()): Promise<OpenedStore> {
  const isPostgres = isPostgresUrl(location)
  let db: Kysely<StoreDatabase>
  if (isPostgres) {
    const pg = (await import('pg')).default
    db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 2, connectionTimeoutMillis: 5000 }) }) })
  } else {
    const Database = (await import('better-sqlite3')).default
    try {
      mkdirSync(dirname(location), { recursive: true })
      const sqlite = new Database(location)
      sqlite.pragma('journal_mode = WAL')
      db = new Kysely<StoreDatabase>({ dialect: new SqliteDialect({ database: sqlite }) })
    } catch (err) {
      throw new StoreError(`cannot open database ${location}: ${(err as Error).message}`)
    }
  }
  try {
    await migrate(db, isPostgres, location)
  } catch (err) {
    await db.destroy()
    if (err instanceof StoreError) throw err
    throw new StoreError(`cannot prepare database ${redact(location)}: ${(err as Error).message}`)
  }
  return { db, isPostgres, hashKey: loadHashKey(location, isPostgres), location: redact(location) }
}

async function migrate(db: Kysely<StoreDatabase>, isPostgres: boolean, location: string): Promise<void> {
  const known = migrations(isPostgres)
  // A database written by a newer clearsky has migrations this build does not know.
  const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db).then((r) => r.rows.map((x) => x.name)).catch(() => [] as string[])
  const unknown = applied.filter((name) => !(name in known))
  if (unknown.length)
    throw new StoreError(`database ${redact(location)} was written by a newer clearsky (schema ${unknown.sort().at(-1)}); upgrade clearsky or use another --db`)
  const migrator = new Migrator({ db, provider: { getMigrations: async () => known } })
  const { error } = await migrator.migrateToLatest()
  if (error) throw error instanceof Error ? error : new Error(String(error))
}

function redact(location: string): string {
  return location.replace(/(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, '$1:****@')
}

/**
 * The key for the keyed hash of secret values. It lives outside the database (beside a SQLite
 * file, or in ~/.clearsky for PostgreSQL), so a copy of the database alone cannot be used to
 * test guesses of a low-entropy secret. CLEARSKY_STORE_KEY (hex) overrides.
 */
function loadHashKey(location: string, isPostgres: boolean): Buffer {
  if (process.env.CLEARSKY_STORE_KEY) return Buffer.from(process.env.CLEARSKY_STORE_KEY, 'hex')
  const file = isPostgres ? join(homedir(), '.clearsky', 'store.key') : `${location}.key`
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex')
  const key = randomBytes(32)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600 })
  return key
}
