import { defineCheck } from '../../core/check.js'

function requiredKeysOption(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return [...new Set(value.filter((k): k is string => typeof k === 'string').map((k) => k.trim()).filter(Boolean))]
}

export default defineCheck({
  meta: {
    id: 'lambda-required-tags',
    resourceType: 'lambda.function',
    title: 'Lambda function carries the required tags',
    severity: 'low',
    categories: ['governance'],
    description:
      'Checks that the function has every tag key listed in the option `requiredKeys` (default: none, so the check is skipped until you list your keys, e.g. [owner, cost-center, data-classification]). Keys are compared exactly, since AWS tag keys are case-sensitive; an empty value counts as present. Tags that could not be read (lambda:ListTags denied) make the verdict unknown.',
    risk: 'Untagged functions have no recorded owner, cost centre or data classification: incidents cannot be routed, costs cannot be allocated, tag-based access control (aws:ResourceTag conditions) and tag-driven automation skip them, and orphaned functions linger because nobody knows whether they are still needed.',
    remediation: {
      text: 'Add the missing tags to the function, and set them in your infrastructure code (or as default tags of the stack or provider) so every new function gets them; an AWS Organizations tag policy can enforce the keys account-wide.',
      cli: 'aws lambda tag-resource --resource <function-arn> --tags owner=<team>,cost-center=<id>',
      cloudformation: 'Type: AWS::Lambda::Function\nProperties:\n  Tags:\n    - Key: owner\n      Value: team-orders\n    - Key: cost-center\n      Value: "4711"',
      terraform: 'provider "aws" {\n  default_tags {\n    tags = { owner = "team-orders", cost-center = "4711" }\n  }\n}\n\nresource "aws_lambda_function" "this" {\n  # ...\n  tags = { data-classification = "internal" }\n}',
    },
    messages: {
      tagged: 'Function {{name}} has all {{count}} required tag(s).',
      missing: 'Function {{name}} lacks the required tag(s) {{keys}}.',
    },
    options: { requiredKeys: [] },
  },
  evaluate(fn, { pass, fail, skip, options }) {
    const required = requiredKeysOption(options['requiredKeys'])
    if (required.length === 0) return skip('no required tag keys configured')
    const tags = fn.tags ?? {}
    const missing = required.filter((k) => !Object.hasOwn(tags, k))
    return missing.length > 0 ? fail('missing', { data: { name: fn.name, keys: missing.join(', ') }, at: 'tags' }) : pass('tagged', { name: fn.name, count: required.length })
  },
})
