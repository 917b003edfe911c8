/**
 * EC2 launch templates (DescribeLaunchTemplates, DescribeLaunchTemplateVersions) and Spot Fleet
 * requests (DescribeSpotFleetRequests), kept beside ec2.ts and merged into the EC2 service in
 * index.ts, from a region's `launchTemplates` and `spotFleetRequests` fixtures.
 *
 * DescribeLaunchTemplateVersions follows the API's two modes: with a template id or name, the
 * listed versions of that template (`$Latest`, `$Default`, numbers; all when none are named);
 * without one, only `$Latest` and `$Default` are valid and mean that version of every template.
 */
import { ApiError } from '../errors.js'
import { paginate } from '../pagination.js'
import { describe } from './ec2.js'
import type { CallContext, Input, OperationDef } from './types.js'

/** What one version of a launch template sets; a field left out is not set by the version. */
export interface FixtureLaunchTemplateData {
  networkInterfaces?: { deviceIndex?: number; associatePublicIp?: boolean }[]
  volumes?: { deviceName: string; encrypted?: boolean; snapshotId?: string }[]
  /** Instance-store mappings (no EBS volume). */
  ephemeralDevices?: string[]
  httpTokens?: 'required' | 'optional'
  httpEndpoint?: 'enabled' | 'disabled'
}

export interface FixtureLaunchTemplate {
  launchTemplateId: string
  name: string
  /** Version n is `versions[n - 1]`. */
  versions: FixtureLaunchTemplateData[]
  /** Default 1. */
  defaultVersion?: number
  tags?: Record<string, string>
}

export interface FixtureSpotFleetRequest {
  spotFleetRequestId: string
  /** `active` (default), `submitted`, `modifying`, `cancelled`, `cancelled_running`, `failed` … */
  state?: string
  /** Instance settings carried by the request itself. */
  launchSpecifications?: { instanceType?: string; volumes: { deviceName: string; encrypted?: boolean; snapshotId?: string }[] }[]
  /** Launch templates the request launches from instead. */
  launchTemplateIds?: string[]
}

declare module '../fixture.js' {
  interface FixtureRegion {
    launchTemplates?: FixtureLaunchTemplate[]
    spotFleetRequests?: FixtureSpotFleetRequest[]
  }
}

const CREATED = new Date('2025-03-10T08:00:00Z')

const tagSet = (tags: Record<string, string> | undefined) => (tags ? Object.entries(tags).map(([key, value]) => ({ key, value })) : undefined)

function ebsMappings(volumes: FixtureLaunchTemplateData['volumes'], ephemeral: string[] = []) {
  return [
    ...(volumes ?? []).map((v) => ({ deviceName: v.deviceName, ebs: { encrypted: v.encrypted, snapshotId: v.snapshotId, volumeSize: v.snapshotId ? undefined : 20, volumeType: 'gp3', deleteOnTermination: true } })),
    ...ephemeral.map((d, i) => ({ deviceName: d, virtualName: `ephemeral${i}` })),
  ]
}

function versionRow(t: FixtureLaunchTemplate, n: number, ctx: CallContext) {
  const d = t.versions[n - 1]!
  const hasMetadata = d.httpTokens !== undefined || d.httpEndpoint !== undefined
  return {
    launchTemplateId: t.launchTemplateId,
    launchTemplateName: t.name,
    versionNumber: n,
    createTime: CREATED,
    createdBy: `arn:aws:iam::${ctx.accountId}:role/deployer`,
    defaultVersion: n === (t.defaultVersion ?? 1),
    launchTemplateData: {
      imageId: 'ami-0123456789abcdef0',
      instanceType: 't3.micro',
      networkInterfaceSet: d.networkInterfaces?.map((nic) => ({ deviceIndex: nic.deviceIndex, associatePublicIpAddress: nic.associatePublicIp })),
      blockDeviceMappingSet: d.volumes || d.ephemeralDevices ? ebsMappings(d.volumes, d.ephemeralDevices) : undefined,
      // As AWS answers: the options the version set, with the service's values for the rest.
      metadataOptions: hasMetadata ? { state: 'pending', httpTokens: d.httpTokens, httpEndpoint: d.httpEndpoint, httpPutResponseHopLimit: d.httpTokens ? 1 : undefined } : undefined,
    },
  }
}

/** The versions asked for, as [template, version number] pairs. */
function selectVersions(input: Input, ctx: CallContext): [FixtureLaunchTemplate, number][] {
  const templates = ctx.data.launchTemplates ?? []
  const asked = ((input.LaunchTemplateVersion as string[] | undefined) ?? []).map(String)
  const id = input.LaunchTemplateId as string | undefined
  const name = input.LaunchTemplateName as string | undefined
  const pick = (t: FixtureLaunchTemplate, v: string): number | undefined => {
    if (v === '$Default') return t.defaultVersion ?? 1
    if (v === '$Latest') return t.versions.length
    const n = Number(v)
    return Number.isInteger(n) && n >= 1 && n <= t.versions.length ? n : undefined
  }
  if (id === undefined && name === undefined) {
    if (!asked.length || asked.some((v) => v !== '$Default' && v !== '$Latest')) {
      throw new ApiError('MissingParameter', 'The request must contain the parameter LaunchTemplateId or LaunchTemplateName, or ask for $Latest or $Default versions', 400)
    }
    return templates.flatMap((t) => [...new Set(asked.map((v) => pick(t, v)!))].map((n): [FixtureLaunchTemplate, number] => [t, n]))
  }
  const t = templates.find((x) => x.launchTemplateId === id || x.name === name)
  if (!t) throw new ApiError('InvalidLaunchTemplateId.NotFound', `The specified launch template, with template ID ${id ?? name}, does not exist.`, 400)
  const numbers = asked.length ? asked.map((v) => pick(t, v)) : t.versions.map((_, i) => i + 1)
  if (numbers.some((n) => n === undefined)) throw new ApiError('InvalidLaunchTemplateId.VersionNotFound', 'Could not find the specified version for the launch template.', 400)
  return [...new Set(numbers as number[])].map((n) => [t, n])
}

export const ec2LaunchOperations: Record<string, OperationDef> = {
  DescribeLaunchTemplates: describe({
    operation: 'DescribeLaunchTemplates',
    list: (ctx) => ctx.data.launchTemplates ?? [],
    idParam: 'LaunchTemplateId',
    idOf: (t) => t.launchTemplateId,
    notFound: 'InvalidLaunchTemplateId.NotFound',
    filters: (t) => ({ 'launch-template-name': t.name, ...Object.fromEntries(Object.entries(t.tags ?? {}).map(([k, v]) => [`tag:${k}`, v])) }),
    setName: 'launchTemplates',
    maxResults: 200,
    render: (t, ctx) => ({
      launchTemplateId: t.launchTemplateId,
      launchTemplateName: t.name,
      createTime: CREATED,
      createdBy: `arn:aws:iam::${ctx.accountId}:role/deployer`,
      defaultVersionNumber: t.defaultVersion ?? 1,
      latestVersionNumber: t.versions.length,
      tagSet: tagSet(t.tags),
    }),
  }),
  DescribeLaunchTemplateVersions: {
    family: 'describe',
    handle(input, ctx) {
      const rows = selectVersions(input, ctx)
      const page = paginate(rows, { token: input.NextToken, requested: input.MaxResults, defaultSize: Infinity, maxSize: 200, fixtureMax: input.MaxResults !== undefined ? ctx.fixturePageSize('DescribeLaunchTemplateVersions') : undefined, tokenName: 'NextToken', minRequested: 1, sizeName: 'MaxResults', errorCode: 'InvalidParameterValue' })
      return { launchTemplateVersionSet: page.items.map(([t, n]) => versionRow(t, n, ctx)), nextToken: page.next }
    },
  },
  DescribeSpotFleetRequests: {
    family: 'describe',
    handle(input, ctx) {
      let list = ctx.data.spotFleetRequests ?? []
      const ids = ((input.SpotFleetRequestId as string[] | undefined) ?? []).map(String)
      if (ids.length) list = list.filter((r) => ids.includes(r.spotFleetRequestId))
      const page = paginate(list, { token: input.NextToken, requested: input.MaxResults, defaultSize: Infinity, maxSize: 1000, fixtureMax: input.MaxResults !== undefined ? ctx.fixturePageSize('DescribeSpotFleetRequests') : undefined, tokenName: 'NextToken', minRequested: 1, sizeName: 'MaxResults', errorCode: 'InvalidParameterValue' })
      return {
        spotFleetRequestConfigSet: page.items.map((r) => ({
          spotFleetRequestId: r.spotFleetRequestId,
          spotFleetRequestState: r.state ?? 'active',
          activityStatus: 'fulfilled',
          createTime: CREATED,
          spotFleetRequestConfig: {
            iamFleetRole: `arn:aws:iam::${ctx.accountId}:role/aws-ec2-spot-fleet-tagging-role`,
            targetCapacity: 2,
            allocationStrategy: 'capacityOptimized',
            type: 'maintain',
            launchSpecifications: r.launchSpecifications?.map((s) => ({ imageId: 'ami-0123456789abcdef0', instanceType: s.instanceType ?? 'c5.large', blockDeviceMapping: ebsMappings(s.volumes) })),
            launchTemplateConfigs: r.launchTemplateIds?.map((id) => ({ launchTemplateSpecification: { launchTemplateId: id, version: '$Default' } })),
          },
        })),
        nextToken: page.next,
      }
    },
  },
}
