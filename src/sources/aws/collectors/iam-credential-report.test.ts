import { afterEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mockClient } from 'aws-sdk-client-mock'
import { GenerateCredentialReportCommand, GetCredentialReportCommand, IAMClient, ListVirtualMFADevicesCommand } from '@aws-sdk/client-iam'
import { createCredentialReportCollector, mapCredentialReport, rootHasVirtualMfa } from './iam-credential-report.js'
import { awsError, TEST_ACCOUNT, TEST_REGION, testContext } from '../testing/fake-context.js'
import type { Clock } from '../token-bucket.js'

const HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated'
const ROOT = `<root_account>,arn:aws:iam::${TEST_ACCOUNT}:root,2020-01-01T00:00:00+00:00,not_supported,2026-11-20T08:00:00+00:00,not_supported,not_supported,true,true,2021-03-04T05:06:07+00:00,2026-11-01T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`
const ALICE = `alice,arn:aws:iam::${TEST_ACCOUNT}:user/alice,2024-05-01T10:00:00+00:00,true,no_information,2024-05-01T10:00:00+00:00,N/A,false,false,2024-05-01T10:05:00+00:00,N/A,N/A,N/A,true,2026-10-01T00:00:00+00:00,2026-11-25T12:00:00+00:00,eu-west-1,lambda,true,2024-05-01T10:00:00+00:00,false,N/A`
const BOT = `"ci,bot",arn:aws:iam::${TEST_ACCOUNT}:user/ci/ci-bot,2025-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`
const CSV = [HEADER, ROOT, ALICE, BOT].join('\n') + '\n'
const where = { accountId: TEST_ACCOUNT, partition: 'aws' }
const GENERATED = '2026-11-27T09:00:00.000Z'

describe('mapCredentialReport', () => {
  const [root, alice, bot] = mapCredentialReport({ csv: CSV, generatedAt: GENERATED, virtualMfa: { ok: true, devices: [] } }, where)

  it('maps the root row: no password column, MFA, one active key, hardware MFA when no virtual device', () => {
    assert.equal(root!.isRoot, true)
    assert.equal(root!.name, '<root_account>')
    assert.equal(root!.id, `arn:aws:iam::${TEST_ACCOUNT}:root`)
    assert.equal(root!.region, 'global')
    assert.equal(root!.passwordEnabled, null)
    assert.equal(root!.passwordLastUsed, '2026-11-20T08:00:00.000Z')
    assert.equal(root!.mfaActive, true)
    assert.equal(root!.rootVirtualMfa, false)
    assert.deepEqual(root!.accessKeys, [{ slot: 1, active: true, lastRotated: '2021-03-04T05:06:07.000Z', lastUsedDate: '2026-11-01T00:00:00.000Z', lastUsedService: 's3', lastUsedRegion: 'us-east-1' }])
    assert.equal(root!.reportGeneratedAt, GENERATED)
  })

  it('maps a user: no_information and N/A become absent, inactive keys are kept, certificates counted', () => {
    assert.equal(alice!.isRoot, false)
    assert.equal(alice!.passwordEnabled, true)
    assert.equal(alice!.passwordLastUsed, undefined)
    assert.equal(alice!.userCreationTime, '2024-05-01T10:00:00.000Z')
    assert.deepEqual(
      alice!.accessKeys.map((k) => [k.slot, k.active, k.lastUsedDate]),
      [
        [1, false, undefined],
        [2, true, '2026-11-25T12:00:00.000Z'],
      ],
    )
    assert.equal(alice!.activeSigningCertificates, 1)
    assert.equal(alice!.rootVirtualMfa, undefined)
  })

  it('a user name with a comma (quoted in the CSV) and no credentials at all', () => {
    assert.equal(bot!.user, 'ci,bot')
    assert.equal(bot!.passwordEnabled, false)
    assert.deepEqual(bot!.accessKeys, [])
  })

  it('root virtual MFA from ListVirtualMFADevices; a denied listing is unresolved', () => {
    const devices = [{ SerialNumber: `arn:aws:iam::${TEST_ACCOUNT}:mfa/phone`, User: { Arn: `arn:aws:iam::${TEST_ACCOUNT}:root`, UserName: '', UserId: '', Path: '/', CreateDate: new Date() } }]
    const [r] = mapCredentialReport({ csv: CSV, generatedAt: GENERATED, virtualMfa: { ok: true, devices } }, where)
    assert.equal(r!.rootVirtualMfa, true)
    const [denied] = mapCredentialReport({ csv: CSV, generatedAt: GENERATED, virtualMfa: { ok: false, reason: 'AccessDenied (iam:ListVirtualMFADevices)' } }, where)
    assert.deepEqual(denied!.unresolved, { rootVirtualMfa: 'AccessDenied (iam:ListVirtualMFADevices)' })
  })

  it('rootHasVirtualMfa: by user ARN or by the legacy root serial; a user device does not count', () => {
    assert.equal(rootHasVirtualMfa([{ SerialNumber: `arn:aws:iam::${TEST_ACCOUNT}:mfa/root-account-mfa-device` }], TEST_ACCOUNT), true)
    assert.equal(rootHasVirtualMfa([{ SerialNumber: `arn:aws:iam::${TEST_ACCOUNT}:mfa/alice`, User: { Arn: `arn:aws:iam::${TEST_ACCOUNT}:user/alice`, UserName: 'alice', UserId: 'x', Path: '/', CreateDate: new Date() } }], TEST_ACCOUNT), false)
  })

  it('a report without the expected columns is an error', () => {
    assert.throws(() => mapCredentialReport({ csv: 'a,b\n1,2\n', generatedAt: GENERATED, virtualMfa: { ok: true, devices: [] } }, where), /columns/)
  })
})

function fakeClock(): Clock & { waits: number[] } {
  const waits: number[] = []
  return { waits, now: () => 0, sleep: async (ms) => void waits.push(ms) }
}

describe('credential report collector (mocked SDK)', () => {
  const iam = mockClient(IAMClient)
  afterEach(() => iam.reset())
  const content = new TextEncoder().encode(CSV)

  it('polls GenerateCredentialReport until COMPLETE, then reads the report and the MFA devices', async () => {
    iam.on(GenerateCredentialReportCommand).resolvesOnce({ State: 'STARTED' }).resolvesOnce({ State: 'INPROGRESS' }).resolves({ State: 'COMPLETE' })
    iam.on(GetCredentialReportCommand).resolves({ Content: content, GeneratedTime: new Date(GENERATED), ReportFormat: 'text/csv' })
    iam.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [], IsTruncated: false })
    const clock = fakeClock()
    const ctx = testContext()
    const r = await createCredentialReportCollector({ clock, pollDelaysMs: [10, 20] }).collect(ctx, TEST_REGION, {})
    assert.deepEqual(r.gaps, [])
    assert.deepEqual(
      r.resources['iam.credential-report-entry']!.map((e) => e.name),
      ['<root_account>', 'alice', 'ci,bot'],
    )
    assert.deepEqual(clock.waits, [10, 20])
    assert.deepEqual(ctx.callCounts(), { 'iam:GenerateCredentialReport': 3, 'iam:GetCredentialReport': 1, 'iam:ListVirtualMFADevices': 1 })
  })

  it('waits while GetCredentialReport answers ReportInProgress', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' })
    iam.on(GetCredentialReportCommand).rejectsOnce(awsError('ReportInProgress', 404)).resolves({ Content: content, GeneratedTime: new Date(GENERATED) })
    iam.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [] })
    const r = await createCredentialReportCollector({ clock: fakeClock() }).collect(testContext(), TEST_REGION, {})
    assert.equal(r.resources['iam.credential-report-entry']!.length, 3)
  })

  it('gives up after the poll bound with a Timeout gap', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'INPROGRESS' })
    const clock = fakeClock()
    const r = await createCredentialReportCollector({ clock, maxPolls: 4, pollDelaysMs: [5] }).collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources, {})
    assert.equal(r.gaps[0]!.code, 'Timeout')
    assert.equal(r.gaps[0]!.resourceType, 'iam.credential-report-entry')
    assert.deepEqual(clock.waits, [5, 5, 5])
  })

  it('AccessDenied on both calls is a global gap (checks say unknown)', async () => {
    iam.on(GenerateCredentialReportCommand).rejects(awsError('AccessDenied', 403))
    iam.on(GetCredentialReportCommand).rejects(awsError('AccessDenied', 403))
    const r = await createCredentialReportCollector({ clock: fakeClock() }).collect(testContext(), TEST_REGION, {})
    assert.deepEqual(r.resources, {})
    assert.equal(r.gaps.length, 1)
    assert.equal(r.gaps[0]!.code, 'AccessDenied')
    assert.equal(r.gaps[0]!.region, 'global')
    assert.match(r.gaps[0]!.message, /iam:GenerateCredentialReport/)
  })

  it('without GenerateCredentialReport an existing report is still read', async () => {
    iam.on(GenerateCredentialReportCommand).rejects(awsError('AccessDenied', 403))
    iam.on(GetCredentialReportCommand).resolves({ Content: content, GeneratedTime: new Date(GENERATED) })
    iam.on(ListVirtualMFADevicesCommand).rejects(awsError('AccessDenied', 403))
    const r = await createCredentialReportCollector({ clock: fakeClock() }).collect(testContext(), TEST_REGION, {})
    const root = r.resources['iam.credential-report-entry']![0]!
    assert.equal(root.isRoot, true)
    assert.match(root.unresolved?.rootVirtualMfa ?? '', /^AccessDenied \(iam:ListVirtualMFADevices\)/)
  })

  it('a report that is not CSV of the expected shape is a ParseError gap', async () => {
    iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' })
    iam.on(GetCredentialReportCommand).resolves({ Content: new TextEncoder().encode('garbage,"x\n'), GeneratedTime: new Date(GENERATED) })
    iam.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [] })
    const r = await createCredentialReportCollector({ clock: fakeClock() }).collect(testContext(), TEST_REGION, {})
    assert.equal(r.gaps[0]!.code, 'ParseError')
  })
})
