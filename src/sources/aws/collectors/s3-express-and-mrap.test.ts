/**
 * The Multi-Region Access Point and directory bucket collectors against the loopback server: what
 * they map, where they call (us-west-2 for Multi-Region Access Points), what an empty account
 * costs, and that a denial is a gap or an unresolved field, never an empty answer. The "region
 * without S3 Express" answer (an endpoint that does not resolve) is simulated with a mocked client.
 */
import { after, afterEach, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { ListDirectoryBucketsCommand, S3Client } from '@aws-sdk/client-s3'
import { S3ControlClient } from '@aws-sdk/client-s3-control'
import type { Collector } from '../collector.js'
import { keepIpLiteralEndpoints, type SdkClient } from '../clients.js'
import { createAwsContext } from '../context.js'
import { DEFAULT_RATES, scaledRates } from '../rates.js'
import { startAwsServer, type AwsServer } from '../../../../test/aws-server/index.js'
import type { FixtureAccount } from '../../../../test/aws-server/fixture.js'
import { ACCOUNT, clientConfig } from '../../../../test/aws-server/test-support.js'
import { testContext } from '../testing/fake-context.js'
import { mapMultiRegionAccessPoint, s3MultiRegionAccessPointCollector } from './s3-multi-region-access-point.js'
import { s3DirectoryBucketCollector } from './s3-directory-bucket.js'

const R = 'us-east-1'
const EMPTY = 'eu-west-1'
const off = { blockPublicAcls: false, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: true }

const account: FixtureAccount = {
  accountId: ACCOUNT,
  iam: { users: [], groups: [], roles: [], policies: [] },
  multiRegionAccessPoints: [
    { name: 'orders-global', alias: 'mfzwi23gnjvgw.mrap', buckets: [{ bucket: 'orders-us', region: R }, { bucket: 'orders-eu', region: EMPTY }] },
    { name: 'open-global', alias: 'a1b2c3d4e5f6g.mrap', buckets: [{ bucket: 'open-us', region: R }], publicAccessBlock: off },
  ],
  regions: {
    [R]: {
      directoryBuckets: [
        { name: 'scratch--use1-az4--x-s3', lifecycleRules: [{ id: 'expire', enabled: true, expirationDays: 30, abortIncompleteUploadDays: 7 }] },
        { name: 'forever--use1-az5--x-s3' },
      ],
    },
    [EMPTY]: {},
  },
}

describe('S3 Multi-Region Access Point and directory bucket collectors (loopback server)', () => {
  let server: AwsServer
  before(async () => (server = await startAwsServer({ account })))
  after(() => server.close())

  const ctx = () =>
    createAwsContext({
      clients: {
        get: async (service, region) => {
          if (service === 's3-control') {
            const c = new S3ControlClient(clientConfig(server, region)) as unknown as SdkClient
            keepIpLiteralEndpoints(c)
            return c
          }
          return new S3Client({ ...clientConfig(server, region), disableS3ExpressSessionAuth: true }) as unknown as SdkClient
        },
      },
      accountId: ACCOUNT,
      partition: 'aws',
      rates: scaledRates(DEFAULT_RATES, 1000),
    })
  const collect = (c: Collector, region = R) => c.collect(ctx(), region, {})

  it('lists Multi-Region Access Points once, in us-west-2 whatever the home region, with their own settings', async () => {
    const before = server.calls.count({ operation: 'ListMultiRegionAccessPoints' })
    const out = await collect(s3MultiRegionAccessPointCollector, EMPTY)
    assert.deepEqual(out.gaps, [])
    const points = out.resources['s3.multi-region-access-point']!
    assert.deepEqual(
      points.map((p) => [p.name, p.region, p.arn, p.publicAccessBlock?.blockPublicPolicy, p.buckets.map((b) => `${b.bucket}@${b.region}`).join(',')]),
      [
        ['open-global', 'global', `arn:aws:s3::${ACCOUNT}:accesspoint/a1b2c3d4e5f6g.mrap`, false, `open-us@${R}`],
        ['orders-global', 'global', `arn:aws:s3::${ACCOUNT}:accesspoint/mfzwi23gnjvgw.mrap`, true, `orders-us@${R},orders-eu@${EMPTY}`],
      ],
    )
    assert.equal(server.calls.count({ operation: 'ListMultiRegionAccessPoints', region: 'us-west-2' }) - before, 1)
    assert.equal(server.calls.count({ operation: 'ListMultiRegionAccessPoints', region: EMPTY }), 0)
  })

  it('reads a report without Block Public Access as none, never as blocked', () => {
    const p = mapMultiRegionAccessPoint({ Name: 'x', Alias: 'x.mrap' }, { accountId: ACCOUNT, partition: 'aws' })
    assert.equal(p.publicAccessBlock, null)
  })

  it('a denied Multi-Region Access Point listing is a global gap', async () => {
    server.deny({ action: 's3:ListMultiRegionAccessPoints' })
    try {
      const out = await collect(s3MultiRegionAccessPointCollector)
      assert.equal(out.resources['s3.multi-region-access-point'], undefined)
      assert.deepEqual(out.gaps.map((g) => [g.resourceType, g.region, g.code]), [['s3.multi-region-access-point', 'global', 'AccessDenied']])
    } finally {
      server.clearDenials()
    }
  })

  it('maps directory buckets with their lifecycle rules; no configuration is an empty list', async () => {
    const out = await collect(s3DirectoryBucketCollector)
    assert.deepEqual(out.gaps, [])
    const buckets = out.resources['s3.directory-bucket']!
    assert.deepEqual(
      buckets.map((b) => [b.name, b.region, b.arn, JSON.stringify(b.lifecycleRules), b.unresolved]),
      [
        ['forever--use1-az5--x-s3', R, `arn:aws:s3express:${R}:${ACCOUNT}:bucket/forever--use1-az5--x-s3`, '[]', undefined],
        ['scratch--use1-az4--x-s3', R, `arn:aws:s3express:${R}:${ACCOUNT}:bucket/scratch--use1-az4--x-s3`, JSON.stringify([{ id: 'expire', enabled: true, expirationDays: 30, abortIncompleteUploadDays: 7 }]), undefined],
      ],
    )
  })

  it('a region without directory buckets costs one ListDirectoryBuckets call', async () => {
    const before = server.calls.count({ region: EMPTY })
    const out = await collect(s3DirectoryBucketCollector, EMPTY)
    assert.deepEqual(out.resources['s3.directory-bucket'], [])
    assert.equal(server.calls.count({ region: EMPTY }) - before, 1)
  })

  it('a denied listing is a gap; a denied lifecycle read leaves the rules unresolved', async () => {
    server.deny({ action: 's3express:ListAllMyDirectoryBuckets' })
    try {
      const out = await collect(s3DirectoryBucketCollector)
      assert.equal(out.resources['s3.directory-bucket'], undefined)
      assert.equal(out.gaps[0]?.code, 'AccessDenied')
    } finally {
      server.clearDenials()
    }
    server.deny({ action: 's3express:GetLifecycleConfiguration' })
    try {
      const out = await collect(s3DirectoryBucketCollector)
      assert.deepEqual(out.gaps, [])
      for (const b of out.resources['s3.directory-bucket']!) assert.match(b.unresolved?.lifecycleRules ?? '', /^AccessDenied \(s3express:GetLifecycleConfiguration\)/)
    } finally {
      server.clearDenials()
    }
  })
})

describe('directory buckets where S3 Express One Zone is not offered (mocked SDK)', () => {
  // Created when this block runs, not when it is declared: the loopback tests above use real clients.
  let s3: ReturnType<typeof mockClient>
  before(() => (s3 = mockClient(S3Client)))
  afterEach(() => s3.reset())
  after(() => s3.restore())
  const unresolvable = (region: string) => Object.assign(new Error(`getaddrinfo ENOTFOUND s3express-control.${region}.amazonaws.com`), { code: 'ENOTFOUND' })

  it('an endpoint that does not exist outside the documented regions means no directory buckets', async () => {
    s3.on(ListDirectoryBucketsCommand).rejects(unresolvable('ap-east-1'))
    const out = await s3DirectoryBucketCollector.collect(testContext(), 'ap-east-1', {})
    assert.deepEqual(out.resources['s3.directory-bucket'], [])
    assert.deepEqual(out.gaps, [])
    assert.equal(out.notes?.length, 1)
  })

  it('the same answer in a documented region is a gap, as is any other failure elsewhere', async () => {
    s3.on(ListDirectoryBucketsCommand).rejects(unresolvable('us-east-1'))
    const inside = await s3DirectoryBucketCollector.collect(testContext(), 'us-east-1', {})
    assert.equal(inside.resources['s3.directory-bucket'], undefined)
    assert.equal(inside.gaps[0]?.code, 'Unsupported')
    s3.on(ListDirectoryBucketsCommand).rejects(Object.assign(new Error('boom'), { name: 'InternalError', $metadata: { httpStatusCode: 500 } }))
    const other = await s3DirectoryBucketCollector.collect(testContext(), 'ap-east-1', {})
    assert.equal(other.resources['s3.directory-bucket'], undefined)
    assert.equal(other.gaps.length, 1)
  })
})
