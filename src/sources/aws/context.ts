import { setMaxListeners } from 'node:events'
import type { ResourceType } from '../../model/resource-types.js'
import type { DetailSelection } from './collector.js'
import { AwsCallError, classifyError } from './classify-error.js'
import type { ServiceId, SdkClient } from './clients.js'
import { Semaphore } from './concurrency.js'
import { DEFAULT_RATES, inFlightLimit, rateSlot, type RateTable } from './rates.js'
import { TokenBucket, type Clock } from './token-bucket.js'

/** Collection progress, reported per collector and region. */
export interface ProgressEvent {
  region: string
  /** Collector id, e.g. `lambda.function`. */
  collector: string
  collected: number
  done: boolean
}

/**
 * Structural type of an SDK v3 command, enough to infer its output type. Collectors pass real
 * command objects (`new GetPolicyCommand({...})`).
 */
export interface SdkCommand<O> {
  readonly input: object
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resolveMiddleware(stack: any, configuration: any, options: any): (args: any) => Promise<{ output: O }>
}

/** Where clients come from (the real pool, or a test double). */
export interface ClientSource {
  get(service: ServiceId, region: string): Promise<SdkClient>
}

/**
 * What a collector gets: the account, the cancel signal, the resource types the scan needs,
 * and `send`, the only way to reach AWS. `send` waits for a token of the call's API family
 * (account × region × family, data/aws-api-rates.json), keeps the family's in-flight bound,
 * and throws every failure as a classified {@link AwsCallError} (a cancel stays an AbortError).
 */
export interface AwsContext {
  readonly accountId: string
  readonly partition: string
  readonly signal: AbortSignal
  /** Resource types this scan needs (requested types and what their collectors depend on). */
  readonly wanted: ReadonlySet<ResourceType>
  /**
   * Types some selected check evaluates resource by resource (its `resourceType`): their
   * collectors must list every resource of the region, not only those other resources name
   * (the queues and topics functions send to). Empty when the caller did not say.
   */
  readonly evaluated: ReadonlySet<ResourceType>
  /**
   * The selected checks, so that collectors skip optional per-resource calls no selected check
   * reads (`Collector.details`). Absent when the caller did not say: everything is fetched.
   */
  readonly details?: DetailSelection
  /**
   * Sends one command. `action` is the IAM action it needs (`lambda:GetPolicy`); its prefix
   * picks the client, and it names the call in gaps and unresolved reasons. `opts.client` picks
   * another client when two SDK clients share one IAM prefix (API Gateway v1 and v2 both
   * authorize as `apigateway:GET`).
   */
  send<O>(region: string, action: string, command: SdkCommand<O>, opts?: { client?: ServiceId }): Promise<O>
  progress(event: ProgressEvent): void
}

export interface AwsContextOptions {
  clients: ClientSource
  accountId: string
  partition: string
  signal?: AbortSignal
  wanted?: Iterable<ResourceType>
  evaluated?: Iterable<ResourceType>
  details?: DetailSelection
  rates?: RateTable
  clock?: Clock
  onProgress?: (e: ProgressEvent) => void
  /** Called before every request (benchmarks and tests count calls with it). */
  onCall?: (action: string, region: string) => void
}

interface Limiter {
  bucket: TokenBucket
  inFlight: Semaphore
}

/** An AwsContext that also reports how many calls it made, per IAM action. */
export interface CountingAwsContext extends AwsContext {
  callCounts(): Record<string, number>
}

export function createAwsContext(opts: AwsContextOptions): CountingAwsContext {
  const rates = opts.rates ?? DEFAULT_RATES
  const signal = opts.signal ?? new AbortController().signal
  // Every in-flight request and every waiter listens on the signal; hundreds at once are normal.
  setMaxListeners(0, signal)
  const limiters = new Map<string, Limiter>()
  const counts = new Map<string, number>()

  const limiterFor = (action: string, region: string): Limiter => {
    const slot = rateSlot(rates, action, region)
    let lim = limiters.get(slot.key)
    if (!lim) {
      const { family } = slot
      lim = {
        bucket: new TokenBucket({ ratePerSecond: family.ratePerSecond, burst: family.burst ?? family.ratePerSecond, ...(opts.clock ? { clock: opts.clock } : {}) }),
        inFlight: new Semaphore(inFlightLimit(family)),
      }
      limiters.set(slot.key, lim)
    }
    return lim
  }

  return {
    accountId: opts.accountId,
    partition: opts.partition,
    signal,
    wanted: new Set(opts.wanted ?? []),
    evaluated: new Set(opts.evaluated ?? []),
    ...(opts.details ? { details: opts.details } : {}),
    async send<O>(region: string, action: string, command: SdkCommand<O>, sendOpts?: { client?: ServiceId }): Promise<O> {
      const service = sendOpts?.client ?? (action.slice(0, action.indexOf(':')) as ServiceId)
      const lim = limiterFor(action, region)
      try {
        return await lim.inFlight.run(async () => {
          await lim.bucket.take(signal)
          const client = await opts.clients.get(service, region)
          counts.set(action, (counts.get(action) ?? 0) + 1)
          opts.onCall?.(action, region)
          return (await client.send(command, { abortSignal: signal })) as O
        }, signal)
      } catch (err) {
        if (err instanceof AwsCallError) throw err
        const classified = classifyError(err)
        // A cancel stays an AbortError all the way up: it ends the scan, it is not a finding.
        if (classified.kind === 'Aborted') throw err
        throw new AwsCallError(classified, action, region, { cause: err })
      }
    },
    progress(e) {
      try {
        opts.onProgress?.(e)
      } catch {
        // A failing progress display must not fail the scan.
      }
    },
    callCounts: () => Object.fromEntries([...counts].sort(([a], [b]) => a.localeCompare(b))),
  }
}
