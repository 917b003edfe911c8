/**
 * Every check whose resource type maps onto CloudFormation or Terraform must be tested through
 * the real template pipeline for each mapped format (an `iac:` table in its .test.ts), unless it
 * declares itself live-only. IaC users need the finding before deploy, so a missing table is a
 * gap in coverage, not a detail.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHECKS } from '../../src/checks/index.js'
import { RESOURCE_TYPES, type ResourceType } from '../../src/model/resource-types.js'

const CHECKS_ROOT = 'src/checks'

/**
 * Formats a check cannot be tested in, with the reason: the format has no way to declare what
 * the check reads. Keep this list short; a check that reads only live state is `liveOnly` instead.
 */
const FORMAT_EXEMPTIONS: Record<string, Partial<Record<'cloudformation' | 'terraform', string>>> = {
  'ec2-default-sg-restricts-all-traffic': {
    cloudformation: 'CloudFormation has no resource for a VPC\'s default security group: a template can neither declare it nor remove its rules',
  },
}

/** The formats (`cloudformation`, `terraform`) whose keys appear inside the test file's `iac:` block. */
function iacFormatsInTest(text: string): Set<string> {
  const start = text.search(/\biac\s*:\s*\{/)
  const formats = new Set<string>()
  if (start < 0) return formats
  const block = text.slice(start)
  for (const format of ['cloudformation', 'terraform']) if (new RegExp(`\\b${format}\\s*:`).test(block)) formats.add(format)
  return formats
}

describe('iac coverage', () => {
  it('the detector reads iac blocks and nothing else', () => {
    assert.deepEqual([...iacFormatsInTest('testCheck(c, { valid: [], iac: { cloudformation: { good: [], bad: [] }, terraform: { good: [], bad: [] } } })')].sort(), ['cloudformation', 'terraform'])
    assert.deepEqual([...iacFormatsInTest('testCheck(c, { valid: [], iac: { terraform: { good: [], bad: [] } } })')], ['terraform'])
    assert.deepEqual([...iacFormatsInTest('// cloudformation: terraform:\ntestCheck(c, { valid: [] })')], [])
  })

  it('exemptions name existing checks', () => {
    const ids = new Set(CHECKS.map((c) => c.meta.id))
    assert.deepEqual(Object.keys(FORMAT_EXEMPTIONS).filter((id) => !ids.has(id)), [])
  })

  it('every check with an IaC mapping has iac cases for each mapped format, or is liveOnly', () => {
    const missing: string[] = []
    for (const check of CHECKS) {
      const { id, resourceType, liveOnly } = check.meta
      if (liveOnly) continue
      const info = RESOURCE_TYPES[resourceType as ResourceType]
      const wanted = (['cloudformation', 'terraform'] as const).filter((f) => info[f] !== undefined)
      if (!wanted.length) continue
      const service = id.split('-')[0]!
      const testFile = join(CHECKS_ROOT, service, `${id}.test.ts`)
      const have = existsSync(testFile) ? iacFormatsInTest(readFileSync(testFile, 'utf8')) : new Set<string>()
      const lacking = wanted.filter((f) => !have.has(f) && !FORMAT_EXEMPTIONS[id]?.[f])
      if (lacking.length) missing.push(`${id} (${lacking.join(', ')})`)
    }
    assert.deepEqual(missing, [], `checks without iac cases (add them, or set meta.liveOnly with the reason):\n  ${missing.join('\n  ')}`)
  })
})
