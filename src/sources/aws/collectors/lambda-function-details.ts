/**
 * The optional parts of a Lambda function's collection ("detail groups"): each is one call per
 * function (one per region for the event source mappings) that fills a few fields of the model,
 * and each is made only when a selected check reads those fields. ListFunctions alone already
 * gives the configuration (runtime, role, environment, VPC, layers, dead-letter target …).
 *
 * A group that is not fetched is never guessed: its fields are listed in the function's
 * `unresolved` map with {@link NOT_COLLECTED}, so any check that reads them anyway reports
 * `unknown` through the engine's read tracking, never pass. test/meta/lambda-details.test.ts
 * proves {@link LAMBDA_DETAIL_READERS} right: every check, evaluated with only its declared groups
 * present, gives exactly the verdicts it gives with every group, and each declared group matters.
 */
import type { Unresolved } from '../../../model/common.js'
import type { LambdaFunction } from '../../../model/lambda.js'
import type { DetailGroups } from '../collector.js'

export const LAMBDA_DETAIL_GROUPS = ['get-function', 'policy', 'url', 'code-signing', 'event-invoke', 'event-source-mappings'] as const

/** One optional part of a function's collection. */
export type LambdaDetailGroup = (typeof LAMBDA_DETAIL_GROUPS)[number]

/** What each group costs and which model fields it fills. */
export const LAMBDA_DETAILS: DetailGroups<LambdaDetailGroup> = {
  // GetFunction returns the tags only when the caller may also lambda:ListTags.
  'get-function': { actions: ['lambda:GetFunction', 'lambda:ListTags'], fields: ['tags', 'reservedConcurrency'], per: 'resource' },
  policy: { actions: ['lambda:GetPolicy'], fields: ['policy'], per: 'resource' },
  url: { actions: ['lambda:GetFunctionUrlConfig'], fields: ['url'], per: 'resource' },
  'code-signing': { actions: ['lambda:GetFunctionCodeSigningConfig'], fields: ['codeSigningConfigArn'], per: 'resource' },
  'event-invoke': { actions: ['lambda:GetFunctionEventInvokeConfig'], fields: ['eventInvokeConfig'], per: 'resource' },
  'event-source-mappings': { actions: ['lambda:ListEventSourceMappings'], fields: ['eventSourceMappings'], per: 'region' },
}

/**
 * The groups each check reads, by check id (checks over other types that join to functions
 * included); a check not listed reads none of them. Keep in step with the checks: the meta-test
 * fails, naming the check and the group, when a check reads an undeclared group or a declared
 * group makes no difference to it.
 */
export const LAMBDA_DETAIL_READERS: Readonly<Record<string, readonly LambdaDetailGroup[]>> = {
  'lambda-async-failure-destination': ['policy', 'event-invoke', 'event-source-mappings'],
  'lambda-code-signing-enforced': ['code-signing'],
  'lambda-code-signing-profiles-valid': ['code-signing'],
  'lambda-deployers-restricted': ['policy'],
  'lambda-dlq-alarm-configured': ['event-invoke', 'event-source-mappings'],
  'lambda-event-sources-not-public': ['policy', 'event-source-mappings'],
  'lambda-function-url-auth-required': ['url'],
  'lambda-function-url-cors-restricted': ['url'],
  'lambda-no-code-injection-escalation': ['policy'],
  'lambda-required-tags': ['get-function'],
  'lambda-reserved-concurrency-set': ['get-function'],
  'lambda-resource-policy-cross-account-trusted': ['policy'],
  'lambda-resource-policy-invoke-only': ['policy'],
  'lambda-resource-policy-not-public': ['policy'],
  'lambda-resource-policy-service-source-scoped': ['policy'],
}

/** The `unresolved` reason of a field whose call was not made. */
export function notCollectedReason(group: LambdaDetailGroup): string {
  return `not collected: no selected check reads it (${LAMBDA_DETAILS[group].actions[0]})`
}

/**
 * `fn` as the collector produces it when `skipped` were not fetched: their fields hold the
 * "nothing" value and are listed in `unresolved`. Pure. The collector's own mapping of a skipped
 * call gives the same result (lambda-function.test.ts proves it); the meta-test uses this.
 */
export function withoutDetails(fn: LambdaFunction, skipped: Iterable<LambdaDetailGroup>): LambdaFunction {
  const out: LambdaFunction = { ...fn }
  const unresolved: Unresolved = { ...(fn.unresolved ?? {}) }
  for (const group of skipped) {
    const why = notCollectedReason(group)
    switch (group) {
      case 'get-function':
        delete out.tags
        out.reservedConcurrency = null
        break
      case 'policy':
        out.policy = null
        break
      case 'url':
        out.url = null
        for (const k of Object.keys(unresolved)) if (k.startsWith('url.')) delete unresolved[k]
        break
      case 'code-signing':
        out.codeSigningConfigArn = null
        break
      case 'event-invoke':
        out.eventInvokeConfig = null
        break
      case 'event-source-mappings':
        out.eventSourceMappings = []
        break
    }
    for (const field of LAMBDA_DETAILS[group].fields) unresolved[field] = why
  }
  if (Object.keys(unresolved).length) out.unresolved = unresolved
  return out
}
