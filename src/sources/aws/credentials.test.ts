import { before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collectAws } from './collect.js'
import { credentialsMessage, defaultRegion, resolveCredentials } from './credentials.js'
import { NoCredentialsError } from './setup-errors.js'

let dir = ''

before(() => {
  // `env -i` style: nothing in the environment, empty config files, no instance metadata.
  dir = mkdtempSync(join(tmpdir(), 'clearsky-creds-'))
  writeFileSync(join(dir, 'config'), '[profile other]\nregion = ap-south-1\n')
  writeFileSync(join(dir, 'credentials'), '')
  for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k]
  Object.assign(process.env, {
    AWS_CONFIG_FILE: join(dir, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    HOME: dir,
  })
})

describe('credentials', () => {
  it('an empty chain is a NoCredentialsError with one line saying how to provide credentials', async () => {
    await assert.rejects(resolveCredentials(undefined), (e: unknown) => {
      assert.ok(e instanceof NoCredentialsError)
      assert.ok(!e.message.includes('\n'))
      assert.match(e.message, /AWS_PROFILE/)
      assert.match(e.message, /--profile/)
      assert.match(e.message, /AWS_ACCESS_KEY_ID/)
      assert.match(e.message, /aws sso login/)
      return true
    })
  })

  it('collectAws fails the same way before making any call', async () => {
    await assert.rejects(collectAws({ resourceTypes: ['lambda.function'], regions: ['us-east-1'] }), NoCredentialsError)
  })

  it('static keys in the environment are found', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIDENVTEST000000000'
    process.env.AWS_SECRET_ACCESS_KEY = 'secret'
    try {
      const provider = await resolveCredentials(undefined)
      assert.equal((await provider()).accessKeyId, 'AKIDENVTEST000000000')
    } finally {
      delete process.env.AWS_ACCESS_KEY_ID
      delete process.env.AWS_SECRET_ACCESS_KEY
    }
  })

  it('messages name the profile and the SSO fix', () => {
    assert.match(credentialsMessage(new Error('The SSO session associated with this profile has expired'), 'dev'), /aws sso login --profile dev/)
    assert.match(credentialsMessage(new Error('Could not load credentials from any providers'), 'dev'), /profile 'dev'/)
  })
})

describe('defaultRegion', () => {
  it('AWS_REGION wins, then AWS_DEFAULT_REGION, then the profile’s region, else none', async () => {
    assert.equal(await defaultRegion(undefined, { AWS_REGION: 'eu-west-3', AWS_DEFAULT_REGION: 'us-west-2' }), 'eu-west-3')
    assert.equal(await defaultRegion(undefined, { AWS_DEFAULT_REGION: 'us-west-2' }), 'us-west-2')
    assert.equal(await defaultRegion('other', {}), 'ap-south-1')
    assert.equal(await defaultRegion(undefined, {}), undefined)
  })
})
