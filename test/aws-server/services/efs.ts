/**
 * Amazon EFS (REST-JSON): file systems with their policy and backup policy, and access points,
 * from a region's `efsFileSystems`. A file system without a policy answers PolicyNotFound, as
 * EFS does for both the file system policy and the backup policy.
 */
import { ApiError } from '../errors.js'
import type { PolicyDocument } from '../fixture.js'
import { paginate } from '../pagination.js'
import type { CallContext, Input, ServiceDef } from './types.js'

export interface FixtureEfsAccessPoint {
  id: string
  name?: string
  /** Default `/`. */
  path?: string
  posixUser?: { uid: number; gid: number }
}

export interface FixtureEfsFileSystem {
  id: string
  name?: string
  encrypted?: boolean
  policy?: PolicyDocument
  /** The backup policy's status; absent = no backup policy (PolicyNotFound). */
  backups?: 'ENABLED' | 'DISABLED'
  accessPoints?: FixtureEfsAccessPoint[]
  /** Mount targets: one per subnet. */
  mountTargets?: { id: string; subnetId: string; vpcId?: string; availabilityZone?: string }[]
}

declare module '../fixture.js' {
  interface FixtureRegion {
    efsFileSystems?: FixtureEfsFileSystem[]
  }
}

const ERRORS: ServiceDef['errors'] = {
  accessDenied: { code: 'AccessDeniedException', status: 403 },
  throttling: { code: 'ThrottlingException', status: 429 },
  invalidToken: { code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' },
  internal: { code: 'InternalServerError' },
  unavailable: { code: 'ServiceUnavailable' },
}

const fsArn = (ctx: CallContext, id: string) => `arn:aws:elasticfilesystem:${ctx.region}:${ctx.accountId}:file-system/${id}`

function fileSystem(ctx: CallContext, id: unknown): FixtureEfsFileSystem {
  const fs = (ctx.data.efsFileSystems ?? []).find((f) => f.id === id)
  if (!fs) throw new ApiError('FileSystemNotFound', `File system '${String(id)}' does not exist.`, 404, { body: { ErrorCode: 'FileSystemNotFound' } })
  return fs
}

const policyNotFound = (id: string) => new ApiError('PolicyNotFound', `No policy found for file system ${id}`, 404, { body: { ErrorCode: 'PolicyNotFound' } })

export const efs: ServiceDef = {
  signingName: 'elasticfilesystem',
  iamPrefix: 'elasticfilesystem',
  protocol: 'rest-json',
  defaultFamily: 'read',
  errors: ERRORS,
  operations: {
    DescribeFileSystems: {
      http: { method: 'GET', path: '/2015-02-01/file-systems' },
      handle(input: Input, ctx) {
        const p = paginate(ctx.data.efsFileSystems ?? [], { token: input.Marker, requested: input.MaxItems, defaultSize: 100, maxSize: 100, fixtureMax: ctx.fixturePageSize('DescribeFileSystems'), tokenName: 'Marker', errorCode: 'BadRequest' })
        return {
          FileSystems: p.items.map((f) => ({
            OwnerId: ctx.accountId,
            CreationToken: f.id,
            FileSystemId: f.id,
            FileSystemArn: fsArn(ctx, f.id),
            CreationTime: new Date('2024-01-15T10:00:00Z'),
            LifeCycleState: 'available',
            Name: f.name,
            NumberOfMountTargets: 2,
            SizeInBytes: { Value: 6144 },
            PerformanceMode: 'generalPurpose',
            Encrypted: f.encrypted ?? false,
            KmsKeyId: f.encrypted ? `arn:aws:kms:${ctx.region}:${ctx.accountId}:key/efs` : undefined,
            ThroughputMode: 'elastic',
            Tags: f.name ? [{ Key: 'Name', Value: f.name }] : [],
          })),
          NextMarker: p.next,
        }
      },
    },
    DescribeFileSystemPolicy: {
      http: { method: 'GET', path: '/2015-02-01/file-systems/{FileSystemId}/policy' },
      resource: (input) => String(input.FileSystemId ?? ''),
      handle(input, ctx) {
        const fs = fileSystem(ctx, input.FileSystemId)
        if (!fs.policy) throw policyNotFound(fs.id)
        return { FileSystemId: fs.id, Policy: JSON.stringify(fs.policy) }
      },
    },
    DescribeBackupPolicy: {
      http: { method: 'GET', path: '/2015-02-01/file-systems/{FileSystemId}/backup-policy' },
      resource: (input) => String(input.FileSystemId ?? ''),
      handle(input, ctx) {
        const fs = fileSystem(ctx, input.FileSystemId)
        if (!fs.backups) throw policyNotFound(fs.id)
        return { BackupPolicy: { Status: fs.backups } }
      },
    },
    DescribeMountTargets: {
      http: { method: 'GET', path: '/2015-02-01/mount-targets' },
      resource: (input) => String(input.FileSystemId ?? ''),
      handle(input, ctx) {
        if (!input.FileSystemId) throw new ApiError('BadRequest', 'FileSystemId is required by this fake', 400)
        const fs = fileSystem(ctx, input.FileSystemId)
        const p = paginate(fs.mountTargets ?? [], { token: input.Marker, requested: input.MaxItems, defaultSize: 10, maxSize: 100, tokenName: 'Marker', errorCode: 'BadRequest' })
        return {
          MountTargets: p.items.map((m, n) => ({
            OwnerId: ctx.accountId,
            MountTargetId: m.id,
            FileSystemId: fs.id,
            SubnetId: m.subnetId,
            LifeCycleState: 'available',
            IpAddress: `10.10.${n}.10`,
            NetworkInterfaceId: `eni-${m.id.slice(5)}`,
            AvailabilityZoneName: m.availabilityZone,
            VpcId: m.vpcId,
          })),
          NextMarker: p.next,
        }
      },
    },
    DescribeAccessPoints: {
      http: { method: 'GET', path: '/2015-02-01/access-points' },
      resource: (input) => String(input.FileSystemId ?? ''),
      handle(input, ctx) {
        if (!input.FileSystemId && !input.AccessPointId) throw new ApiError('BadRequest', 'FileSystemId or AccessPointId is required by this fake', 400)
        const fs = fileSystem(ctx, input.FileSystemId)
        const p = paginate(fs.accessPoints ?? [], { token: input.NextToken, requested: input.MaxResults, defaultSize: 100, maxSize: 100, tokenName: 'NextToken', errorCode: 'BadRequest' })
        return {
          AccessPoints: p.items.map((a) => ({
            AccessPointId: a.id,
            AccessPointArn: `arn:aws:elasticfilesystem:${ctx.region}:${ctx.accountId}:access-point/${a.id}`,
            FileSystemId: fs.id,
            Name: a.name,
            OwnerId: ctx.accountId,
            LifeCycleState: 'available',
            RootDirectory: { Path: a.path ?? '/' },
            PosixUser: a.posixUser ? { Uid: a.posixUser.uid, Gid: a.posixUser.gid } : undefined,
            Tags: a.name ? [{ Key: 'Name', Value: a.name }] : [],
          })),
          NextToken: p.next,
        }
      },
    },
  },
}
