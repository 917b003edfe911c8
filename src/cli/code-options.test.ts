import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { codeInspectionFromFlags } from './code-options.js'
import { permissionsCommand } from './commands/permissions.js'
import { UsageError } from './errors.js'

async function permissions(args: string[]): Promise<string[]> {
  let out = ''
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array) => ((out += String(chunk)), true)) as typeof process.stdout.write
  try {
    await permissionsCommand().parseAsync(args, { from: 'user' })
  } finally {
    process.stdout.write = write
  }
  return (JSON.parse(out) as { Statement: { Action: string[] }[] }).Statement[0]!.Action
}

describe('code inspection flags', () => {
  it('no flag: no code inspection', () => {
    assert.deepEqual(codeInspectionFromFlags({}), { notes: [] })
  })
  it('--inspect-code alone: inspection without advisories', () => {
    assert.deepEqual(codeInspectionFromFlags({ inspectCode: true }), { options: {}, notes: [] })
  })
  it('--advisories loads the directory and notes skipped files', () => {
    const r = codeInspectionFromFlags({ inspectCode: true, advisories: 'test/fixtures/osv' })
    assert.equal(r.options?.advisories?.count, 7)
    assert.equal(r.notes.length, 1)
  })
  it('usage errors: --advisories without --inspect-code, or a directory that does not exist', () => {
    assert.throws(() => codeInspectionFromFlags({ advisories: 'test/fixtures/osv' }), UsageError)
    assert.throws(() => codeInspectionFromFlags({ inspectCode: true, advisories: 'test/fixtures/no-such-dir' }), UsageError)
  })
  it('permissions --inspect-code adds the download calls (GetFunction for the code link, GetLayerVersion)', async () => {
    const plain = await permissions(['--checks', 'lambda-code-no-secrets'])
    const withCode = await permissions(['--checks', 'lambda-code-no-secrets', '--inspect-code'])
    // Without --inspect-code the check reads nothing GetFunction gives, so the scan does not call it.
    assert.ok(!plain.includes('lambda:GetFunction'))
    assert.ok(!plain.includes('lambda:GetLayerVersion'))
    assert.deepEqual(
      withCode.filter((a) => !plain.includes(a)),
      ['lambda:GetFunction', 'lambda:GetLayerVersion'],
    )
  })
})
