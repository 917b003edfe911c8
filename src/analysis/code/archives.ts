/**
 * What the code checks share: the skip reason when code inspection was off, and whether files a
 * limit left out could have held what a check looks for (then "nothing found" is not a pass).
 */
import type { CodeInspection, CodeTruncation } from '../../model/lambda.js'
import { patternById } from '../secrets/rules.js'

export const CODE_NOT_ENABLED = 'code inspection not enabled (--inspect-code)'

/** The first left-out set of files that would have fed this analysis, if any. */
export function leftOutFor(code: CodeInspection, analysis: CodeTruncation['affects'][number]): CodeTruncation | undefined {
  return code.truncated?.find((t) => t.affects.includes(analysis))
}

/** The human label of a secret pattern (`GitHub token`), for messages. */
export function secretKind(patternId: string): string {
  return patternById(patternId)?.kind ?? patternId
}

/** `name:3` from a layer version ARN, for messages. */
export function layerLabel(arn: string): string {
  const parts = arn.split(':')
  return parts.length >= 8 ? `${parts[6]}:${parts[7]}` : arn
}
