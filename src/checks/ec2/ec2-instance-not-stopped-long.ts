import { defineCheck } from '../../core/check.js'
import { daysSince } from '../../analysis/identity/dates.js'

export default defineCheck({
  meta: {
    id: 'ec2-instance-not-stopped-long',
    resourceType: 'ec2.instance',
    title: 'EC2 instance has not been stopped for longer than the allowed period',
    severity: 'medium',
    categories: ['lifecycle', 'governance'],
    description:
      'Fails for an instance that has been stopped for more than `allowedDays` days (default 30, as AWS\'s control; AWS accepts 1 to 365). The stop time is read from the time EC2 writes into the instance\'s state-transition reason (`User initiated (2026-10-01 08:15:00 GMT)`); when that text carries no time (a stop after an internal error, for instance) the verdict is unknown, where AWS\'s control falls back to the launch time. Running instances pass. Live-only: whether and since when an instance is stopped is runtime state.',
    risk: 'A stopped instance is not patched, scanned or watched, yet its volumes keep their data and its role, security groups and keys stay valid: started again months later, it comes back with old software and configuration nobody has reviewed.',
    remediation: {
      text: 'Terminate instances that are no longer needed (snapshot or create an AMI first if the data must be kept). For an instance kept stopped on purpose, start it regularly for patching, or raise `allowedDays` for it.',
      cli: 'aws ec2 create-image --instance-id <instance-id> --name <backup-name>   # optional: keep an AMI\naws ec2 terminate-instances --instance-ids <instance-id>',
    },
    messages: {
      running: 'Instance {{name}} is {{state}}, not stopped.',
      recent: 'Instance {{name}} has been stopped for {{days}} day(s), within the {{allowed}} allowed.',
      'stopped-too-long': 'Instance {{name}} has been stopped for {{days}} days, more than the {{allowed}} allowed.',
    },
    options: { allowedDays: 30 },
    liveOnly: true,
  },
  evaluate(instance, { pass, fail, unknown, options, now }) {
    if (instance.state !== 'stopped') return pass('running', { name: instance.name, state: instance.state })
    const allowed = Number(options.allowedDays ?? 30)
    // A mistyped option must not turn every stopped instance into a pass (any comparison with NaN is false).
    if (!Number.isFinite(allowed) || allowed < 0) return unknown(`the allowedDays option is not a number of days (${String(options.allowedDays)})`)
    const days = daysSince(instance.stoppedAt, now)
    if (days === undefined) return unknown(`the stop time is not in the state-transition reason (${instance.stateTransitionReason ?? 'none reported'})`, { at: 'stoppedAt' })
    return days > allowed ? fail('stopped-too-long', { data: { name: instance.name, days, allowed }, at: 'stoppedAt' }) : pass('recent', { name: instance.name, days, allowed })
  },
})
