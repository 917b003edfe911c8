/**
 * Walks a paginated AWS listing page by page. Each page is fetched through `fetchPage` (which
 * goes through the rate limiter), so a listing never bypasses the quotas, and the first page
 * that fails aborts the listing: a partial list must never pass for a complete one.
 */

/** A listing handed back the same continuation token twice (a service or emulator bug). */
export class PaginationLoopError extends Error {
  override name = 'PaginationLoopError'
}

export interface PaginateOptions {
  /** Safety stop; a listing with more pages than this is reported, not silently truncated. */
  maxPages?: number
}

/**
 * Yields every page. `nextToken` extracts the continuation token from a page; an absent or empty
 * token ends the listing.
 */
export async function* paginate<P>(
  fetchPage: (token: string | undefined) => Promise<P>,
  nextToken: (page: P) => string | undefined | null,
  opts: PaginateOptions = {},
): AsyncGenerator<P, void, undefined> {
  const maxPages = opts.maxPages ?? 100_000
  const seen = new Set<string>()
  let token: string | undefined
  for (let n = 0; ; n++) {
    if (n >= maxPages) throw new PaginationLoopError(`listing did not end after ${maxPages} pages`)
    const page = await fetchPage(token)
    yield page
    const next = nextToken(page)
    if (next === undefined || next === null || next === '') return
    if (seen.has(next)) throw new PaginationLoopError(`listing returned the continuation token ${JSON.stringify(next.slice(0, 40))} twice`)
    seen.add(next)
    token = next
  }
}

/** Collects the items of every page into one array. */
export async function collectPages<P, T>(
  fetchPage: (token: string | undefined) => Promise<P>,
  nextToken: (page: P) => string | undefined | null,
  items: (page: P) => readonly T[] | undefined,
  onPage?: (sofar: number) => void,
): Promise<T[]> {
  const all: T[] = []
  for await (const page of paginate(fetchPage, nextToken)) {
    for (const item of items(page) ?? []) all.push(item)
    onPage?.(all.length)
  }
  return all
}
