/**
 * AWS Config (JSON 1.1, target StarlingDoveService): the recorder, its status and the region's
 * delivery channels, from the region's `configRecorders` and `deliveryChannels`.
 */
import { JSON_ERRORS } from './common.js'
import type { ServiceDef } from './types.js'

const STARTED = new Date('2024-01-15T10:00:00Z')

export const config: ServiceDef = {
  signingName: 'config',
  iamPrefix: 'config',
  protocol: 'json-1.1',
  target: 'StarlingDoveService',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    DescribeConfigurationRecorders: {
      handle(_input, ctx) {
        return {
          ConfigurationRecorders: (ctx.data.configRecorders ?? []).map((r) => {
            const name = r.name ?? 'default'
            const all = r.allSupported ?? true
            return {
              arn: `arn:aws:config:${ctx.region}:${ctx.accountId}:configuration-recorder/${name}/abcdef123456`,
              name,
              roleARN: `arn:aws:iam::${ctx.accountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
              recordingGroup: {
                allSupported: all,
                includeGlobalResourceTypes: r.includeGlobalResourceTypes ?? false,
                resourceTypes: r.resourceTypes ?? [],
                exclusionByResourceTypes: { resourceTypes: r.exclusionResourceTypes ?? [] },
                recordingStrategy: { useOnly: r.recordingStrategy ?? (all ? 'ALL_SUPPORTED_RESOURCE_TYPES' : 'INCLUSION_BY_RESOURCE_TYPES') },
              },
              recordingMode: { recordingFrequency: 'CONTINUOUS' },
              ...(r.servicePrincipal ? { servicePrincipal: r.servicePrincipal, recordingScope: 'INTERNAL' } : {}),
            }
          }),
        }
      },
    },
    DescribeConfigurationRecorderStatus: {
      handle(_input, ctx) {
        return {
          ConfigurationRecordersStatus: (ctx.data.configRecorders ?? []).map((r) => ({
            name: r.name ?? 'default',
            recording: r.recording ?? true,
            lastStartTime: STARTED,
            lastStatus: r.lastStatus ?? 'Success',
            ...(r.lastErrorCode ? { lastErrorCode: r.lastErrorCode, lastErrorMessage: 'recording failed' } : {}),
            lastStatusChangeTime: STARTED,
          })),
        }
      },
    },
    DescribeDeliveryChannels: {
      handle(_input, ctx) {
        return { DeliveryChannels: (ctx.data.deliveryChannels ?? []).map((c) => ({ name: c.name ?? 'default', s3BucketName: c.s3BucketName, ...(c.snsTopicArn ? { snsTopicARN: c.snsTopicArn } : {}) })) }
      },
    },
    DescribeDeliveryChannelStatus: {
      handle(_input, ctx) {
        const info = (status: string | undefined, error: string | undefined) => ({ lastStatus: status ?? 'Success', lastAttemptTime: STARTED, ...(status === 'Failure' && error ? { lastErrorCode: error, lastErrorMessage: 'delivery failed' } : {}) })
        return {
          DeliveryChannelsStatus: (ctx.data.deliveryChannels ?? []).map((c) => ({
            name: c.name ?? 'default',
            configSnapshotDeliveryInfo: info(c.snapshotStatus, c.lastErrorCode),
            configHistoryDeliveryInfo: info(c.historyStatus, c.lastErrorCode),
            configStreamDeliveryInfo: { lastStatus: c.streamStatus ?? 'Not_Applicable', lastStatusChangeTime: STARTED },
          })),
        }
      },
    },
  },
}
