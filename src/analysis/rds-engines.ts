/**
 * Per-engine RDS facts (default port, CloudWatch Logs export types, default administrator
 * names) from data/rds-engines.json. Pure lookups.
 */
import data from '../../data/rds-engines.json' with { type: 'json' }

/** One engine family of data/rds-engines.json. */
export interface RdsEngineFamily {
  id: string
  title: string
  defaultPort: number
  /** Absent for engines that cannot export logs (RDS Custom). */
  logTypes?: { available: string[]; required: string[] }
  /** Multi-AZ DB clusters of the engine, where they differ from DB instances. */
  clusterLogTypes?: { available: string[]; required: string[] }
  /** The engine supports IAM database authentication. */
  iamAuthentication: boolean
}

interface EngineEntry extends RdsEngineFamily {
  engines: string[]
  enginePrefixes: string[]
}

const FAMILIES = (data as { engines: EngineEntry[] }).engines
const SINGLE_AZ_ONLY = new Set((data as { multiAzUnsupportedEngines: { engine: string }[] }).multiAzUnsupportedEngines.map((e) => e.engine))
const ADMIN_NAMES = new Set((data as { defaultAdminUsernames: { name: string }[] }).defaultAdminUsernames.map((n) => n.name.toLowerCase()))

/** The family of an engine name (`oracle-ee` → oracle); undefined for engines the data does not know. */
export function rdsEngineFamily(engine: string): RdsEngineFamily | undefined {
  const e = engine.trim().toLowerCase()
  return FAMILIES.find((f) => f.engines.includes(e) || f.enginePrefixes.some((p) => e.startsWith(p)))
}

/**
 * True for master user names that are an RDS console default or a well-known superuser name.
 * Database user names are case-insensitive in MySQL and folded to lower case by PostgreSQL
 * unless quoted, so the comparison ignores case.
 */
export function isDefaultAdminUsername(name: string): boolean {
  return ADMIN_NAMES.has(name.trim().toLowerCase())
}

/**
 * The log types an engine must export: the check's `requiredLogTypes` option (by family id)
 * when set, the data file's choice otherwise.
 */
export function requiredLogTypes(family: RdsEngineFamily, override: unknown, of: 'instance' | 'cluster' = 'instance'): string[] | undefined {
  if (override && typeof override === 'object' && !Array.isArray(override)) {
    const v = (override as Record<string, unknown>)[family.id]
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[]
  }
  return (of === 'cluster' ? (family.clusterLogTypes ?? family.logTypes) : family.logTypes)?.required
}

/** Editions RDS offers only as Single-AZ deployments (SQL Server Express and Web). */
export function supportsMultiAz(engine: string): boolean {
  return !SINGLE_AZ_ONLY.has(engine.trim().toLowerCase())
}

/** Aurora engines (`aurora`, `aurora-mysql`, `aurora-postgresql`). */
export function isAuroraEngine(engine: string): boolean {
  return engine.toLowerCase().startsWith('aurora')
}
