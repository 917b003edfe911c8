import check from './config-delivery-channel-healthy.js'
import { testCheck } from '../../../test/check-tester.js'
import { configRecorder } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'every delivery succeeded', resource: configRecorder() },
    { name: 'no snapshot configured (not applicable)', resource: configRecorder({ deliveryChannels: [{ name: 'default', s3BucketName: 'b', historyStatus: 'Success', snapshotStatus: 'Not_Applicable' }] }) },
  ],
  invalid: [
    { name: 'no channel', resource: configRecorder({ deliveryChannels: [] }), messageId: 'noChannel', at: 'deliveryChannels' },
    { name: 'history delivery failing', resource: configRecorder({ deliveryChannels: [{ name: 'default', s3BucketName: 'b', historyStatus: 'Failure', lastErrorCode: 'AccessDenied' }] }), messageId: 'failing' },
  ],
  unknown: [{ name: 'channel status unreadable', resource: configRecorder({ deliveryChannels: [], unresolved: { deliveryChannels: 'AccessDenied (config:DescribeDeliveryChannelStatus)' } }) }],
  skip: [{ name: 'service-linked recorder', resource: configRecorder({ serviceLinked: true, deliveryChannels: [] }) }],
})
