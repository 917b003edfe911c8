import { ApiError } from './errors.js'

/**
 * Pages a list the way AWS does: an opaque continuation token, a page no larger than the
 * service's maximum whatever the caller asked for, and no token on the last page.
 */
export interface PageRequest {
  /** The token the caller sent back (Marker, NextToken …), if any. */
  token?: unknown
  /** What the caller asked for (MaxItems, MaxResults, Limit …). */
  requested?: unknown
  /** Page size when the caller asks for none. `Infinity` = everything (EC2 without MaxResults). */
  defaultSize: number
  /** The service's own ceiling (Lambda ListFunctions: 50). */
  maxSize: number
  /** The fixture's ceiling, to force small pages. */
  fixtureMax?: number
  /** The request parameter the token came in, for the error message. */
  tokenName: string
  /** Smallest value the service accepts for the size parameter (EC2: 5). */
  minRequested?: number
  sizeName?: string
  /** The service's code for a bad parameter (Lambda: InvalidParameterValueException, EC2: InvalidParameterValue). */
  errorCode?: string
}

export interface Page<T> {
  items: T[]
  /** Token for the next page; undefined on the last page. */
  next?: string
}

export function encodeToken(offset: number): string {
  // Opaque like AWS's tokens, but readable in a debugger.
  return Buffer.from(JSON.stringify({ o: offset, v: 1 })).toString('base64')
}

export function decodeToken(token: unknown, name: string, errorCode = 'InvalidParameterValueException'): number {
  if (token === undefined || token === null || token === '') return 0
  try {
    const parsed = JSON.parse(Buffer.from(String(token), 'base64').toString('utf8')) as { o?: unknown; v?: unknown }
    if (parsed.v === 1 && typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0) return parsed.o
  } catch {
    // fall through
  }
  throw new ApiError(errorCode, `Invalid ${name}: the token is not one this service issued`, 400)
}

export function paginate<T>(all: readonly T[], req: PageRequest): Page<T> {
  const offset = decodeToken(req.token, req.tokenName, req.errorCode)
  let size = req.defaultSize
  if (req.requested !== undefined && req.requested !== null && req.requested !== '') {
    const n = Number(req.requested)
    if (!Number.isInteger(n) || n < (req.minRequested ?? 1)) {
      throw new ApiError(req.errorCode ?? 'InvalidParameterValueException', `${req.sizeName ?? 'page size'} must be an integer of at least ${req.minRequested ?? 1}`, 400)
    }
    size = n
  }
  size = Math.min(size, req.maxSize, req.fixtureMax ?? Infinity)
  const items = all.slice(offset, offset + size)
  const end = offset + items.length
  return end < all.length ? { items, next: encodeToken(end) } : { items }
}
