import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { eventSourceArns, eventSourcesOf } from './event-sources.js'
import { referencedQueuesOrTopics } from '../../sources/aws/collectors/targets.js'
import { ACCOUNT, fnArn, lambdaFunction } from '../../../test/factories/index.js'
import type { PolicyStatement } from '../../model/common.js'

const q = (n: string, r = 'us-east-1') => `arn:aws:sqs:${r}:${ACCOUNT}:${n}`
const t = (n: string) => `arn:aws:sns:us-east-1:${ACCOUNT}:${n}`
const grant = (Condition: PolicyStatement['Condition'], Sid = 's'): PolicyStatement => ({ Sid, Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: fnArn('orders'), Condition })

describe('eventSourcesOf', () => {
  it('mapping sources and exact SourceArn values of positive operators', () => {
    const fn = lambdaFunction({
      eventSourceMappings: [{ uuid: 'a', eventSourceArn: q('in') }, { uuid: 'b' }],
      policy: {
        Version: '2012-10-17',
        Statement: [
          grant({ ArnLike: { 'AWS:SourceArn': t('events') } }, 'topic'),
          grant({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads-*' } }, 'wild'),
          grant({ ArnNotEquals: { 'aws:SourceArn': t('other') } }, 'negated'),
          grant({ StringEquals: { 'aws:SourceArn': ['arn:aws:s3:::uploads', q('in')] } }, 'two'),
          { Effect: 'Deny', Principal: '*', Action: 'lambda:*', Resource: '*', Condition: { ArnEquals: { 'aws:SourceArn': t('deny') } } },
        ],
      },
    })
    assert.deepEqual(
      eventSourcesOf(fn).map((s) => `${s.service} ${s.arn} ${s.via} ${s.statement ?? ''}`),
      [`sqs ${q('in')} event-source-mapping `, `sns ${t('events')} resource-policy topic`, 's3 arn:aws:s3:::uploads resource-policy two'],
    )
  })

  it('per region and service, merged with the failure targets for the collectors', () => {
    const fns = [
      lambdaFunction({ name: 'a', deadLetterTargetArn: q('dlq'), eventSourceMappings: [{ uuid: 'x', eventSourceArn: q('in') }] }),
      lambdaFunction({ name: 'b', region: 'eu-west-1', deadLetterTargetArn: undefined, eventSourceMappings: [{ uuid: 'y', eventSourceArn: q('eu', 'eu-west-1') }] }),
    ]
    assert.deepEqual(eventSourceArns(fns, 'us-east-1', 'sqs'), [q('in')])
    assert.deepEqual(referencedQueuesOrTopics(fns, 'us-east-1', 'sqs'), [q('dlq'), q('in')])
    assert.deepEqual(referencedQueuesOrTopics(fns, 'eu-west-1', 'sqs'), [q('eu', 'eu-west-1')])
  })
})
