/**
 * Systems Manager regional service settings the FSBP controls read: where Automation logs script
 * output (SSM.6) and whether documents may be shared publicly (SSM.7). One GetServiceSetting
 * call per setting and region, made even in a region without any Systems Manager resource: the
 * setting exists (with AWS's default) in every region.
 */
import type { SsmAutomationLogSetting, SsmDocumentSharingSetting } from '../../../model/ssm.js'
import type { ResourceType } from '../../../model/resource-types.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom } from '../outcome.js'

/** The setting paths of GetServiceSetting's SettingId (`arn:…:servicesetting<path>`). */
export const AUTOMATION_LOG_DESTINATION = '/ssm/automation/customer-script-log-destination'
export const DOCUMENT_PUBLIC_SHARING = '/ssm/documents/console/public-sharing-permission'

interface Where {
  region: string
  accountId: string
  partition: string
}

/** The ARN GetServiceSetting takes as SettingId. Pure. */
export function serviceSettingArn(w: Where, path: string): string {
  return `arn:${w.partition}:ssm:${w.region}:${w.accountId}:servicesetting${path}`
}

/** One resource per account and region for a regional setting. Pure. */
function settingBase(w: Where, kind: string, title: string) {
  return { id: `${w.accountId}/${w.region}/${kind}`, name: `${title} in ${w.region}`, accountId: w.accountId, region: w.region }
}

export function mapAutomationLogSetting(value: string | undefined, w: Where): SsmAutomationLogSetting {
  return { ...settingBase(w, 'ssm-automation-log-destination', 'SSM Automation script logging'), destination: value ?? 'None' }
}

export function mapDocumentSharingSetting(value: string | undefined, w: Where): SsmDocumentSharingSetting {
  // AWS answers with the default (Enable) for a setting nobody changed; an empty answer is read the same way.
  return { ...settingBase(w, 'ssm-document-public-sharing', 'SSM document public sharing'), publicSharing: value ?? 'Enable' }
}

function settingCollector<T extends 'ssm.automation-log-setting' | 'ssm.document-sharing-setting'>(type: T, path: string, map: (value: string | undefined, w: Where) => SsmAutomationLogSetting | SsmDocumentSharingSetting): Collector {
  return {
    id: type,
    produces: [type as ResourceType],
    actions: ['ssm:GetServiceSetting'],
    scope: 'regional',
    async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
      const S = await import('@aws-sdk/client-ssm')
      const w: Where = { region, accountId: ctx.accountId, partition: ctx.partition }
      try {
        const out = await ctx.send(region, 'ssm:GetServiceSetting', new S.GetServiceSettingCommand({ SettingId: serviceSettingArn(w, path) }))
        return { resources: { [type]: [map(out.ServiceSetting?.SettingValue, w)] }, gaps: [] }
      } catch (err) {
        return { resources: {}, gaps: [gapFrom(err, type, region)] }
      }
    },
  }
}

export const ssmAutomationLogSettingCollector = settingCollector('ssm.automation-log-setting', AUTOMATION_LOG_DESTINATION, mapAutomationLogSetting)
export const ssmDocumentSharingSettingCollector = settingCollector('ssm.document-sharing-setting', DOCUMENT_PUBLIC_SHARING, mapDocumentSharingSetting)
