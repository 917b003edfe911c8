/**
 * A loopback AWS endpoint for end-to-end, benchmark and reliability tests: answers the SDK v3
 * clients in each service's real wire protocol from a FixtureAccount, with pagination, error
 * shapes, quotas, fault and latency injection, and a log of every call.
 *
 * ```ts
 * const server = await startAwsServer({ account, quotas: true })
 * process.env.AWS_ENDPOINT_URL = server.url
 * … server.calls.count({ service: 'lambda', operation: 'GetPolicy' }) …
 * await server.close()
 * ```
 */
export { startAwsServer, isDenied, type AwsServer, type AwsServerOptions, type Latency } from './server.js'
export { CallLog, isReadOperation, type CallRecord, type CallFilter } from './call-log.js'
export { DEFAULT_QUOTAS, type QuotaTable, type QuotaSpec } from './quotas.js'
export type { FaultPlan } from './faults.js'
export { generateAccount, type GenerateOptions } from './generate.js'
export { createPrng, type Prng } from './prng.js'
export { SERVICES } from './services/index.js'
export * from './fixture.js'
