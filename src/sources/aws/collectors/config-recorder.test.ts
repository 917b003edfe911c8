import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
  DescribeDeliveryChannelStatusCommand,
} from '@aws-sdk/client-config-service'
import { configRecorderCollector, mapConfigRecorder } from './config-recorder.js'
import { failed } from '../outcome.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const w = { region: TEST_REGION, accountId: TEST_ACCOUNT, partition: 'aws' }
const recorder = { name: 'default', roleARN: 'arn:aws:iam::111122223333:role/config', recordingGroup: { allSupported: true, includeGlobalResourceTypes: true, recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' as const } } }

describe('mapConfigRecorder', () => {
  it('joins status and delivery channel status', () => {
    const r = mapConfigRecorder(
      recorder,
      {
        statuses: { ok: true, value: [{ name: 'default', recording: true, lastStatus: 'SUCCESS' as never }] },
        channels: { ok: true, value: [{ name: 'default', s3BucketName: 'config-bucket' }] },
        channelStatuses: { ok: true, value: [{ name: 'default', configHistoryDeliveryInfo: { lastStatus: 'Failure', lastErrorCode: 'NoSuchBucket' } }] },
      },
      w,
    )
    assert.equal(r.recording, true)
    assert.equal(r.allSupported, true)
    assert.equal(r.recordingStrategy, 'ALL_SUPPORTED_RESOURCE_TYPES')
    assert.deepEqual(r.deliveryChannels, [{ name: 'default', s3BucketName: 'config-bucket', historyStatus: 'Failure', lastErrorCode: 'NoSuchBucket' }])
    assert.equal(r.serviceLinked, false)
  })

  it('unreadable status and channels are unresolved', () => {
    const r = mapConfigRecorder({ ...recorder, servicePrincipal: 'securityhub.amazonaws.com' }, { statuses: failed('AccessDenied (x)'), channels: failed('AccessDenied (y)'), channelStatuses: failed('AccessDenied (z)') }, w)
    assert.deepEqual(r.unresolved, { recording: 'AccessDenied (x)', lastStatus: 'AccessDenied (x)', deliveryChannels: 'AccessDenied (y)' })
    assert.equal(r.serviceLinked, true)
  })
})

describe('config.recorder collector (mocked SDK)', () => {
  const cfg = mockClient(ConfigServiceClient)
  afterEach(() => cfg.reset())

  it('no recorder: an empty list and no further calls', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [] })
    const r = await configRecorderCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['config.recorder'], [])
    assert.equal(cfg.commandCalls(DescribeConfigurationRecorderStatusCommand).length, 0)
  })

  it('reads status and channels when there is a recorder', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [recorder] })
    cfg.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [{ name: 'default', recording: false }] })
    cfg.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [] })
    cfg.on(DescribeDeliveryChannelStatusCommand).resolves({ DeliveryChannelsStatus: [] })
    const r = await configRecorderCollector.collect(testContext(), TEST_REGION, {})
    assert.equal(r.resources['config.recorder']![0]!.recording, false)
    assert.deepEqual(r.resources['config.recorder']![0]!.deliveryChannels, [])
  })

  it('a denied listing is a gap', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).rejects(awsError('AccessDeniedException'))
    const r = await configRecorderCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual([r.gaps[0]!.resourceType, r.gaps[0]!.code], ['config.recorder', 'AccessDenied'])
  })
})
