/**
 * FSBP Secrets Manager and Systems Manager controls in the fixture account: rotation that
 * succeeds (SecretsManager.2) and rotation age (SecretsManager.4) over the secrets fixture-edge.ts
 * declares; EC2 instances managed by Systems Manager (SSM.1), State Manager association
 * compliance (SSM.3) and the regional Automation-logging and document-sharing settings (SSM.6,
 * SSM.7).
 *
 * It adds managed nodes and settings, and must be applied after fixture-s3-ec2.ts (whose web-1
 * instance it makes a managed node) and fixture-edge.ts (whose secrets and nodes it states
 * verdicts for). The verdicts of SSM.1 follow from the instances of the account: a running or
 * stopped instance passes when a node of its id exists in its region and fails otherwise.
 */
import type { FixtureAccount, FixtureRegion } from '../aws-server/fixture.js'

type Status = 'pass' | 'fail' | 'unknown' | 'skip'

const US = 'us-east-1'
const EU = 'eu-west-1'
/** The regions the live e2e scan covers. */
const SCANNED = [US, EU]

const ROTATION_SUCCEEDING = 'secretsmanager-secret-rotation-succeeding'
const ROTATED_PERIODICALLY = 'secretsmanager-secret-rotated-periodically'
const MANAGED_BY_SSM = 'ec2-instance-managed-by-ssm'
const ASSOCIATION = 'ssm-managed-instance-association-compliant'
const PATCH = 'ssm-managed-instance-patch-compliant'
const AUTOMATION_LOGGING = 'ssm-automation-cloudwatch-logging-enabled'
const PUBLIC_SHARING = 'ssm-document-public-sharing-blocked'

/** fixture-s3-ec2.ts's web-1 instance (running, with an instance profile): made a managed node here. */
const WEB_INSTANCE = 'i-0a00000000000a001'

/** Nodes this design adds in us-east-1, with the verdicts of the node checks. */
const NODES: { node: NonNullable<FixtureRegion['managedNodes']>[number]; expect: Record<string, Status> }[] = [
  // web-1: patched, and its associations (agent updates, CloudWatch agent) succeeded.
  { node: { instanceId: WEB_INSTANCE, patch: { status: 'COMPLIANT' }, association: { status: 'COMPLIANT' } }, expect: { [PATCH]: 'pass', [ASSOCIATION]: 'pass' } },
  // An on-premises server whose hardening association failed twice; never patch-scanned.
  { node: { instanceId: 'mi-0f5a5a5a5a5a5a5a5', association: { status: 'NON_COMPLIANT', failed: 2 } }, expect: { [PATCH]: 'fail', [ASSOCIATION]: 'fail' } },
]

/** Verdicts of this design's checks for resources other fixture parts declare, by `region/name`. */
const OTHERS: Record<string, Record<string, Status>> = {
  // fixture-edge.ts secrets (created 2024-01-15 unless said otherwise).
  [`${US}/edge/api-key`]: { [ROTATION_SUCCEEDING]: 'skip', [ROTATED_PERIODICALLY]: 'fail' }, // no rotation, never rotated
  [`${US}/edge/legacy-token`]: { [ROTATION_SUCCEEDING]: 'skip', [ROTATED_PERIODICALLY]: 'fail' },
  [`${US}/edge/partner-db`]: { [ROTATION_SUCCEEDING]: 'pass', [ROTATED_PERIODICALLY]: 'pass' }, // every 30 days, 5 days ago
  [`${US}/edge/stuck-rotation`]: { [ROTATION_SUCCEEDING]: 'fail', [ROTATED_PERIODICALLY]: 'fail' }, // every 30 days, last 100 days ago
  // fixture-edge.ts managed nodes: no association ever ran on them.
  [`${US}/i-0e1d9e0000000001`]: { [ASSOCIATION]: 'skip' },
  [`${US}/i-0e1d9e0000000002`]: { [ASSOCIATION]: 'skip' },
  [`${US}/mi-0e1d9e000000003`]: { [ASSOCIATION]: 'skip' },
}

/** us-east-1 logs Automation scripts to CloudWatch and blocks public sharing; eu-west-1 keeps AWS's defaults (neither). */
const SETTINGS: Record<string, { settings?: FixtureRegion['ssmSettings']; expect: Status }> = {
  [US]: { settings: { automationLogDestination: 'CloudWatch', documentPublicSharing: 'Disable' }, expect: 'pass' },
  [EU]: { expect: 'fail' },
}

export function applyFsbpSsmDesign(account: FixtureAccount): void {
  const us = (account.regions[US] ??= {})
  us.managedNodes = [...(us.managedNodes ?? []), ...NODES.map((n) => n.node)]
  for (const [region, s] of Object.entries(SETTINGS)) if (s.settings) (account.regions[region] ??= {}).ssmSettings = s.settings
}

/** `checkId region/name status` for every verdict of this design's checks over `account` (after every design is applied). */
export function fsbpSsmExpectedFindings(account: FixtureAccount): string[] {
  const out: string[] = []
  const stated = (key: string, check: string): Status => {
    const status = OTHERS[key]?.[check]
    if (!status) throw new Error(`fixture-fsbp-ssm.ts: state the ${check} verdict for ${key}`)
    return status
  }
  const ours = new Set(NODES.map((n) => `${US}/${n.node.instanceId}`))
  for (const n of NODES) for (const [check, status] of Object.entries(n.expect)) out.push(`${check} ${US}/${n.node.instanceId} ${status}`)
  for (const region of SCANNED) {
    const data = account.regions[region] ?? {}
    for (const s of data.secrets ?? []) for (const check of [ROTATION_SUCCEEDING, ROTATED_PERIODICALLY]) out.push(`${check} ${region}/${s.name} ${stated(`${region}/${s.name}`, check)}`)
    for (const n of data.managedNodes ?? []) if (!ours.has(`${region}/${n.instanceId}`)) out.push(`${ASSOCIATION} ${region}/${n.instanceId} ${stated(`${region}/${n.instanceId}`, ASSOCIATION)}`)
    const nodeIds = new Set((data.managedNodes ?? []).map((n) => n.instanceId))
    for (const i of data.instances ?? []) {
      const state = i.state ?? 'running'
      if (state === 'terminated' || state === 'shutting-down') continue // not listed by the collector
      const status: Status = state !== 'running' && state !== 'stopped' ? 'skip' : nodeIds.has(i.instanceId) ? 'pass' : 'fail'
      out.push(`${MANAGED_BY_SSM} ${region}/${i.tags?.Name || i.instanceId} ${status}`)
    }
    const setting = SETTINGS[region]!.expect
    out.push(`${AUTOMATION_LOGGING} ${region}/SSM Automation script logging in ${region} ${setting}`)
    out.push(`${PUBLIC_SHARING} ${region}/SSM document public sharing in ${region} ${setting}`)
  }
  return out
}

/** Every check this design gives passing and failing verdicts for. */
export const FSBP_SSM_COVERED_CHECKS = [ROTATION_SUCCEEDING, ROTATED_PERIODICALLY, MANAGED_BY_SSM, ASSOCIATION, AUTOMATION_LOGGING, PUBLIC_SHARING].sort()
