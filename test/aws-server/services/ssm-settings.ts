/**
 * Systems Manager service settings (AWS JSON 1.1, merged into the ssm service in index.ts):
 * GetServiceSetting for the two settings the FSBP controls read, from a region's `ssmSettings`
 * fixture, with AWS's defaults where the fixture says nothing (no Automation log destination,
 * public document sharing allowed). SettingId may be the setting's ARN or its path, as in AWS.
 */
import { ApiError } from '../errors.js'
import type { OperationDef } from './types.js'

export interface FixtureSsmSettings {
  /** `/ssm/automation/customer-script-log-destination`: `CloudWatch` or AWS's default `None`. */
  automationLogDestination?: string
  /** `/ssm/documents/console/public-sharing-permission`: `Enable` (AWS's default) or `Disable`. */
  documentPublicSharing?: 'Enable' | 'Disable'
}

declare module '../fixture.js' {
  interface FixtureRegion {
    ssmSettings?: FixtureSsmSettings
  }
}

const SETTINGS: Record<string, { value: (s: FixtureSsmSettings) => string | undefined; fallback: string }> = {
  '/ssm/automation/customer-script-log-destination': { value: (s) => s.automationLogDestination, fallback: 'None' },
  '/ssm/documents/console/public-sharing-permission': { value: (s) => s.documentPublicSharing, fallback: 'Enable' },
}

export const ssmSettingOperations: Record<string, OperationDef> = {
  GetServiceSetting: {
    resource: (input) => String(input.SettingId ?? ''),
    handle(input, ctx) {
      const raw = String(input.SettingId ?? '')
      const path = raw.startsWith('arn:') ? raw.replace(/^arn:[^:]+:ssm:[^:]*:\d*:servicesetting/, '') : raw
      const def = SETTINGS[path]
      if (!def) throw new ApiError('ServiceSettingNotFound', `The service setting ${raw} was not found.`, 400)
      const set = def.value(ctx.data.ssmSettings ?? {})
      return {
        ServiceSetting: {
          SettingId: path,
          SettingValue: set ?? def.fallback,
          LastModifiedDate: new Date(set ? '2026-06-01T00:00:00Z' : '2019-01-01T00:00:00Z'),
          LastModifiedUser: set ? `arn:aws:iam::${ctx.accountId}:user/admin` : 'System',
          ARN: `arn:aws:ssm:${ctx.region}:${ctx.accountId}:servicesetting${path}`,
          Status: set ? 'Customized' : 'Default',
        },
      }
    },
  },
}
