import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineCheck, type AnyCheck } from './check.js'
import { findConfigFile, loadConfig, parseConfig, typeProblem, type ConfigCatalogue } from './config.js'
import { ConfigError } from './yaml-source.js'

function fakeCheck(id: string, options?: Record<string, unknown>): AnyCheck {
  return defineCheck({
    meta: {
      id,
      resourceType: 'lambda.function',
      title: 'A fake check for configuration tests',
      severity: 'low',
      categories: ['governance'],
      description: 'd',
      risk: 'r',
      remediation: { text: 't' },
      messages: { ok: 'ok' },
      ...(options ? { options } : {}),
    },
    evaluate: (_fn, { pass }) => pass('ok'),
  })
}

const CATALOGUE: ConfigCatalogue = {
  checks: [
    fakeCheck('lambda-runtime-supported', { leadDays: 90 }),
    fakeCheck('lambda-layers-from-trusted-accounts', { trustedAccounts: ['111122223333'], allowAwsPublished: true }),
    fakeCheck('lambda-tags-required', { requiredTags: [], ratio: 0.5, mode: 'strict', extra: { a: 1 } }),
    fakeCheck('lambda-function-url-auth-required'),
  ],
  formats: ['console', 'json', 'sarif'],
  frameworks: ['cis-7.0', 'pci-dss-4.0.1'],
}

const FILE = '/home/u/project/clearsky.config.yaml'
const parse = (yaml: string) => parseConfig(yaml, FILE, CATALOGUE)

function rejects(yaml: string, line: number, pattern: RegExp): void {
  assert.throws(
    () => parse(yaml),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError, `expected ConfigError, got ${String(err)}`)
      assert.ok(err.message.startsWith(`${FILE}:${line}: `), `line ${line} expected in: ${err.message}`)
      assert.match(err.message, pattern)
      assert.ok(!err.message.includes('\n'), 'one line')
      return true
    },
  )
}

describe('parseConfig', () => {
  it('reads every setting and resolves paths against the file', () => {
    const c = parse(`
profile: audit
regions: [eu-west-1, us-east-1]
checks: ['lambda-*']
excludeChecks: [lambda-tags-required]
severity: medium
failOn: critical
formats: [console, sarif]
outputDir: reports
mutelist: ./mutelist.yaml
frameworks: [cis-7.0]
checkOptions:
  lambda-runtime-supported:
    leadDays: 180
  lambda-layers-from-trusted-accounts:
    trustedAccounts: ['444455556666']
    allowAwsPublished: false
  lambda-tags-required:
    requiredTags: [owner, cost-center]
    ratio: 0.75
    extra: { b: 2 }
`)
    assert.deepEqual(c, {
      file: FILE,
      profile: 'audit',
      regions: ['eu-west-1', 'us-east-1'],
      checks: ['lambda-*'],
      excludeChecks: ['lambda-tags-required'],
      severity: 'medium',
      failOn: 'critical',
      formats: ['console', 'sarif'],
      outputDir: '/home/u/project/reports',
      mutelist: { kind: 'file', path: '/home/u/project/mutelist.yaml' },
      frameworks: ['cis-7.0'],
      checkOptions: {
        'lambda-runtime-supported': { leadDays: 180 },
        'lambda-layers-from-trusted-accounts': { trustedAccounts: ['444455556666'], allowAwsPublished: false },
        'lambda-tags-required': { requiredTags: ['owner', 'cost-center'], ratio: 0.75, extra: { b: 2 } },
      },
    })
  })

  it('reads inline mutelist rules, with lines in the configuration file', () => {
    const c = parse('failOn: none\nmutelist:\n  - checks: [lambda-runtime-*]\n    reason: upgrade planned\n')
    assert.equal(c.mutelist?.kind, 'inline')
    if (c.mutelist?.kind !== 'inline') return
    assert.equal(c.mutelist.rules[0]!.reason, 'upgrade planned')
    assert.deepEqual(c.mutelist.rules[0]!.origin, { file: FILE, line: 3 })
  })

  it('an empty file is a valid, empty configuration', () => {
    assert.deepEqual(parse(''), { file: FILE, checkOptions: {} })
    assert.deepEqual(parse('# nothing yet\n'), { file: FILE, checkOptions: {} })
  })

  it('rejects unknown keys, with a suggestion', () => rejects('profile: a\nfail_on: high\n', 2, /unknown key 'fail_on'/))
  it('suggests the closest key', () => rejects('regoins: [eu-west-1]\n', 1, /did you mean regions\?/))
  it('rejects a configuration that is not a mapping', () => rejects('- a\n- b\n', 1, /the configuration must be a mapping/))
  it('rejects a profile that is not text', () => rejects('profile: [a]\n', 1, /'profile' must be text/))
  it('rejects regions that are not a list', () => rejects('regions: eu-west-1\n', 1, /'regions' must be a list/))
  it('rejects a region that is not a region name', () => rejects('regions:\n  - eu-west-1\n  - Frankfurt\n', 3, /'Frankfurt' is not a region name/))
  it('rejects a check pattern that matches no check', () => rejects('checks: [lambda-runtime-suported]\n', 1, /'checks': no check matches 'lambda-runtime-suported' \(did you mean lambda-runtime-supported\?\)/))
  it('rejects an excluded check pattern that matches no check', () => rejects('excludeChecks: [s3-*]\n', 1, /'excludeChecks': no check matches 's3-\*'/))
  it('rejects an unknown severity', () => rejects('severity: hgh\n', 1, /'severity': unknown value 'hgh' \(did you mean high\?\)/))
  it('rejects an unknown failOn level', () => rejects('failOn: never\n', 1, /'failOn': unknown value 'never'.*none/))
  it('rejects an unknown format', () => rejects('formats: [console, xml]\n', 1, /'formats': unknown value 'xml'/))
  it('rejects an unknown framework', () => rejects('frameworks:\n  - cis-7\n', 2, /'frameworks': unknown value 'cis-7' \(did you mean cis-7.0\?\)/))
  it('rejects a mutelist that is neither a path nor a list', () => rejects('mutelist: { checks: [a] }\n', 1, /'mutelist' \(a file path or a list of rules\) must be text/))
  it('rejects an invalid inline mutelist rule at its line', () => rejects('mutelist:\n  - checks: [lambda-*]\n    reason: ok\n  - checks: [lambda-*]\n', 4, /rule 2: 'reason' is required/))
  it('rejects checkOptions for an unknown check', () => rejects('checkOptions:\n  lambda-runtime-suported:\n    leadDays: 1\n', 2, /checkOptions: unknown check 'lambda-runtime-suported' \(did you mean lambda-runtime-supported\?\)/))
  it('rejects an unknown option, listing the options', () => rejects('checkOptions:\n  lambda-runtime-supported:\n    leadDay: 1\n', 3, /checkOptions\.lambda-runtime-supported: unknown option 'leadDay' \(did you mean leadDays\?\) \(options: leadDays\)/))
  it('rejects options for a check that takes none', () => rejects('checkOptions:\n  lambda-function-url-auth-required:\n    x: 1\n', 3, /this check takes no options/))
  it('rejects an option of the wrong type', () => rejects("checkOptions:\n  lambda-runtime-supported:\n    leadDays: '90'\n", 3, /checkOptions\.lambda-runtime-supported\.leadDays must be a number \(got text '90'\)/))
  it('rejects a fractional value for a whole-number option', () => rejects('checkOptions:\n  lambda-runtime-supported:\n    leadDays: 1.5\n', 3, /leadDays must be a whole number/))
  it('rejects a list of the wrong element type', () => rejects('checkOptions:\n  lambda-layers-from-trusted-accounts:\n    trustedAccounts: [444455556666]\n', 3, /trustedAccounts must be a list of strings \(quote numbers such as account ids\) \(got a list\)/))
  it('rejects a scalar where a list is expected', () => rejects("checkOptions:\n  lambda-layers-from-trusted-accounts:\n    trustedAccounts: '444455556666'\n", 3, /trustedAccounts must be a list of strings/))
  it('rejects a check entry that is not a mapping', () => rejects('checkOptions:\n  lambda-runtime-supported: 90\n', 2, /checkOptions\.lambda-runtime-supported must be a mapping/))
  it('rejects invalid YAML with its line', () => rejects('profile: a\nregions: [eu-west-1\nseverity: high\n', 3, /not valid YAML/))
})

describe('typeProblem', () => {
  it('derives the expected type from the default value', () => {
    assert.equal(typeProblem(90, 30), undefined)
    assert.equal(typeProblem(0.5, 1), undefined)
    assert.equal(typeProblem(true, 'yes'), 'a boolean')
    assert.equal(typeProblem('strict', 3), 'a string')
    assert.equal(typeProblem([], ['a', 'b']), undefined)
    assert.equal(typeProblem([], ['a', 1]), 'a list of strings (quote numbers such as account ids)', 'an empty default list expects text')
    assert.equal(typeProblem([1, 2], [3]), undefined)
    assert.equal(typeProblem({ a: 1 }, [1]), 'a mapping')
    assert.equal(typeProblem(null, 'anything'), undefined)
  })
})

describe('loadConfig and findConfigFile', () => {
  it('finds clearsky.config.yaml in a folder, reads it, and names unreadable files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearsky-config-'))
    try {
      assert.equal(findConfigFile(dir), undefined)
      const file = join(dir, 'clearsky.config.yaml')
      writeFileSync(file, 'failOn: low\n')
      assert.equal(findConfigFile(dir), file)
      assert.equal(loadConfig(file, CATALOGUE).failOn, 'low')
      assert.throws(() => loadConfig(join(dir, 'missing.yaml'), CATALOGUE), /missing\.yaml: cannot read the configuration \(no such file\)/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
