/**
 * ARN helpers. An ARN has six colon-separated parts: `arn:partition:service:region:account:resource`;
 * the resource part may itself contain colons (`function:name:alias`).
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html)
 *
 * ARNs are compared case-sensitively (the IAM docs note that user and role names in Resource and
 * Principal are case sensitive, and the ARN condition operators are "case-sensitive matching of
 * the ARN"). We found no AWS statement that any part of an ARN compares case-insensitively, so
 * none does here.
 */
import { cachedRegExp, escapeRegExp } from './glob.js'

export interface ParsedArn {
  partition: string
  service: string
  region: string
  account: string
  resource: string
}

/** Splits an ARN into its six parts; undefined when the string is not an ARN. */
export function parseArn(arn: string): ParsedArn | undefined {
  if (!arn.startsWith('arn:')) return undefined
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < 5; i++) {
    const idx = arn.indexOf(':', start)
    if (idx < 0) return undefined
    parts.push(arn.slice(start, idx))
    start = idx + 1
  }
  return { partition: parts[1]!, service: parts[2]!, region: parts[3]!, account: parts[4]!, resource: arn.slice(start) }
}

/** A 12-digit AWS account id. */
export function isAccountId(s: string): boolean {
  return /^\d{12}$/.test(s)
}

/** The account id inside an ARN, when it has a literal one. */
export function accountOfArn(arn: string): string | undefined {
  const p = parseArn(arn)
  return p && isAccountId(p.account) ? p.account : undefined
}

/**
 * Regular-expression source for an ARN pattern under ArnEquals / ArnLike: "Each of the six
 * colon-delimited components of the ARN is checked separately and each can include multi-character
 * match wildcards (*) or single-character match wildcards (?)."
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN)
 * In the first five components a wildcard cannot cross a colon; in the resource component it can.
 * Returns undefined when the pattern does not have six components.
 */
export function arnPatternSource(pattern: string, literal?: readonly boolean[]): string | undefined {
  // `literal[i]` marks characters that came from a policy variable or a special-character
  // variable (`${*}`): they never act as wildcards.
  let out = ''
  let component = 0
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!
    if (ch === ':' && component < 5) {
      component++
      out += ':'
      continue
    }
    if (!literal?.[i] && ch === '*') out += component < 5 ? '[^:]*' : '[\\s\\S]*'
    else if (!literal?.[i] && ch === '?') out += component < 5 ? '[^:]' : '[\\s\\S]'
    else out += escapeRegExp(ch)
  }
  return component === 5 ? out : undefined
}

/** ArnLike / ArnEquals between a pattern without variables and a value. */
export function arnLike(pattern: string, value: string): boolean {
  if (pattern === '*') return true
  if (!parseArn(value)) return false
  const src = arnPatternSource(pattern)
  return src !== undefined && cachedRegExp(src).test(value)
}
