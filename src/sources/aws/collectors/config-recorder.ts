import type { ConfigurationRecorder, ConfigurationRecorderStatus, DeliveryChannel, DeliveryChannelStatus } from '@aws-sdk/client-config-service'
import type { Unresolved } from '../../../model/common.js'
import type { ConfigDeliveryChannel, ConfigRecorder } from '../../../model/config.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { fetchOptional, gapFrom, type Fetched } from '../outcome.js'

export interface RecorderDetails {
  statuses: Fetched<ConfigurationRecorderStatus[]>
  channels: Fetched<DeliveryChannel[]>
  channelStatuses: Fetched<DeliveryChannelStatus[]>
}

interface Where {
  region: string
  accountId: string
  partition: string
}

/** The region's delivery channels with their last delivery status. Pure. */
export function mapDeliveryChannels(channels: readonly DeliveryChannel[], statuses: readonly DeliveryChannelStatus[] | undefined): ConfigDeliveryChannel[] {
  return channels.map((c) => {
    const s = statuses?.find((x) => x.name === c.name)
    const lastError = s?.configHistoryDeliveryInfo?.lastErrorCode ?? s?.configSnapshotDeliveryInfo?.lastErrorCode ?? s?.configStreamDeliveryInfo?.lastErrorCode
    return {
      name: c.name ?? 'default',
      ...(c.s3BucketName ? { s3BucketName: c.s3BucketName } : {}),
      ...(c.snsTopicARN ? { snsTopicArn: c.snsTopicARN } : {}),
      ...(s?.configSnapshotDeliveryInfo?.lastStatus ? { snapshotStatus: s.configSnapshotDeliveryInfo.lastStatus } : {}),
      ...(s?.configHistoryDeliveryInfo?.lastStatus ? { historyStatus: s.configHistoryDeliveryInfo.lastStatus } : {}),
      ...(s?.configStreamDeliveryInfo?.lastStatus ? { streamStatus: s.configStreamDeliveryInfo.lastStatus } : {}),
      ...(lastError ? { lastErrorCode: lastError } : {}),
    }
  })
}

/** One recorder with its status and the region's channels. Pure. */
export function mapConfigRecorder(r: ConfigurationRecorder, d: RecorderDetails, w: Where): ConfigRecorder {
  const name = r.name ?? 'default'
  const arn = r.arn ?? `arn:${w.partition}:config:${w.region}:${w.accountId}:configuration-recorder/${name}`
  const unresolved: Unresolved = {}
  const g = r.recordingGroup
  let recording = false
  let lastStatus: string | undefined
  let lastErrorCode: string | undefined
  if (d.statuses.ok) {
    const s = d.statuses.value.find((x) => x.name === name)
    recording = s?.recording ?? false
    lastStatus = s?.lastStatus
    lastErrorCode = s?.lastErrorCode
  } else {
    const why = d.statuses.absent ? 'NotFound (config:DescribeConfigurationRecorderStatus)' : d.statuses.reason
    unresolved.recording = why
    unresolved.lastStatus = why
  }
  let deliveryChannels: ConfigDeliveryChannel[] = []
  if (d.channels.ok) deliveryChannels = mapDeliveryChannels(d.channels.value, d.channelStatuses.ok ? d.channelStatuses.value : undefined)
  if (!d.channels.ok && !d.channels.absent) unresolved.deliveryChannels = d.channels.reason
  else if (!d.channelStatuses.ok && !d.channelStatuses.absent && deliveryChannels.length) unresolved.deliveryChannels = d.channelStatuses.reason
  const recorder: ConfigRecorder = {
    id: arn,
    arn,
    name,
    accountId: w.accountId,
    region: w.region,
    // Service-linked recorders name the service that owns them.
    serviceLinked: Boolean(r.servicePrincipal),
    recording,
    ...(lastStatus ? { lastStatus } : {}),
    ...(lastErrorCode ? { lastErrorCode } : {}),
    allSupported: g?.allSupported ?? false,
    includeGlobalResourceTypes: g?.includeGlobalResourceTypes ?? false,
    ...(g?.recordingStrategy?.useOnly ? { recordingStrategy: g.recordingStrategy.useOnly } : {}),
    resourceTypes: g?.resourceTypes ?? [],
    exclusionResourceTypes: g?.exclusionByResourceTypes?.resourceTypes ?? [],
    deliveryChannels,
  }
  if (Object.keys(unresolved).length) recorder.unresolved = unresolved
  return recorder
}

/**
 * The region's configuration recorders: DescribeConfigurationRecorders (a denied listing is a
 * gap), then their status and the region's delivery channels with their status (each failure is
 * an unresolved field). A region without a recorder gives no resource.
 */
export const configRecorderCollector: Collector = {
  id: 'config.recorder',
  produces: ['config.recorder'],
  actions: ['config:DescribeConfigurationRecorders', 'config:DescribeConfigurationRecorderStatus', 'config:DescribeDeliveryChannels', 'config:DescribeDeliveryChannelStatus'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const C = await import('@aws-sdk/client-config-service')
    let recorders: ConfigurationRecorder[]
    try {
      recorders = (await ctx.send(region, 'config:DescribeConfigurationRecorders', new C.DescribeConfigurationRecordersCommand({}))).ConfigurationRecorders ?? []
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'config.recorder', region)] }
    }
    if (recorders.length === 0) return { resources: { 'config.recorder': [] }, gaps: [] }
    const [statuses, channels, channelStatuses] = await Promise.all([
      fetchOptional(ctx.send(region, 'config:DescribeConfigurationRecorderStatus', new C.DescribeConfigurationRecorderStatusCommand({})).then((r) => r.ConfigurationRecordersStatus ?? [])),
      fetchOptional(ctx.send(region, 'config:DescribeDeliveryChannels', new C.DescribeDeliveryChannelsCommand({})).then((r) => r.DeliveryChannels ?? [])),
      fetchOptional(ctx.send(region, 'config:DescribeDeliveryChannelStatus', new C.DescribeDeliveryChannelStatusCommand({})).then((r) => r.DeliveryChannelsStatus ?? [])),
    ])
    const w = { region, accountId: ctx.accountId, partition: ctx.partition }
    return { resources: { 'config.recorder': recorders.map((r) => mapConfigRecorder(r, { statuses, channels, channelStatuses }, w)) }, gaps: [] }
  },
}
