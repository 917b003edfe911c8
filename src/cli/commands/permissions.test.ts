import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { runCli } from '../../../test/cli/capture.js'

const URL_CHECK = 'lambda-function-url-auth-required'
const dir = mkdtempSync(join(tmpdir(), 'clearsky-permissions-'))
after(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

async function actions(...args: string[]): Promise<string[]> {
  const { code, stdout, stderr } = await runCli(['permissions', '--no-config', ...args])
  assert.equal(code, 0, stderr)
  const policy = JSON.parse(stdout) as { Statement: { Action: string[] }[] }
  return policy.Statement.flatMap((s) => s.Action)
}

describe('clearsky permissions', () => {
  it('a mutelist that matches on tags adds the tag reads the scan will make', async () => {
    const plain = await actions('--checks', URL_CHECK)
    assert.ok(!plain.includes('lambda:ListTags'), 'the URL check alone reads no tags')
    const byTag = file('tags.yaml', `- checks: [${URL_CHECK}]\n  tags: { owner: team-a }\n  reason: public by design\n`)
    const withTags = await actions('--checks', URL_CHECK, '--mutelist', byTag)
    assert.ok(withTags.includes('lambda:GetFunction') && withTags.includes('lambda:ListTags'))
    const byName = file('names.yaml', `- checks: [${URL_CHECK}]\n  resources: ['arn:aws:lambda:*:*:function:webhook']\n  reason: public by design\n`)
    assert.deepEqual(await actions('--checks', URL_CHECK, '--mutelist', byName), plain)
  })

  it('reads the selection and mutelist of the configuration file, as the scan does', async () => {
    const config = file('clearsky.config.yaml', `checks: [${URL_CHECK}]\nmutelist:\n  - checks: ['*']\n    tags: { env: dev }\n    reason: sandbox\n`)
    const { code, stdout, stderr } = await runCli(['permissions', '--config', config])
    assert.equal(code, 0, stderr)
    const all = (JSON.parse(stdout) as { Statement: { Action: string[] }[] }).Statement.flatMap((s) => s.Action)
    assert.ok(all.includes('lambda:ListTags'))
    assert.ok(!all.includes('iam:GetAccountAuthorizationDetails'), 'only the configured check is selected')
  })

  it('--severity and --framework narrow the policy like the scan selection', async () => {
    const every = await actions()
    const critical = await actions('--severity', 'critical')
    assert.ok(critical.length < every.length)
    const { code, stderr } = await runCli(['permissions', '--no-config', '--framework', 'no-such-framework'])
    assert.equal(code, 2, stderr)
  })
})
