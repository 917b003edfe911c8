/**
 * The GuardDuty protection plans the guardduty-*-protection-enabled checks look for, and the
 * table every such check is tested with: the detector in the region has the plan's feature
 * on, off, not reported, or there is no usable detector at all.
 */
import type { CheckTests } from '../check-tester.js'
import type { IacSnippetCases } from '../iac/snippets.js'
import { REGION, guardDutyDetector } from '../factories/index.js'

/** A protection plan: its detector feature name and, for older plans, the legacy data source that turns it off. */
export interface GuardDutyFeature {
  name: string
  /** `DataSources` YAML and `datasources` HCL body that disable the plan the pre-feature way. */
  legacyOff?: { cloudformation: string; terraform: string }
}

export const GUARDDUTY_FEATURES = {
  eksAuditLogs: {
    name: 'EKS_AUDIT_LOGS',
    legacyOff: { cloudformation: 'Kubernetes: { AuditLogs: { Enable: false } }', terraform: 'kubernetes {\n  audit_logs {\n    enable = false\n  }\n}\n' },
  },
  ebsMalwareProtection: {
    name: 'EBS_MALWARE_PROTECTION',
    legacyOff: {
      cloudformation: 'MalwareProtection: { ScanEc2InstanceWithFindings: { EbsVolumes: false } }',
      terraform: 'malware_protection {\n  scan_ec2_instance_with_findings {\n    ebs_volumes {\n      enable = false\n    }\n  }\n}\n',
    },
  },
  s3DataEvents: { name: 'S3_DATA_EVENTS', legacyOff: { cloudformation: 'S3Logs: { Enable: false }', terraform: 's3_logs {\n  enable = false\n}\n' } },
  rdsLoginEvents: { name: 'RDS_LOGIN_EVENTS' },
  lambdaNetworkLogs: { name: 'LAMBDA_NETWORK_LOGS' },
} satisfies Record<string, GuardDutyFeature>

const indent = (text: string, spaces: number) => text.replace(/^(?=.)/gm, ' '.repeat(spaces))

function cfnDetector(enable: boolean, extra = ''): string {
  return `Detector:\n  Type: AWS::GuardDuty::Detector\n  Properties:\n    Enable: ${enable}\n${extra}`
}
const cfnFeature = (name: string, status: string) => `    Features:\n      - Name: ${name}\n        Status: ${status}\n`

function tfDetector(enable: boolean, body = ''): string {
  return `\nresource "aws_guardduty_detector" "main" {\n  enable = ${enable}\n${indent(body, 2)}}\n`
}
const tfFeature = (name: string, status: string) =>
  `resource "aws_guardduty_detector_feature" "plan" {\n  detector_id = aws_guardduty_detector.main.id\n  name        = "${name}"\n  status      = "${status}"\n}\n`

/**
 * Templates: good with the detector on (new detectors get the plan by default) or the feature
 * enabled; bad with the feature disabled, the detector off, or the legacy data source off.
 */
export function cfnGuardDutyFeatureCases({ name, legacyOff }: GuardDutyFeature): IacSnippetCases {
  return {
    good: [cfnDetector(true), cfnDetector(true, cfnFeature(name, 'ENABLED'))],
    bad: [cfnDetector(true, cfnFeature(name, 'DISABLED')), cfnDetector(false), ...(legacyOff ? [cfnDetector(true, `    DataSources:\n      ${legacyOff.cloudformation}\n`)] : [])],
  }
}

/** The Terraform twin of cfnGuardDutyFeatureCases. */
export function tfGuardDutyFeatureCases({ name, legacyOff }: GuardDutyFeature): IacSnippetCases {
  return {
    good: [tfDetector(true), tfDetector(true) + tfFeature(name, 'ENABLED')],
    bad: [tfDetector(true) + tfFeature(name, 'DISABLED'), tfDetector(false), ...(legacyOff ? [tfDetector(true, `datasources {\n${indent(legacyOff.terraform, 2)}}\n`)] : [])],
  }
}

/** The gap left when detectors could not be listed in the region. */
export const DETECTORS_GAP = { resourceType: 'guardduty.detector' as const, region: REGION, code: 'AccessDenied', message: 'guardduty:ListDetectors denied' }

/** The inventory table of a check that wants one protection plan on in every region. */
export function guardDutyFeatureCases(feature: GuardDutyFeature): Omit<CheckTests<'guardduty.detector'>, 'iac'> {
  const withFeature = (status: string) => guardDutyDetector({ features: [{ name: 'CLOUD_TRAIL', status: 'ENABLED', additionalConfiguration: [] }, { name: feature.name, status, additionalConfiguration: [] }] })
  return {
    valid: [{ name: `${feature.name} enabled`, resource: withFeature('ENABLED') }],
    invalid: [
      { name: `${feature.name} disabled`, resource: withFeature('DISABLED'), messageId: 'disabled', at: 'features' },
      { name: 'no detector in the region', resource: guardDutyDetector({ detectorId: null, enabled: false, features: [] }), messageId: 'noDetector' },
      { name: 'detector suspended', resource: guardDutyDetector({ enabled: false }), messageId: 'suspended' },
    ],
    unknown: [
      { name: 'the detector does not report the feature', resource: guardDutyDetector({ features: [] }) },
      { name: 'GetDetector denied', resource: guardDutyDetector({ enabled: false, features: [], unresolved: { enabled: 'AccessDenied (guardduty:GetDetector)', features: 'AccessDenied (guardduty:GetDetector)' } }) },
      { name: 'detectors could not be listed', resource: guardDutyDetector(), gaps: [DETECTORS_GAP] },
    ],
  }
}
