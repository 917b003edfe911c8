/**
 * EC2 launch templates (as their default versions define them) and open Spot Fleet requests.
 *
 * Launch templates cost one DescribeLaunchTemplates per region; only when it lists templates does
 * one DescribeLaunchTemplateVersions with `$Default` (and no template id) read the default
 * version of every template in the account, a page of up to 200 at a time, instead of one call
 * per template. A template whose default version could not be read keeps its version fields
 * unresolved, so its verdicts are unknown, never a pass.
 *
 * Spot Fleet requests cost one DescribeSpotFleetRequests per region (it has no filters). A
 * cancelled or failed request launches nothing any more and is left out.
 */
import type { BlockDeviceMapping, LaunchTemplateBlockDeviceMapping, LaunchTemplate as Ec2LaunchTemplate, LaunchTemplateVersion, SpotFleetRequestConfig } from '@aws-sdk/client-ec2'
import type { LaunchEbsVolume, LaunchTemplate, SpotFleetRequest } from '../../../model/ec2-launch.js'
import type { Collector, CollectResult } from '../collector.js'
import type { AwsContext } from '../context.js'
import { gapFrom, unresolvedReason } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { base, tok, type Where } from './ec2.js'

/** Request states that still launch (or will launch) instances. */
const OPEN_STATES = new Set(['submitted', 'active', 'modifying'])

/** The fields a template's default version fills. */
const VERSION_FIELDS = ['networkInterfaces', 'ebsVolumes', 'metadataOptions.httpTokens', 'metadataOptions.httpEndpoint'] as const

/** EBS mappings only: an instance-store (VirtualName) or NoDevice entry creates no EBS volume. Pure. */
export function ebsVolumesOf(mappings: readonly (BlockDeviceMapping | LaunchTemplateBlockDeviceMapping)[] | undefined): LaunchEbsVolume[] {
  return (mappings ?? []).flatMap((m, i) => {
    if (!m.Ebs) return []
    const deviceName = m.DeviceName ?? `#${i}`
    return [{ deviceName, ...(m.Ebs.Encrypted !== undefined ? { encrypted: m.Ebs.Encrypted } : {}), ...(m.Ebs.SnapshotId ? { snapshotId: m.Ebs.SnapshotId } : {}) }]
  })
}

/**
 * Maps a template and its default version. `version` is the version, or the reason it could not
 * be read. The API leaves out what the version does not set, and so does the model. Pure.
 */
export function mapLaunchTemplate(t: Ec2LaunchTemplate, version: LaunchTemplateVersion | { reason: string }, w: Where): LaunchTemplate {
  const id = t.LaunchTemplateId ?? ''
  const b = base(id, 'launch-template', t.Tags, undefined, w)
  const out: LaunchTemplate = {
    ...b,
    name: b.tags?.Name || t.LaunchTemplateName || id,
    launchTemplateId: id,
    ...(t.DefaultVersionNumber !== undefined ? { defaultVersion: t.DefaultVersionNumber } : {}),
    networkInterfaces: [],
    ebsVolumes: [],
    metadataOptions: {},
  }
  if ('reason' in version) {
    out.unresolved = Object.fromEntries(VERSION_FIELDS.map((f) => [f, version.reason]))
    return out
  }
  const data = version.LaunchTemplateData ?? {}
  out.networkInterfaces = (data.NetworkInterfaces ?? []).map((n) => ({ ...(n.DeviceIndex !== undefined ? { deviceIndex: n.DeviceIndex } : {}), ...(n.AssociatePublicIpAddress !== undefined ? { associatePublicIp: n.AssociatePublicIpAddress } : {}) }))
  out.ebsVolumes = ebsVolumesOf(data.BlockDeviceMappings)
  const tokens = data.MetadataOptions?.HttpTokens
  const endpoint = data.MetadataOptions?.HttpEndpoint
  out.metadataOptions = { ...(tokens === 'required' || tokens === 'optional' ? { httpTokens: tokens } : {}), ...(endpoint === 'enabled' || endpoint === 'disabled' ? { httpEndpoint: endpoint } : {}) }
  return out
}

/** Pure. */
export function mapSpotFleetRequest(r: SpotFleetRequestConfig, w: Where): SpotFleetRequest {
  const id = r.SpotFleetRequestId ?? ''
  const config = r.SpotFleetRequestConfig
  return {
    ...base(id, 'spot-fleet-request', r.Tags, undefined, w),
    spotFleetRequestId: id,
    state: r.SpotFleetRequestState ?? 'unknown',
    launchSpecifications: (config?.LaunchSpecifications ?? []).map((s) => ({ ...(s.InstanceType ? { instanceType: s.InstanceType } : {}), ebsVolumes: ebsVolumesOf(s.BlockDeviceMappings) })),
    launchTemplateConfigCount: config?.LaunchTemplateConfigs?.length ?? 0,
  }
}

async function collectLaunchTemplates(ctx: AwsContext, region: string): Promise<CollectResult> {
  const E = await import('@aws-sdk/client-ec2')
  const w: Where = { region, accountId: ctx.accountId, partition: ctx.partition }
  let templates: Ec2LaunchTemplate[]
  try {
    templates = await collectPages(
      (t) => ctx.send(region, 'ec2:DescribeLaunchTemplates', new E.DescribeLaunchTemplatesCommand({ MaxResults: 200, ...tok(t) })),
      (p) => p.NextToken,
      (p) => p.LaunchTemplates,
    )
  } catch (err) {
    return { resources: {}, gaps: [gapFrom(err, 'ec2.launch-template', region)] }
  }
  if (!templates.length) return { resources: { 'ec2.launch-template': [] }, gaps: [] }
  const defaults = new Map<string, LaunchTemplateVersion>()
  let failure: string | undefined
  try {
    // Without a template id, `$Default` asks for the default version of every template.
    const versions = await collectPages(
      (t) => ctx.send(region, 'ec2:DescribeLaunchTemplateVersions', new E.DescribeLaunchTemplateVersionsCommand({ Versions: ['$Default'], MaxResults: 200, ...tok(t) })),
      (p) => p.NextToken,
      (p) => p.LaunchTemplateVersions,
    )
    for (const v of versions) if (v.LaunchTemplateId) defaults.set(v.LaunchTemplateId, v)
  } catch (err) {
    failure = unresolvedReason(err)
  }
  const mapped = templates.map((t) => {
    const version = defaults.get(t.LaunchTemplateId ?? '')
    // A template created after the version listing has no version here: unknown, not empty.
    return mapLaunchTemplate(t, version ?? { reason: failure ?? 'its default version was not returned by DescribeLaunchTemplateVersions' }, w)
  })
  return { resources: { 'ec2.launch-template': mapped }, gaps: [] }
}

export const ec2LaunchTemplateCollector: Collector = {
  id: 'ec2.launch-template',
  produces: ['ec2.launch-template'],
  actions: ['ec2:DescribeLaunchTemplates', 'ec2:DescribeLaunchTemplateVersions'],
  scope: 'regional',
  collect: (ctx, region) => collectLaunchTemplates(ctx, region),
}

export const ec2SpotFleetRequestCollector: Collector = {
  id: 'ec2.spot-fleet-request',
  produces: ['ec2.spot-fleet-request'],
  actions: ['ec2:DescribeSpotFleetRequests'],
  scope: 'regional',
  async collect(ctx, region) {
    const E = await import('@aws-sdk/client-ec2')
    const w: Where = { region, accountId: ctx.accountId, partition: ctx.partition }
    try {
      const requests = await collectPages(
        (t) => ctx.send(region, 'ec2:DescribeSpotFleetRequests', new E.DescribeSpotFleetRequestsCommand({ MaxResults: 1000, ...tok(t) })),
        (p) => p.NextToken,
        (p) => p.SpotFleetRequestConfigs,
      )
      return { resources: { 'ec2.spot-fleet-request': requests.filter((r) => OPEN_STATES.has(r.SpotFleetRequestState ?? '')).map((r) => mapSpotFleetRequest(r, w)) }, gaps: [] }
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'ec2.spot-fleet-request', region)] }
    }
  },
}
