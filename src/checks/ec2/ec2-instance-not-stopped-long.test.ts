import check from './ec2-instance-not-stopped-long.js'
import { testCheck } from '../../../test/check-tester.js'
import { ec2Instance } from '../../../test/factories/index.js'

const NOW = new Date('2026-11-27T12:00:00Z')
const stopped = (stoppedAt: string | undefined, reason = 'User initiated') => ec2Instance({ state: 'stopped', stoppedAt, stateTransitionReason: reason })

testCheck(check, {
  valid: [
    { name: 'running', resource: ec2Instance(), now: NOW },
    { name: 'stopped 10 days ago', resource: stopped('2026-11-17T12:00:00.000Z'), now: NOW },
    { name: 'stopped exactly 30 days ago', resource: stopped('2026-10-28T12:00:00.000Z'), now: NOW },
    { name: 'stopped 60 days ago, 90 allowed', resource: stopped('2026-09-28T12:00:00.000Z'), now: NOW, options: { allowedDays: 90 } },
  ],
  invalid: [
    { name: 'stopped 45 days ago', resource: stopped('2026-10-13T12:00:00.000Z'), now: NOW, messageId: 'stopped-too-long', at: 'stoppedAt' },
    { name: 'stopped 10 days ago, 7 allowed', resource: stopped('2026-11-17T12:00:00.000Z'), now: NOW, options: { allowedDays: 7 }, messageId: 'stopped-too-long' },
  ],
  unknown: [
    { name: 'stop time not in the reason text', resource: stopped(undefined, 'Server.InternalError'), now: NOW },
    { name: 'allowedDays is not a number', resource: stopped('2026-11-17T12:00:00.000Z'), now: NOW, options: { allowedDays: 'thirty' } },
    { name: 'instances not listed', resource: stopped('2026-11-17T12:00:00.000Z'), now: NOW, gaps: [{ resourceType: 'ec2.instance', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
})
