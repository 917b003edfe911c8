import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { AccessAnalyzerClient, ListFindingsV2Command } from '@aws-sdk/client-accessanalyzer'
import { attachActiveFindings, MAX_FINDING_PAGES } from './accessanalyzer-findings.js'
import { accessAnalyzer } from '../../../../test/factories/index.js'
import { awsError, TEST_REGION, testContext } from '../testing/fake-context.js'

describe('active external-access findings (mocked SDK)', () => {
  const aa = mockClient(AccessAnalyzerClient)
  afterEach(() => aa.reset())

  it('asks for ACTIVE findings only and keeps a count and examples', async () => {
    aa.on(ListFindingsV2Command).resolves({ findings: [{ id: 'f1', resource: 'arn:aws:s3:::shared', resourceType: 'AWS::S3::Bucket' } as never] })
    const a = await attachActiveFindings(testContext(), TEST_REGION, accessAnalyzer())
    assert.deepEqual(a.activeFindings, { count: 1, truncated: false, sample: [{ resource: 'arn:aws:s3:::shared', resourceType: 'AWS::S3::Bucket' }] })
    assert.deepEqual(aa.commandCalls(ListFindingsV2Command)[0]!.args[0].input.filter, { status: { eq: ['ACTIVE'] } })
  })

  it('stops after a few pages and says the count is a lower bound', async () => {
    aa.on(ListFindingsV2Command).callsFake((input: { nextToken?: string }) => ({ findings: [{ id: `f${input.nextToken ?? 0}` }], nextToken: String(Number(input.nextToken ?? 0) + 1) }))
    const a = await attachActiveFindings(testContext(), TEST_REGION, accessAnalyzer())
    assert.deepEqual([a.activeFindings?.count, a.activeFindings?.truncated], [MAX_FINDING_PAGES, true])
  })

  it('unused-access analyzers are not asked; a denial is unresolved', async () => {
    const unused = await attachActiveFindings(testContext(), TEST_REGION, accessAnalyzer({ type: 'ACCOUNT_UNUSED_ACCESS' }))
    assert.equal(unused.activeFindings, undefined)
    assert.equal(aa.commandCalls(ListFindingsV2Command).length, 0)
    aa.on(ListFindingsV2Command).rejects(awsError('AccessDeniedException', 403))
    const denied = await attachActiveFindings(testContext(), TEST_REGION, accessAnalyzer())
    assert.match(denied.unresolved!.activeFindings!, /^AccessDenied/)
  })
})
