import type { PartialCollection } from '../../../core/inventory.js'
import type { LambdaFunction } from '../../../model/lambda.js'
import type { ResourceType } from '../../../model/resource-types.js'
import { parseArn } from '../arn.js'
import { eventSourceArns } from '../../../analysis/lambda/event-sources.js'

/**
 * ARNs of one service (`sqs`, `sns`) that this region's functions send failures or results to:
 * dead-letter targets, asynchronous-invocation destinations and event source mapping failure
 * destinations. Sorted and de-duplicated. Pure.
 */
export function referencedTargets(functions: readonly LambdaFunction[], region: string, service: string): string[] {
  const arns = new Set<string>()
  const add = (arn: string | undefined) => {
    if (arn && parseArn(arn)?.service === service) arns.add(arn)
  }
  for (const fn of functions) {
    if (fn.region !== region) continue
    add(fn.deadLetterTargetArn)
    add(fn.eventInvokeConfig?.onFailureDestination)
    add(fn.eventInvokeConfig?.onSuccessDestination)
    for (const m of fn.eventSourceMappings) add(m.onFailureDestination)
  }
  return [...arns].sort()
}

/**
 * What the `sqs` / `sns` collectors read for this region's functions: the targets above and the
 * function's event sources (event source mappings, and aws:SourceArn of resource-policy grants),
 * so a check can tell whether a queue or topic that triggers a function is itself public.
 */
export function referencedQueuesOrTopics(functions: readonly LambdaFunction[], region: string, service: string): string[] {
  return [...new Set([...referencedTargets(functions, region, service), ...eventSourceArns(functions, region, service)])].sort()
}

/**
 * The record of a region whose queues or topics were looked up by name only (no selected check
 * evaluates every one): a snapshot evaluated later with the SQS/SNS checks must not take them for
 * the region's whole set. `lookedUp` are the ARNs asked for, found or found not to exist.
 */
export function referencedOnly(resourceType: ResourceType, region: string, lookedUp: readonly string[], namedBy: string): PartialCollection {
  return {
    resourceType,
    kind: 'referenced-only',
    region,
    lookedUp: [...lookedUp].sort(),
    reason: `only the ${lookedUp.length} named by ${namedBy} were looked up, because no selected check evaluated every ${resourceType} at collection`,
  }
}
