/**
 * A token bucket that hands out send slots at a steady rate, like the buckets AWS itself uses to
 * throttle control-plane APIs. Each `take()` reserves the next slot: callers are served in the
 * order they asked (no starvation), and the bucket never lends more than `burst` slots at once.
 *
 * Reservations may drive the token count below zero; a caller then sleeps until its slot comes.
 * That keeps `take()` O(1) with no queue to manage.
 */

/** Time source, injectable so tests run on a fake clock. */
export interface Clock {
  now(): number
  /** Resolves after `ms` milliseconds, rejects with an AbortError if `signal` fires first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(abortError(signal))
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      const onAbort = () => {
        clearTimeout(timer)
        reject(abortError(signal!))
      }
      signal?.addEventListener('abort', onAbort, { once: true })
    }),
}

export function abortError(signal: AbortSignal): Error {
  const reason = signal.reason as unknown
  if (reason instanceof Error && reason.name === 'AbortError') return reason
  return Object.assign(new Error('the scan was cancelled'), { name: 'AbortError' })
}

export interface TokenBucketOptions {
  /** Sustained rate, tokens per second (> 0). */
  ratePerSecond: number
  /** Bucket size: how many calls may go out at once after a quiet period (>= 1). Default: the rate. */
  burst?: number
  clock?: Clock
}

export class TokenBucket {
  readonly rate: number
  readonly burst: number
  private tokens: number
  private last: number
  private readonly clock: Clock

  constructor(opts: TokenBucketOptions) {
    if (!(opts.ratePerSecond > 0)) throw new RangeError(`token bucket rate must be > 0 (got ${opts.ratePerSecond})`)
    this.rate = opts.ratePerSecond
    this.burst = Math.max(1, opts.burst ?? Math.ceil(opts.ratePerSecond))
    this.clock = opts.clock ?? realClock
    this.tokens = this.burst
    this.last = this.clock.now()
  }

  /** Waits for one token. Rejects with an AbortError when `signal` fires while waiting. */
  async take(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw abortError(signal)
    const now = this.clock.now()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate)
    this.last = now
    this.tokens -= 1
    if (this.tokens >= 0) return
    const waitMs = (-this.tokens / this.rate) * 1000
    try {
      await this.clock.sleep(waitMs, signal)
    } catch (err) {
      // Give the reserved slot back; later reservations keep theirs, which only makes us slower.
      this.tokens += 1
      throw err
    }
  }

  /** Tokens available now (negative while callers are waiting). For tests and progress. */
  available(): number {
    const now = this.clock.now()
    return Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate)
  }
}
