/**
 * S3 Control (REST-XML under `/v20180820/…`, signed as `s3`, so merged into the S3 service in
 * index.ts): the account's Block Public Access, the region's access points and the account's
 * Multi-Region Access Points. Operations are named by their IAM action (GetAccountPublicAccessBlock,
 * ListAccessPoints, GetAccessPoint, ListMultiRegionAccessPoints).
 *
 * The SDK sends S3 Control calls to `https://{AccountId}.<endpoint>`: tests point
 * AWS_ENDPOINT_URL_S3_CONTROL at `http://localhost:<port>` and resolve `*.localhost` to the
 * loopback address (test/aws-server/localhost-dns.ts), as RFC 6761 says resolvers should.
 */
import { ApiError } from '../errors.js'
import { XmlDocument } from '../protocols/rest-xml.js'
import type { OperationDef } from './types.js'

type Block = { blockPublicAcls: boolean; ignorePublicAcls: boolean; blockPublicPolicy: boolean; restrictPublicBuckets: boolean }

export interface FixtureAccessPoint {
  name: string
  bucket: string
  /** Absent = an internet access point. */
  vpcId?: string
  /** Absent = all four on (AWS's default when an access point is created). */
  publicAccessBlock?: Block
}

declare module '../fixture.js' {
  interface FixtureAccount {
    /** Account-level S3 Block Public Access; absent = none configured. */
    s3PublicAccessBlock?: Block
    /** Multi-Region Access Points (global; their control plane answers in us-west-2 only). */
    multiRegionAccessPoints?: FixtureMultiRegionAccessPoint[]
  }
  interface FixtureRegion {
    accessPoints?: FixtureAccessPoint[]
  }
}

export interface FixtureMultiRegionAccessPoint {
  name: string
  alias: string
  /** The buckets behind it (bucket name, region). */
  buckets: { bucket: string; region: string }[]
  /** Absent = all four on (AWS's default when a Multi-Region Access Point is created). */
  publicAccessBlock?: Block
}

/** The one region that answers Multi-Region Access Point control-plane requests. */
export const MRAP_CONTROL_REGION = 'us-west-2'

const ALL_ON: Block = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }
const xmlBlock = (b: Block) => ({ BlockPublicAcls: b.blockPublicAcls, IgnorePublicAcls: b.ignorePublicAcls, BlockPublicPolicy: b.blockPublicPolicy, RestrictPublicBuckets: b.restrictPublicBuckets })

export const s3ControlOperations: Record<string, OperationDef> = {
  GetAccountPublicAccessBlock: {
    http: { method: 'GET', path: '/v20180820/configuration/publicAccessBlock' },
    handle(_input, ctx) {
      const b = ctx.account.s3PublicAccessBlock
      if (!b) throw new ApiError('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404)
      return new XmlDocument('PublicAccessBlockConfiguration', xmlBlock(b))
    },
  },
  ListAccessPoints: {
    http: { method: 'GET', path: '/v20180820/accesspoint' },
    handle(_input, ctx) {
      const points = (ctx.data.accessPoints ?? []).map((p) => ({
        Name: p.name,
        NetworkOrigin: p.vpcId ? 'VPC' : 'Internet',
        ...(p.vpcId ? { VpcConfiguration: { VpcId: p.vpcId } } : {}),
        Bucket: p.bucket,
        AccessPointArn: `arn:aws:s3:${ctx.region}:${ctx.accountId}:accesspoint/${p.name}`,
        BucketAccountId: ctx.accountId,
      }))
      return new XmlDocument('ListAccessPointsResult', { AccessPointList: { AccessPoint: points } })
    },
  },
  ListMultiRegionAccessPoints: {
    http: { method: 'GET', path: '/v20180820/mrap/instances' },
    handle(_input, ctx) {
      if (ctx.region !== MRAP_CONTROL_REGION) throw new ApiError('InvalidRequest', `Multi-Region Access Point control plane requests must be sent to ${MRAP_CONTROL_REGION}`, 400)
      const points = (ctx.account.multiRegionAccessPoints ?? []).map((p) => ({
        Name: p.name,
        Alias: p.alias,
        CreatedAt: new Date('2024-01-15T10:00:00Z'),
        PublicAccessBlock: xmlBlock(p.publicAccessBlock ?? ALL_ON),
        Status: 'READY',
        Regions: { Region: p.buckets.map((b) => ({ Bucket: b.bucket, Region: b.region, BucketAccountId: ctx.accountId })) },
      }))
      return new XmlDocument('ListMultiRegionAccessPointsResult', { AccessPoints: { AccessPoint: points } })
    },
  },
  GetAccessPoint: {
    http: { method: 'GET', path: '/v20180820/accesspoint/{Name}' },
    resource: (input) => String(input.Name ?? ''),
    handle(input, ctx) {
      const p = (ctx.data.accessPoints ?? []).find((a) => a.name === input.Name)
      if (!p) throw new ApiError('NoSuchAccessPoint', 'The specified accesspoint does not exist', 404)
      return new XmlDocument('GetAccessPointResult', {
        Name: p.name,
        Bucket: p.bucket,
        NetworkOrigin: p.vpcId ? 'VPC' : 'Internet',
        ...(p.vpcId ? { VpcConfiguration: { VpcId: p.vpcId } } : {}),
        PublicAccessBlockConfiguration: xmlBlock(p.publicAccessBlock ?? ALL_ON),
        CreationDate: new Date('2024-01-15T10:00:00Z'),
        AccessPointArn: `arn:aws:s3:${ctx.region}:${ctx.accountId}:accesspoint/${p.name}`,
        BucketAccountId: ctx.accountId,
      })
    },
  },
}
