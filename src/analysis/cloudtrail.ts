/**
 * Whether a CloudTrail trail's event selectors capture a given data event. Pure functions
 * over the normalized model; shared by the checks that ask "is this resource's data-plane
 * activity recorded?" (Lambda invokes today; S3 objects, DynamoDB items later).
 */
import type { AdvancedEventSelector, AdvancedFieldSelector, CloudTrailTrail, EventSelector } from '../model/monitoring.js'

/** The record CloudTrail would write for one data event, as far as selectors can see it. */
export interface DataEventShape {
  eventSource: string
  eventName: string
  /**
   * The record's readOnly flag. Lambda Invoke records carry `readOnly: false`, so a
   * ReadOnly-only selector never captures them.
   */
  readOnly: boolean
  /** `AWS::Lambda::Function`, `AWS::S3::Object` … */
  resourceType: string
  /** The resource ARN as the record's `resources[].ARN` gives it (unqualified for Lambda). */
  resourceArn: string
}

/** The Invoke data event of a function. */
export function lambdaInvokeEvent(functionArn: string): DataEventShape {
  return { eventSource: 'lambda.amazonaws.com', eventName: 'Invoke', readOnly: false, resourceType: 'AWS::Lambda::Function', resourceArn: functionArn }
}

/**
 * How a selector relates to the event:
 *  - `all`: every such event is captured;
 *  - `some`: only those of some callers (a positive filter on a caller field such as
 *    userIdentity.arn), so the resource's activity is not fully recorded;
 *  - `none`: not captured.
 */
export type SelectorCoverage = 'all' | 'some' | 'none'

/**
 * A basic selector value covers a resource when it is the resource's ARN or the service-wide
 * value (`arn:aws:lambda`, `arn:aws:dynamodb`) that selects every resource of the type. S3
 * object values are prefixes; Lambda function and DynamoDB table ARNs are matched exactly
 * (AWS documents that a function ARN selects that function only, not others sharing the prefix).
 */
export function basicValueCovers(resourceType: string, value: string, resourceArn: string): boolean {
  const v = value.replace(/:+$/, '')
  const [, partition, service] = resourceArn.split(':')
  if (v === `arn:${partition}:${service}`) return true
  if (resourceType === 'AWS::S3::Object') return resourceArn.startsWith(value)
  return v === resourceArn
}

export function basicSelectorCovers(selector: EventSelector, event: DataEventShape): boolean {
  const rw = selector.readWriteType ?? 'All'
  if (rw === 'ReadOnly' && !event.readOnly) return false
  if (rw === 'WriteOnly' && event.readOnly) return false
  return selector.dataResources.some((d) => d.type === event.resourceType && d.values.some((v) => basicValueCovers(event.resourceType, v, event.resourceArn)))
}

/** The value a field has in the event's record; undefined for fields that depend on the caller. */
function eventField(field: string, event: DataEventShape): string | undefined {
  switch (field) {
    case 'eventCategory':
      return 'Data'
    case 'eventSource':
      return event.eventSource
    case 'eventName':
      return event.eventName
    case 'readOnly':
      return String(event.readOnly)
    case 'eventType':
      return 'AwsApiCall'
    case 'resources.type':
      return event.resourceType
    case 'resources.ARN':
      return event.resourceArn
    default:
      // userIdentity.arn, errorCode, vpcEndpointId, sessionCredentialFromConsole …
      return undefined
  }
}

/**
 * One field selector. Conditions inside it are ANDed; each positive operator's values are
 * ORed. For a caller-dependent field, positive operators narrow the selection to some callers
 * (`some`), while negative operators only exclude named callers: that is treated as covering,
 * since excluding a known noisy principal is a deliberate cost choice, not a logging gap.
 */
export function fieldSelectorCoverage(fs: AdvancedFieldSelector, event: DataEventShape): SelectorCoverage {
  const value = eventField(fs.field, event)
  if (value === undefined) return hasPositiveOperator(fs) ? 'some' : 'all'
  return fieldAdmits(fs, value) ? 'all' : 'none'
}

/** True when a field selector with positive operators (Equals, StartsWith, EndsWith) narrows what it selects. */
export function hasPositiveOperator(fs: AdvancedFieldSelector): boolean {
  return Boolean(fs.equals?.length || fs.startsWith?.length || fs.endsWith?.length)
}

/** Whether a record whose field has `value` passes every operator of the field selector. */
export function fieldAdmits(fs: AdvancedFieldSelector, value: string): boolean {
  if (fs.equals && !fs.equals.includes(value)) return false
  if (fs.startsWith && !fs.startsWith.some((p) => value.startsWith(p))) return false
  if (fs.endsWith && !fs.endsWith.some((x) => value.endsWith(x))) return false
  if (fs.notEquals?.includes(value)) return false
  if (fs.notStartsWith?.some((p) => value.startsWith(p))) return false
  if (fs.notEndsWith?.some((x) => value.endsWith(x))) return false
  return true
}

/** An advanced selector: its field selectors are ANDed. */
export function advancedSelectorCoverage(selector: AdvancedEventSelector, event: DataEventShape): SelectorCoverage {
  let coverage: SelectorCoverage = 'all'
  for (const fs of selector.fieldSelectors) {
    const c = fieldSelectorCoverage(fs, event)
    if (c === 'none') return 'none'
    if (c === 'some') coverage = 'some'
  }
  return coverage
}

/**
 * What a trail's selectors capture of the event. A trail uses either basic or advanced
 * selectors, never both: when advanced selectors are present they are the configuration.
 * Selectors are ORed: the best coverage wins.
 */
export function trailCoverage(trail: CloudTrailTrail, event: DataEventShape): SelectorCoverage {
  if (trail.advancedEventSelectors.length > 0) {
    let best: SelectorCoverage = 'none'
    for (const s of trail.advancedEventSelectors) {
      const c = advancedSelectorCoverage(s, event)
      if (c === 'all') return 'all'
      if (c === 'some') best = 'some'
    }
    return best
  }
  return trail.eventSelectors.some((s) => basicSelectorCovers(s, event)) ? 'all' : 'none'
}

/**
 * A trail records events of a region when it is multi-region or lives in that region, and
 * of an account when it belongs to it or is an organization trail.
 */
export function trailAppliesTo(trail: CloudTrailTrail, region: string, accountId: string | undefined): boolean {
  if (!trail.isMultiRegion && trail.homeRegion !== region) return false
  return trail.isOrganizationTrail || !accountId || !trail.accountId || trail.accountId === accountId
}

/**
 * Which management events a trail records:
 *  - `all`: read and write management events (from one selector or several together);
 *  - `read` / `write`: only read-only or only mutating calls (ReadWriteType, or a readOnly field);
 *  - `partial`: management events of some sources only (a positive eventSource or other filter);
 *  - `none`: no management events.
 * Negative filters (eventSource NotEquals kms.amazonaws.com, the console's "exclude KMS / RDS Data
 * API events") still count as recording management events: they drop named high-volume sources by
 * choice. A trail with neither basic nor advanced selectors records nothing.
 */
export type ManagementCoverage = 'all' | 'read' | 'write' | 'partial' | 'none'

export function managementEventCoverage(trail: CloudTrailTrail): ManagementCoverage {
  let read = false
  let write = false
  let partial = false
  if (trail.advancedEventSelectors.length > 0) {
    for (const selector of trail.advancedEventSelectors) {
      const category = selector.fieldSelectors.filter((f) => f.field === 'eventCategory')
      if (category.length === 0 || !category.every((f) => fieldAdmits(f, 'Management'))) continue
      let r = true
      let w = true
      let narrowed = false
      for (const f of selector.fieldSelectors) {
        if (f.field === 'eventCategory') continue
        if (f.field === 'readOnly') {
          r &&= fieldAdmits(f, 'true')
          w &&= fieldAdmits(f, 'false')
        } else if (hasPositiveOperator(f)) narrowed = true
      }
      if (narrowed) partial ||= r || w
      else {
        read ||= r
        write ||= w
      }
    }
  } else {
    for (const s of trail.eventSelectors) {
      // Both default to what CloudTrail assumes when they are left out: All, and true.
      if (s.includeManagementEvents === false) continue
      const rw = s.readWriteType ?? 'All'
      read ||= rw !== 'WriteOnly'
      write ||= rw !== 'ReadOnly'
    }
  }
  if (read && write) return 'all'
  if (read) return 'read'
  if (write) return 'write'
  return partial ? 'partial' : 'none'
}
