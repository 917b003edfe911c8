/** The parts of an ARN: arn:partition:service:region:account:resource. */
export interface Arn {
  partition: string
  service: string
  region: string
  account: string
  /** Everything after the fifth colon (may itself contain colons and slashes). */
  resource: string
}

export function parseArn(arn: string | undefined): Arn | undefined {
  if (!arn) return undefined
  const parts = arn.split(':')
  if (parts.length < 6 || parts[0] !== 'arn') return undefined
  return { partition: parts[1]!, service: parts[2]!, region: parts[3]!, account: parts[4]!, resource: parts.slice(5).join(':') }
}

/** `arn:aws:lambda:r:a:function:name:alias` → `arn:aws:lambda:r:a:function:name` (versions and aliases fold into the function). */
export function unqualifiedFunctionArn(arn: string): string {
  const parts = arn.split(':')
  return parts.length > 7 && parts[5] === 'function' ? parts.slice(0, 7).join(':') : arn
}

/** The partition of an account from the ARN STS returns for the caller (`arn:aws-cn:…`). */
export function partitionOf(arn: string | undefined): string {
  return parseArn(arn)?.partition || 'aws'
}
