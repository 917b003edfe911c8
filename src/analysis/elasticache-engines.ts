/** ElastiCache engine facts from data/elasticache-engines.json. */
import data from '../../data/elasticache-engines.json' with { type: 'json' }

const PORTS = new Map((data as { engines: { engine: string; defaultPort: number }[] }).engines.map((e) => [e.engine, e.defaultPort]))

/** The port a cluster of this engine listens on when none is given (undefined for an unknown engine). */
export function elastiCacheDefaultPort(engine: string): number | undefined {
  return PORTS.get(engine.trim().toLowerCase())
}

/** Valkey and Redis OSS share the Redis protocol, AUTH, replication groups and backups; Memcached has none of these. */
export function isRedisLike(engine: string): boolean {
  const e = engine.trim().toLowerCase()
  return e === 'redis' || e === 'valkey'
}
