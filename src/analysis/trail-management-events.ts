/**
 * Whether a trail records a given management event: its event selectors (basic or advanced)
 * and, for events of global services (IAM, Organizations, sign-in), whether it includes global
 * service events. Pure functions over the normalized model.
 */
import type { AdvancedEventSelector, AdvancedFieldSelector, CloudTrailTrail, EventSelector } from '../model/monitoring.js'

/** The management event as selectors see it. */
export interface ManagementEventShape {
  eventSource: string
  eventName: string
  readOnly: boolean
  /** Recorded only by trails with global service events (IAM, STS, Organizations, console sign-in). */
  globalService?: boolean
}

function basicCaptures(s: EventSelector, e: ManagementEventShape): boolean {
  // GetEventSelectors always states IncludeManagementEvents; AWS's default is true.
  if (s.includeManagementEvents === false) return false
  const rw = s.readWriteType ?? 'All'
  if (rw === 'ReadOnly' && !e.readOnly) return false
  if (rw === 'WriteOnly' && e.readOnly) return false
  return !(s.excludeManagementEventSources ?? []).includes(e.eventSource)
}

function fieldValue(field: string, e: ManagementEventShape): string | undefined {
  switch (field) {
    case 'eventCategory':
      return 'Management'
    case 'eventSource':
      return e.eventSource
    case 'eventName':
      return e.eventName
    case 'readOnly':
      return String(e.readOnly)
    case 'eventType':
      return 'AwsApiCall'
    default:
      return undefined
  }
}

/**
 * One field selector lets the event through. A positive condition on a field the event shape does
 * not know (a caller, an error code) narrows the selector to some events only, which is not full
 * capture; a negative one only leaves some callers out and is accepted.
 */
function fieldAccepts(fs: AdvancedFieldSelector, e: ManagementEventShape): boolean {
  const v = fieldValue(fs.field, e)
  if (v === undefined) return !(fs.equals?.length || fs.startsWith?.length || fs.endsWith?.length)
  if (fs.equals && !fs.equals.includes(v)) return false
  if (fs.startsWith && !fs.startsWith.some((p) => v.startsWith(p))) return false
  if (fs.endsWith && !fs.endsWith.some((p) => v.endsWith(p))) return false
  if (fs.notEquals?.includes(v)) return false
  if (fs.notStartsWith?.some((p) => v.startsWith(p))) return false
  if (fs.notEndsWith?.some((p) => v.endsWith(p))) return false
  return true
}

function advancedCaptures(s: AdvancedEventSelector, e: ManagementEventShape): boolean {
  return s.fieldSelectors.every((fs) => fieldAccepts(fs, e))
}

/** Whether the trail's selectors record the event (a trail uses either basic or advanced selectors). */
export function trailCapturesManagementEvent(trail: CloudTrailTrail, e: ManagementEventShape): boolean {
  if (e.globalService && trail.includeGlobalServiceEvents === false) return false
  if (trail.advancedEventSelectors.length > 0) return trail.advancedEventSelectors.some((s) => advancedCaptures(s, e))
  return trail.eventSelectors.some((s) => basicCaptures(s, e))
}
