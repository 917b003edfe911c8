/**
 * AWS::EC2::LaunchTemplate → `ec2.launch-template` and AWS::EC2::SpotFleet →
 * `ec2.spot-fleet-request`.
 *
 * A template resource defines one version, which CloudFormation makes the default, so its
 * LaunchTemplateData is what a live scan reads from the default version. What the template
 * leaves out stays absent in the model (AssociatePublicIpAddress, HttpTokens, Ebs.Encrypted):
 * the checks decide what an unset value means, as they do for a live template, where the API
 * leaves it out the same way. Instance-store and NoDevice mappings create no EBS volume.
 */
import type { LaunchEbsVolume, LaunchNetworkInterface, SpotFleetLaunchSpecification } from '../../../model/ec2-launch.js'
import type { Fields, Stack } from '../stack.js'
import { asBoolean, asString, isRecord, isUnresolved } from '../values.js'

type Path = (string | number)[]

/** The EBS mappings of a BlockDeviceMappings list; an unresolved part marks `modelPath`. */
function ebsVolumes(f: Fields, modelPath: string, path: Path): LaunchEbsVolume[] {
  const raw = f.get(path)
  if (raw === undefined || raw === null) return []
  f.locate(modelPath, path)
  if (isUnresolved(raw)) {
    f.mark(modelPath, raw.reason)
    return []
  }
  return (Array.isArray(raw) ? raw : []).flatMap((m, i): LaunchEbsVolume[] => {
    if (isUnresolved(m)) {
      f.mark(modelPath, m.reason)
      return []
    }
    if (!isRecord(m) || m.Ebs === undefined || m.Ebs === null) return []
    const deviceName = asString(m.DeviceName) ?? `#${i}`
    if (isUnresolved(m.Ebs)) {
      f.mark(modelPath, `${deviceName}: ${m.Ebs.reason}`)
      return [{ deviceName }]
    }
    const ebs = isRecord(m.Ebs) ? m.Ebs : {}
    if (isUnresolved(ebs.Encrypted)) f.mark(modelPath, `${deviceName}: Encrypted ${ebs.Encrypted.reason}`)
    const encrypted = isUnresolved(ebs.Encrypted) ? undefined : asBoolean(ebs.Encrypted)
    const snapshotId = asString(ebs.SnapshotId)
    return [{ deviceName, ...(encrypted !== undefined ? { encrypted } : {}), ...(snapshotId ? { snapshotId } : {}) }]
  })
}

function networkInterfaces(f: Fields): LaunchNetworkInterface[] {
  const path = ['LaunchTemplateData', 'NetworkInterfaces']
  const raw = f.get(path)
  if (raw === undefined || raw === null) return []
  f.locate('networkInterfaces', path)
  if (isUnresolved(raw)) {
    f.mark('networkInterfaces', raw.reason)
    return []
  }
  return (Array.isArray(raw) ? raw : []).map((n, i) => {
    if (isUnresolved(n)) {
      f.mark('networkInterfaces', n.reason)
      return {}
    }
    const nic = isRecord(n) ? n : {}
    if (isUnresolved(nic.AssociatePublicIpAddress)) f.mark('networkInterfaces', `interface #${i}: AssociatePublicIpAddress ${nic.AssociatePublicIpAddress.reason}`)
    const associatePublicIp = isUnresolved(nic.AssociatePublicIpAddress) ? undefined : asBoolean(nic.AssociatePublicIpAddress)
    const index = nic.DeviceIndex === undefined || isUnresolved(nic.DeviceIndex) ? undefined : Number(nic.DeviceIndex)
    return { ...(index !== undefined && !Number.isNaN(index) ? { deviceIndex: index } : {}), ...(associatePublicIp !== undefined ? { associatePublicIp } : {}) }
  })
}

function adaptLaunchTemplates(stack: Stack): void {
  for (const res of stack.ofType('AWS::EC2::LaunchTemplate')) {
    const f = stack.fields(res)
    const tokens = f.str('metadataOptions.httpTokens', ['LaunchTemplateData', 'MetadataOptions', 'HttpTokens'])
    const endpoint = f.str('metadataOptions.httpEndpoint', ['LaunchTemplateData', 'MetadataOptions', 'HttpEndpoint'])
    const id = String(stack.ref(res))
    stack.emit(
      'ec2.launch-template',
      f.finish({
        ...f.base(stack.resourceId(res), f.str('name', ['LaunchTemplateName']) ?? res.logicalId),
        launchTemplateId: id,
        defaultVersion: 1,
        networkInterfaces: networkInterfaces(f),
        ebsVolumes: ebsVolumes(f, 'ebsVolumes', ['LaunchTemplateData', 'BlockDeviceMappings']),
        metadataOptions: {
          ...(tokens === 'required' || tokens === 'optional' ? { httpTokens: tokens } : {}),
          ...(endpoint === 'enabled' || endpoint === 'disabled' ? { httpEndpoint: endpoint } : {}),
        },
      }),
      res,
    )
  }
}

function adaptSpotFleets(stack: Stack): void {
  for (const res of stack.ofType('AWS::EC2::SpotFleet')) {
    const f = stack.fields(res)
    const specsPath = ['SpotFleetRequestConfigData', 'LaunchSpecifications']
    const raw = f.get(specsPath)
    const launchSpecifications: SpotFleetLaunchSpecification[] = []
    if (raw !== undefined && raw !== null) f.locate('launchSpecifications', specsPath)
    if (isUnresolved(raw)) f.mark('launchSpecifications', raw.reason)
    else if (Array.isArray(raw)) {
      raw.forEach((spec, i) => {
        const type = isRecord(spec) ? asString(spec.InstanceType) : undefined
        launchSpecifications.push({ ...(type ? { instanceType: type } : {}), ebsVolumes: ebsVolumes(f, 'launchSpecifications', [...specsPath, i, 'BlockDeviceMappings']) })
      })
    }
    const configs = f.get(['SpotFleetRequestConfigData', 'LaunchTemplateConfigs'])
    const id = String(stack.ref(res))
    stack.emit(
      'ec2.spot-fleet-request',
      f.finish({
        ...f.base(stack.resourceId(res), res.logicalId),
        spotFleetRequestId: id,
        state: 'active',
        launchSpecifications,
        // An unresolved list still names at least one configuration.
        launchTemplateConfigCount: Array.isArray(configs) ? configs.length : configs !== undefined && configs !== null ? 1 : 0,
      }),
      res,
    )
  }
}

export function adaptEc2Launch(stack: Stack): void {
  adaptLaunchTemplates(stack)
  adaptSpotFleets(stack)
}
