import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { IAMClient, ListServerCertificatesCommand } from '@aws-sdk/client-iam'
import { iamServerCertificateCollector, mapServerCertificate } from './iam-server-certificate.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const meta = (name: string) => ({ Path: '/cloudfront/', ServerCertificateName: name, ServerCertificateId: `ASCA${name.toUpperCase()}`, Arn: `arn:aws:iam::${TEST_ACCOUNT}:server-certificate/cloudfront/${name}`, UploadDate: new Date('2025-01-01T00:00:00Z'), Expiration: new Date('2026-01-01T00:00:00Z') })

describe('iam.server-certificate collector', () => {
  const iam = mockClient(IAMClient)
  afterEach(() => iam.reset())

  it('maps the metadata', () => {
    const c = mapServerCertificate(meta('www'), TEST_ACCOUNT)
    assert.equal(c.name, 'www')
    assert.equal(c.path, '/cloudfront/')
    assert.equal(c.expiration, '2026-01-01T00:00:00.000Z')
    assert.equal(c.region, 'global')
  })

  it('pages with Marker', async () => {
    iam.on(ListServerCertificatesCommand).resolves({ ServerCertificateMetadataList: [meta('a')], IsTruncated: true, Marker: 'm2' })
    iam.on(ListServerCertificatesCommand, { Marker: 'm2' }).resolves({ ServerCertificateMetadataList: [meta('b')], IsTruncated: false })
    const r = await iamServerCertificateCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['iam.server-certificate']!.map((c) => c.name), ['a', 'b'])
  })

  it('a denied listing is a global gap', async () => {
    iam.on(ListServerCertificatesCommand).rejects(awsError('AccessDenied', 403))
    const r = await iamServerCertificateCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.gaps.map((g) => [g.resourceType, g.region, g.code]), [['iam.server-certificate', 'global', 'AccessDenied']])
  })
})
