import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer'
import { accessAnalyzerCollector, mapAnalyzer } from './accessanalyzer-analyzer.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'

const summary = (name: string, type: string, status = 'ACTIVE') => ({ arn: `arn:aws:access-analyzer:${TEST_REGION}:${TEST_ACCOUNT}:analyzer/${name}`, name, type: type as never, status: status as never, createdAt: new Date('2025-01-01T00:00:00Z') })

describe('accessanalyzer.analyzer collector', () => {
  const aa = mockClient(AccessAnalyzerClient)
  afterEach(() => aa.reset())

  it('maps an analyzer in its region', () => {
    const a = mapAnalyzer({ ...summary('ext', 'ACCOUNT', 'FAILED'), statusReason: { code: 'AWS_SERVICE_ACCESS_DISABLED' } }, { region: TEST_REGION, accountId: TEST_ACCOUNT })
    assert.deepEqual([a.name, a.type, a.status, a.statusReason, a.region], ['ext', 'ACCOUNT', 'FAILED', 'AWS_SERVICE_ACCESS_DISABLED', TEST_REGION])
  })

  it('pages with nextToken', async () => {
    aa.on(ListAnalyzersCommand).resolves({ analyzers: [summary('ext', 'ACCOUNT')], nextToken: 't2' })
    aa.on(ListAnalyzersCommand, { nextToken: 't2' }).resolves({ analyzers: [summary('unused', 'ACCOUNT_UNUSED_ACCESS')] })
    const r = await accessAnalyzerCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources['accessanalyzer.analyzer']!.map((a) => a.name), ['ext', 'unused'])
  })

  it('no analyzer is an empty list, not a gap; denied is a regional gap', async () => {
    aa.on(ListAnalyzersCommand).resolves({ analyzers: [] })
    const empty = await accessAnalyzerCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(empty.resources['accessanalyzer.analyzer'], [])
    assert.deepEqual(empty.gaps, [])
    aa.reset()
    aa.on(ListAnalyzersCommand).rejects(awsError('AccessDeniedException', 403))
    const denied = await accessAnalyzerCollector.collect(testContext(), TEST_REGION, {})
    assert.deepEqual(denied.gaps.map((g) => [g.resourceType, g.region, g.code]), [['accessanalyzer.analyzer', TEST_REGION, 'AccessDenied']])
  })
})
