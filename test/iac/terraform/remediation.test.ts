/**
 * Every check's documented Terraform remediation: one that is complete on its own (it declares
 * a resource of the check's type and everything it refers to) must parse and pass the check;
 * one that is a fragment is listed with the reason, so the catalogue shows which they are.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { CHECKS } from '../../../src/checks/index.js'
import type { Check } from '../../../src/core/check.js'
import { HclSyntaxError, parseHcl } from '../../../src/sources/terraform/hcl/parser.js'
import { terraformFindings, terraformRemediation, undeclaredReferences } from './snippets.js'

const describeFindings = (fs: { status: string; messageId: string; reason?: string }[]) => fs.map((f) => `${f.status}:${f.messageId}${f.reason ? ` (${f.reason})` : ''}`).join(', ') || '(none)'

describe('documented Terraform remediations', () => {
  const withSnippet = (CHECKS as readonly Check[]).filter((c) => c.meta.remediation.terraform && !c.meta.liveOnly)
  it('checks document a Terraform remediation', () => assert.ok(withSnippet.length > 10, `${withSnippet.length}`))
  for (const check of withSnippet) {
    const r = terraformRemediation(check)!
    if ('snippet' in r) {
      it(`${check.meta.id}: complete, and passes the check`, () => {
        const fs = terraformFindings(check, r.snippet)
        assert.ok(fs.length > 0, 'no verdict over the remediation snippet')
        assert.ok(fs.every((f) => f.status === 'pass' || f.status === 'skip'), describeFindings(fs))
      })
    } else {
      it(`${check.meta.id}: fragment — ${r.fragment}`, () => {
        // A fragment still has to be HCL a user can paste (placeholders aside).
        const text = check.meta.remediation.terraform!.replace(/<[a-z][^<>\n]*>/gi, 'placeholder')
        try {
          parseHcl(text)
        } catch (err) {
          assert.fail(`the snippet is not valid HCL: ${(err as HclSyntaxError).message}`)
        }
      })
    }
  }
})

describe('what makes a snippet a fragment', () => {
  it('references to what it does not declare', () => {
    const body = parseHcl('resource "aws_lambda_function" "this" {\n  kms_key_arn = aws_kms_key.k.arn\n  role = var.role\n  tags = { for k, v in local.tags : k => v }\n  name = data.aws_region.current.name\n}\nvariable "role" {}\n')
    assert.deepEqual(undeclaredReferences(body), ['aws_kms_key.k', 'data.aws_region.current', 'local.tags'])
  })
})
