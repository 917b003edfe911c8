/**
 * Turns the CIS monitoring chain of one control into the verdict of its check. Every
 * `cloudwatch-*-monitored` check has the same six message ids (`monitored`, `noTrail`,
 * `noFilter`, `noAlarm`, `alarmSilent`, `noSubscriber`); only their wording differs.
 */
import type { CheckContext, Verdict } from '../core/check.js'
import type { AccountAccount } from '../model/account-settings.js'
import { cisMonitoringControl, evaluateCisMonitoring, type CisMonitoringControlId } from './cis-monitoring.js'

export function cisMonitoringVerdict(controlId: CisMonitoringControlId, account: AccountAccount, ctx: CheckContext): Verdict {
  const control = cisMonitoringControl(controlId)
  const r = evaluateCisMonitoring(control, ctx.inventory)
  const data = {
    account: account.accountId,
    what: control.title,
    event: r.event,
    trail: r.trail,
    logGroup: r.logGroup,
    filter: r.filter,
    alarm: r.alarm,
    topic: r.topic,
    unreadable: r.unreadablePatterns.length ? r.unreadablePatterns.join(', ') : undefined,
  }
  if (r.stage === 'monitored') return ctx.pass('monitored', data)
  if (r.unknownReason) return ctx.unknown(r.unknownReason, { data })
  // A pattern clearsky cannot read might be the one that covers the events: say so, don't fail.
  if (r.stage === 'noFilter' && r.unreadablePatterns.length) return ctx.unknown(`metric filter patterns that are not JSON patterns could cover ${control.title}: ${data.unreadable}`, { data })
  return ctx.fail(r.stage, data)
}
