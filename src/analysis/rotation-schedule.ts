/**
 * How long a Secrets Manager rotation schedule may leave between two rotations. Pure.
 *
 * A schedule is `AutomaticallyAfterDays`, or a `rate(N days|hours)` or six-field
 * `cron(minutes hours day-of-month month day-of-week year)` expression. Secrets Manager rotates
 * within a window on the scheduled day, so the bound is in whole days and is the longest gap the
 * schedule allows (a monthly cron can wait 31 days), not its average.
 */
import type { SecretRotationRules } from '../model/secretsmanager.js'

const MONTH_DAYS = 31

/** Largest gap between consecutive values of a cyclic list (day 1,15 of a month → 17 days). */
function cyclicGap(values: number[], cycle: number): number {
  const sorted = [...new Set(values)].sort((a, b) => a - b)
  if (sorted.length === 0) return cycle
  let gap = cycle - sorted[sorted.length - 1]! + sorted[0]!
  for (let i = 1; i < sorted.length; i++) gap = Math.max(gap, sorted[i]! - sorted[i - 1]!)
  return gap
}

const isAny = (f: string) => f === '*' || f === '?'
const numbers = (f: string) => (/^\d+(,\d+)*$/.test(f) ? f.split(',').map(Number) : undefined)

/** Months between two firings of the month field: `*` 1, `*\/3` 3, `1,7` 6, `3` 12. */
function monthStep(field: string): number | undefined {
  if (field === '*') return 1
  const step = /^(?:\*|\d+)\/(\d+)$/.exec(field)
  if (step) return Number(step[1])
  const list = numbers(field)
  return list ? cyclicGap(list, 12) : undefined
}

/** Longest gap in days of a six-field cron expression, or undefined when it cannot be bounded. */
function cronIntervalDays(expr: string): number | undefined {
  const fields = expr.trim().split(/\s+/)
  if (fields.length !== 6) return undefined
  const [, , dom, month, dow, year] = fields as [string, string, string, string, string, string]
  if (!isAny(year)) return undefined // a schedule that ends
  const months = monthStep(month)
  if (months === undefined) return undefined
  let withinMonth: number | undefined
  if (isAny(dom) && isAny(dow)) withinMonth = 1
  else if (!isAny(dow)) withinMonth = 7 // some weekday(s): at most a week apart
  else {
    const days = numbers(dom)
    withinMonth = days ? cyclicGap(days, MONTH_DAYS) : MONTH_DAYS // L, W, ranges: at worst monthly
  }
  // Restricted months stretch the gap to the next allowed month.
  return months === 1 ? withinMonth : Math.max(withinMonth, months * MONTH_DAYS)
}

/** The longest interval in days the rules allow between rotations; undefined when they cannot be read. */
export function maxRotationIntervalDays(rules: SecretRotationRules | undefined): number | undefined {
  if (!rules) return undefined
  const expr = rules.scheduleExpression?.trim()
  if (expr) {
    const rate = /^rate\(\s*(\d+)\s+(day|days|hour|hours)\s*\)$/i.exec(expr)
    if (rate) return rate[2]!.toLowerCase().startsWith('hour') ? Math.max(1, Math.ceil(Number(rate[1]) / 24)) : Number(rate[1])
    const cron = /^cron\((.*)\)$/i.exec(expr)
    return cron ? cronIntervalDays(cron[1]!) : undefined
  }
  return rules.automaticallyAfterDays !== undefined && rules.automaticallyAfterDays > 0 ? rules.automaticallyAfterDays : undefined
}
