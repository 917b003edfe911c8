/**
 * Secure-by-default builders for EC2 launch templates and Spot Fleet requests.
 */
import type { LaunchTemplate, SpotFleetRequest } from '../../src/model/ec2-launch.js'

// Local copies rather than imports from index.ts, which re-exports this file.
const ACCOUNT = '111122223333'
const REGION = 'us-east-1'

type Partial2<T> = { [K in keyof T]?: T[K] }

/** A template whose default version requires IMDSv2, assigns no public address and encrypts its root volume. */
export function launchTemplate(over: Partial2<LaunchTemplate> = {}): LaunchTemplate {
  const id = over.launchTemplateId ?? 'lt-0a1b2c3d4e5f60001'
  return {
    id,
    arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:launch-template/${id}`,
    name: 'web-servers',
    accountId: ACCOUNT,
    region: REGION,
    launchTemplateId: id,
    defaultVersion: 3,
    networkInterfaces: [{ deviceIndex: 0, associatePublicIp: false }],
    ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true }],
    metadataOptions: { httpTokens: 'required', httpEndpoint: 'enabled' },
    ...over,
  }
}

/** An active request with one launch specification whose volumes are encrypted. */
export function spotFleetRequest(over: Partial2<SpotFleetRequest> = {}): SpotFleetRequest {
  const id = over.spotFleetRequestId ?? 'sfr-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
  return {
    id,
    arn: `arn:aws:ec2:${REGION}:${ACCOUNT}:spot-fleet-request/${id}`,
    name: id,
    accountId: ACCOUNT,
    region: REGION,
    spotFleetRequestId: id,
    state: 'active',
    launchSpecifications: [{ instanceType: 'c5.large', ebsVolumes: [{ deviceName: '/dev/xvda', encrypted: true }] }],
    launchTemplateConfigCount: 0,
    ...over,
  }
}
