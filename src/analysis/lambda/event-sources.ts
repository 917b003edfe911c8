/**
 * The resources that trigger a function: the sources of its event source mappings (queues,
 * streams, Kafka clusters), and the resources its resource-based policy lets a service invoke it
 * for — the exact ARNs of aws:SourceArn conditions (an S3 bucket, an SNS topic, an EventBridge
 * rule). A SourceArn with a wildcard names no one resource and is left out. Pure.
 */
import type { LambdaFunction } from '../../model/lambda.js'
import { parseArn } from '../iam/arn.js'
import { compilePolicy } from '../iam/compile.js'
import { hasWildcard } from '../iam/glob.js'

export interface EventSource {
  arn: string
  /** The ARN's service (`sqs`, `sns`, `s3`, `kinesis`, `dynamodb` …). */
  service: string
  via: 'event-source-mapping' | 'resource-policy'
  /** For `resource-policy`: the statement (Sid or #index). */
  statement?: string
}

/** Positive operators whose values name the source (negated ones and IfExists do not pin it). */
function pinsValue(op: { negated: boolean; ifExists: boolean; family: string } | undefined): boolean {
  return !!op && !op.negated && !op.ifExists && (op.family === 'arn' || op.family === 'string')
}

export function eventSourcesOf(fn: LambdaFunction): EventSource[] {
  const out = new Map<string, EventSource>()
  const add = (s: EventSource) => {
    if (!out.has(s.arn)) out.set(s.arn, s)
  }
  for (const m of fn.eventSourceMappings) {
    const service = m.eventSourceArn ? parseArn(m.eventSourceArn)?.service : undefined
    if (m.eventSourceArn && service) add({ arn: m.eventSourceArn, service, via: 'event-source-mapping' })
  }
  if (fn.policy) {
    for (const st of compilePolicy(fn.policy).statements) {
      if (st.effect !== 'Allow' || !st.condition) continue
      for (const e of st.condition.entries) {
        if (e.keyLower !== 'aws:sourcearn' || !pinsValue(e.operator)) continue
        for (const v of e.rawValues) {
          const service = parseArn(v)?.service
          if (service && !hasWildcard(v)) add({ arn: v, service, via: 'resource-policy', statement: st.sid ?? `#${st.index}` })
        }
      }
    }
  }
  return [...out.values()]
}

/** The event sources of one service across functions of a region (sorted, unique). */
export function eventSourceArns(functions: readonly LambdaFunction[], region: string, service: string): string[] {
  const arns = new Set<string>()
  for (const fn of functions) {
    if (fn.region !== region) continue
    for (const s of eventSourcesOf(fn)) if (s.service === service) arns.add(s.arn)
  }
  return [...arns].sort()
}
