/**
 * aws_launch_template → `ec2.launch-template` and aws_spot_fleet_request →
 * `ec2.spot-fleet-request`.
 *
 * The configuration of aws_launch_template is the version Terraform writes (the default one
 * with `update_default_version`, and for a new template). Unset arguments stay absent in the
 * model, as the API leaves them out of a live version: the checks decide what an unset
 * AssociatePublicIpAddress, HttpTokens or `encrypted` means. The provider takes
 * `associate_public_ip_address` and `ebs.encrypted` of a launch template as the strings
 * "true"/"false"; both spellings are read. Instance-store and no_device mappings create no EBS
 * volume. A Spot Fleet's launch_specification maps its root volume (root_block_device) and
 * further EBS volumes (ebs_block_device).
 */
import type { LaunchEbsVolume, LaunchNetworkInterface, SpotFleetLaunchSpecification } from '../../../model/ec2-launch.js'
import { identity, Unknown, type Value } from '../eval/values.js'
import { blocksOf, Fields, PLACEHOLDER, type AdapterContext } from './fields.js'

const boolOf = (v: Value | undefined): boolean | undefined => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : undefined)
const textOf = (v: Value | undefined): string | undefined => (typeof v === 'string' && v ? v : undefined)

/** Blocks of `name`; an unknown list marks `modelPath` and yields none. */
function blocks(f: Fields, modelPath: string, raw: Value | undefined, tfPath: string): Record<string, Value>[] {
  if (raw === undefined || raw === null) return []
  f.locate(modelPath, tfPath)
  if (raw instanceof Unknown) {
    f.mark(modelPath, raw.reason)
    return []
  }
  return blocksOf(raw)
}

/** One EBS volume from a block with `encrypted` (and `snapshot_id`); an unknown flag marks `modelPath`. */
function volume(f: Fields, modelPath: string, deviceName: string, b: Record<string, Value>): LaunchEbsVolume {
  if (b.encrypted instanceof Unknown) f.mark(modelPath, `${deviceName}: encrypted ${b.encrypted.reason}`)
  const encrypted = boolOf(b.encrypted)
  const snapshotId = textOf(b.snapshot_id)
  return { deviceName, ...(encrypted !== undefined ? { encrypted } : {}), ...(snapshotId ? { snapshotId } : {}) }
}

function templateVolumes(f: Fields): LaunchEbsVolume[] {
  return blocks(f, 'ebsVolumes', f.inst.values.block_device_mappings, 'block_device_mappings').flatMap((m, i) => {
    const deviceName = textOf(m.device_name) ?? `#${i}`
    if (m.ebs instanceof Unknown) {
      f.mark('ebsVolumes', `${deviceName}: ebs ${m.ebs.reason}`)
      return [{ deviceName }]
    }
    const ebs = blocksOf(m.ebs)[0]
    return ebs ? [volume(f, 'ebsVolumes', deviceName, ebs)] : []
  })
}

function templateInterfaces(f: Fields): LaunchNetworkInterface[] {
  return blocks(f, 'networkInterfaces', f.inst.values.network_interfaces, 'network_interfaces').map((n, i) => {
    if (n.associate_public_ip_address instanceof Unknown) f.mark('networkInterfaces', `interface #${i}: associate_public_ip_address ${n.associate_public_ip_address.reason}`)
    const associatePublicIp = boolOf(n.associate_public_ip_address)
    const index = typeof n.device_index === 'number' ? n.device_index : typeof n.device_index === 'string' && /^\d+$/.test(n.device_index) ? Number(n.device_index) : undefined
    return { ...(index !== undefined ? { deviceIndex: index } : {}), ...(associatePublicIp !== undefined ? { associatePublicIp } : {}) }
  })
}

function adaptLaunchTemplates(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_launch_template')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const tokens = f.str('metadataOptions.httpTokens', 'metadata_options.0.http_tokens')
    const endpoint = f.str('metadataOptions.httpEndpoint', 'metadata_options.0.http_endpoint')
    const version = f.num('defaultVersion', 'default_version')
    ctx.emit(
      'ec2.launch-template',
      f.finish({
        ...f.base(id, f.ident('name', inst.values.name) ?? inst.name),
        launchTemplateId: id,
        ...(version !== undefined ? { defaultVersion: version } : {}),
        networkInterfaces: templateInterfaces(f),
        ebsVolumes: templateVolumes(f),
        metadataOptions: {
          ...(tokens === 'required' || tokens === 'optional' ? { httpTokens: tokens } : {}),
          ...(endpoint === 'enabled' || endpoint === 'disabled' ? { httpEndpoint: endpoint } : {}),
        },
      }),
      inst,
    )
  }
}

function adaptSpotFleets(ctx: AdapterContext): void {
  for (const inst of ctx.byType('aws_spot_fleet_request')) {
    const f = new Fields(ctx, inst)
    const id = f.ident('id', inst.computed('id')) ?? PLACEHOLDER
    const launchSpecifications: SpotFleetLaunchSpecification[] = blocks(f, 'launchSpecifications', inst.values.launch_specification, 'launch_specification').map((spec) => {
      const roots = blocks(f, 'launchSpecifications', spec.root_block_device, 'launch_specification').map((b) => volume(f, 'launchSpecifications', 'root', b))
      const extra = blocks(f, 'launchSpecifications', spec.ebs_block_device, 'launch_specification').map((b, i) => volume(f, 'launchSpecifications', textOf(b.device_name) ?? `#${i}`, b))
      const type = textOf(spec.instance_type)
      return { ...(type ? { instanceType: type } : {}), ebsVolumes: [...roots, ...extra] }
    })
    const configs = inst.values.launch_template_config
    ctx.emit(
      'ec2.spot-fleet-request',
      f.finish({
        ...f.base(id, identity(inst.values.id) ?? inst.name),
        spotFleetRequestId: id,
        state: 'active',
        launchSpecifications,
        // An unknown list still names at least one configuration.
        launchTemplateConfigCount: configs instanceof Unknown ? 1 : blocksOf(configs).length,
      }),
      inst,
    )
  }
}

export function adaptEc2Launch(ctx: AdapterContext): void {
  adaptLaunchTemplates(ctx)
  adaptSpotFleets(ctx)
}
