import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'config-delivery-channel-healthy',
    resourceType: 'config.recorder',
    title: 'AWS Config delivers its configuration history without failures',
    severity: 'low',
    categories: ['logging'],
    description:
      'Checks that the recorder\'s region has a delivery channel and that its last configuration history, snapshot and stream deliveries did not fail (DescribeDeliveryChannelStatus). A recorder without a working channel records, but its history never reaches the S3 bucket or SNS topic it is meant for. Service-linked recorders are skipped.',
    risk: 'Failed deliveries usually mean the bucket policy, the bucket itself or a KMS key changed under Config. The configuration history then stops accumulating where auditors and tools read it, often for months before anyone notices.',
    remediation: {
      text: 'Look at the last error of the delivery channel (describe-delivery-channel-status), then fix the bucket policy, KMS key policy or topic permissions so that the Config service role can deliver, or create the missing channel.',
      cli: 'aws configservice describe-delivery-channel-status\naws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=<config-bucket>',
      cloudformation: 'Type: AWS::Config::DeliveryChannel\nProperties:\n  S3BucketName: !Ref ConfigBucket\n  ConfigSnapshotDeliveryProperties:\n    DeliveryFrequency: TwentyFour_Hours',
      terraform: 'resource "aws_config_delivery_channel" "default" {\n  name           = "default"\n  s3_bucket_name = aws_s3_bucket.config.id\n  snapshot_delivery_properties {\n    delivery_frequency = "TwentyFour_Hours"\n  }\n}',
    },
    messages: {
      healthy: 'Delivery channel {{channel}} of recorder {{name}} in {{region}} delivers without failures.',
      noChannel: 'Recorder {{name}} in {{region}} has no delivery channel: its history goes nowhere.',
      failing: 'Delivery channel {{channel}} of recorder {{name}} in {{region}} failed its last {{kind}} delivery ({{error}}).',
    },
    liveOnly: true,
  },
  evaluate(recorder, { pass, fail, skip }) {
    if (recorder.serviceLinked) return skip('service-linked recorder: its service delivers for itself')
    const data = { name: recorder.name, region: recorder.region }
    const channel = recorder.deliveryChannels[0]
    if (!channel) return fail('noChannel', { data, at: 'deliveryChannels' })
    const kinds: [string, string | undefined][] = [
      ['history', channel.historyStatus],
      ['snapshot', channel.snapshotStatus],
      ['stream', channel.streamStatus],
    ]
    const failed = kinds.find(([, s]) => s?.toLowerCase() === 'failure')
    if (failed) return fail('failing', { data: { ...data, channel: channel.name, kind: failed[0], error: channel.lastErrorCode ?? 'no error code' }, at: 'deliveryChannels' })
    return pass('healthy', { ...data, channel: channel.name })
  },
})
