/**
 * Lists of changers for messages, built from a part shared by every function of a scan
 * (ChangeSplit.shared, aggregated once) and a part of the function's own, without walking the
 * shared part for each function: a message names the first few in candidate order and counts
 * the rest, so the first few of two ordered lists and their lengths are all it needs.
 */
import { listForMessage } from './execution-role.js'

/** A changer as a message lists it, at its candidate position. */
export interface Placed {
  position: number
  arn: string
  label: string
}

/** The labels of the first `max` entries of two lists in candidate order, leaving out what `skip` rejects. */
export function firstInOrder(a: readonly Placed[], b: readonly Placed[], max: number, skip?: (p: Placed) => boolean): string[] {
  const out: string[] = []
  let i = 0
  let j = 0
  while (out.length < max && (i < a.length || j < b.length)) {
    const p = j >= b.length || (i < a.length && a[i]!.position <= b[j]!.position) ? a[i++]! : b[j++]!
    if (!skip?.(p)) out.push(p.label)
  }
  return out
}

/**
 * listForMessage of a list of `total` items of which `first` are the first ones (at least `max`
 * of them when there are that many). listForMessage reads only the first `max` items and the
 * length, so it is given exactly that.
 */
export function listHeadForMessage(first: readonly string[], total: number, max = 5): string {
  const items = first.slice(0, max)
  if (total > items.length) items.length = total
  return listForMessage(items, max)
}

/** How many entries of a list have each ARN. */
export function countByArn(list: readonly { arn: string }[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const x of list) out.set(x.arn, (out.get(x.arn) ?? 0) + 1)
  return out
}
