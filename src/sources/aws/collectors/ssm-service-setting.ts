/**
 * Systems Manager regional service settings the FSBP controls read: where Automation logs script
 * output (SSM.6) and whether documents may be shared publicly (SSM.7). One GetServiceSetting
 * call per setting and region, made even in a region without any Systems Manager resource: the
 * setting exists (with AWS's default) in every region.
 */
import type { SsmAutomationLogSetting, SsmDocumentSharingSetting } from '../../../model/ssm.js'
import type { ResourceOf } from '../../../model/resource-types.js'
import type { Collector } from '../collector.js'
import { regionalSettingBase, regionalSettingCollector } from './regional-setting.js'

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

export function mapAutomationLogSetting(value: string | undefined, w: Where): SsmAutomationLogSetting {
  return { ...regionalSettingBase(w, 'ssm-automation-log-destination', 'SSM Automation script logging'), destination: value ?? 'None' }
}

export function mapDocumentSharingSetting(value: string | undefined, w: Where): SsmDocumentSharingSetting {
  // AWS answers with the default (Enable) for a setting nobody changed; an empty answer is read the same way.
  return { ...regionalSettingBase(w, 'ssm-document-public-sharing', 'SSM document public sharing'), publicSharing: value ?? 'Enable' }
}

function settingCollector<T extends 'ssm.automation-log-setting' | 'ssm.document-sharing-setting'>(type: T, path: string, map: (value: string | undefined, w: Where) => ResourceOf<T>): Collector {
  return regionalSettingCollector({
    type,
    action: 'ssm:GetServiceSetting',
    async read(ctx, region) {
      const S = await import('@aws-sdk/client-ssm')
      const w: Where = { region, accountId: ctx.accountId, partition: ctx.partition }
      const out = await ctx.send(region, 'ssm:GetServiceSetting', new S.GetServiceSettingCommand({ SettingId: serviceSettingArn(w, path) }))
      return map(out.ServiceSetting?.SettingValue, w)
    },
  })
}

export const ssmAutomationLogSettingCollector = settingCollector('ssm.automation-log-setting', AUTOMATION_LOG_DESTINATION, mapAutomationLogSetting)
export const ssmDocumentSharingSettingCollector = settingCollector('ssm.document-sharing-setting', DOCUMENT_PUBLIC_SHARING, mapDocumentSharingSetting)
