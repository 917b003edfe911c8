import { sql, type Kysely, type Migration } from 'kysely'

/**
 * Versioned migrations, applied in order by Kysely's Migrator on SQLite and PostgreSQL alike.
 * The only dialect difference is the auto-increment id column.
 */
export function migrations(isPostgres: boolean): Record<string, Migration> {
  return {
    '0001-scans': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('scans')
          .addColumn('id', isPostgres ? 'serial' : 'integer', (c) => c.primaryKey())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('scope_key', 'text', (c) => c.notNull())
          .addColumn('account_id', 'text')
          .addColumn('tool_version', 'text', (c) => c.notNull())
          .addColumn('summary_json', 'text', (c) => c.notNull())
          .addColumn('report_json', 'text', (c) => c.notNull())
          .addColumn('inventory_json', 'text', (c) => c.notNull())
          .execute()
        await db.schema.createIndex('scans_scope_created').on('scans').columns(['scope_key', 'created_at']).execute()
        await db.schema
          .createTable('baselines')
          .addColumn('scope_key', 'text', (c) => c.primaryKey())
          .addColumn('scan_id', 'integer', (c) => c.notNull())
          .addColumn('set_at', 'text', (c) => c.notNull())
          .execute()
        await db.schema
          .createTable('store_meta')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute()
      },
      async down(db: Kysely<unknown>) {
        await sql`drop table store_meta`.execute(db)
        await sql`drop table baselines`.execute(db)
        await sql`drop table scans`.execute(db)
      },
    },
  }
}
