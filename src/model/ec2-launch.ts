import type { ResourceBase } from './common.js'

/** One EBS volume that a launch template or a Spot Fleet launch specification maps. */
export interface LaunchEbsVolume {
  /** `/dev/xvda` …; `#n` when the source does not name the device. */
  deviceName: string
  /**
   * `Ebs.Encrypted` as the template states it. Absent: the template leaves it open, and the
   * volume is encrypted only if its snapshot is or the region has EBS encryption by default on.
   */
  encrypted?: boolean
  /** The snapshot the volume is created from, when the mapping names one. */
  snapshotId?: string
}

/** One network interface a launch template declares. */
export interface LaunchNetworkInterface {
  deviceIndex?: number
  /** `AssociatePublicIpAddress`. Absent: the subnet's auto-assign setting decides at launch. */
  associatePublicIp?: boolean
}

/**
 * `ec2.launch-template`: a launch template, as its default version defines it (the version EC2,
 * Auto Scaling and fleets use when a launch names no version; the one AWS Config evaluates).
 */
export interface LaunchTemplate extends ResourceBase {
  launchTemplateId: string
  /** Number of the default version, when known. */
  defaultVersion?: number
  networkInterfaces: LaunchNetworkInterface[]
  /** The EBS mappings only (instance-store and `NoDevice` entries create no EBS volume). */
  ebsVolumes: LaunchEbsVolume[]
  /** `MetadataOptions`; a field is absent when the template does not set it. */
  metadataOptions: {
    /** `required`: IMDSv2 only. `optional`: IMDSv1 answers too. */
    httpTokens?: 'required' | 'optional'
    httpEndpoint?: 'enabled' | 'disabled'
  }
}

/** The instance settings a Spot Fleet request carries itself (instead of a launch template). */
export interface SpotFleetLaunchSpecification {
  instanceType?: string
  ebsVolumes: LaunchEbsVolume[]
}

/** `ec2.spot-fleet-request`: a Spot Fleet request that is still open (submitted, active or modifying). */
export interface SpotFleetRequest extends ResourceBase {
  spotFleetRequestId: string
  /** `submitted`, `active`, `modifying`. */
  state: string
  /** Empty when the request launches from launch templates only. */
  launchSpecifications: SpotFleetLaunchSpecification[]
  /** How many launch template configurations the request names. */
  launchTemplateConfigCount: number
}
