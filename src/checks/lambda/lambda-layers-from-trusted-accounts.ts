import { defineCheck, type Verdict } from '../../core/check.js'

/** arn:<partition>:lambda:<region>:<account>:layer:<name>:<version> */
const LAYER_ARN = /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:(\d{12}):layer:([A-Za-z0-9_-]+)(?::(\d+))?$/

function trustedAccountsOption(value: unknown): Set<string> {
  return new Set(Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string').map((a) => a.trim()) : [])
}

function accountOf(arn: string | undefined): string | undefined {
  const parts = arn?.split(':')
  return parts && parts.length > 4 && /^\d{12}$/.test(parts[4] ?? '') ? parts[4] : undefined
}

export default defineCheck({
  meta: {
    id: 'lambda-layers-from-trusted-accounts',
    resourceType: 'lambda.function',
    title: 'Lambda layers come from the function\'s own account or a trusted account',
    severity: 'high',
    categories: ['supply-chain'],
    description:
      'Every layer of the function must be published by the function\'s own account or by an account listed in the option `trustedAccounts` (default: none). Layers published by AWS or by vendors are not trusted by default, because their account ids differ by region and product and trusting them is your decision: to accept, for example, the Lambda Insights extension or the AWS Parameters and Secrets extension, add the publishing account id shown in the finding (also listed in the AWS documentation of that layer for each region) to `trustedAccounts`. One finding per untrusted layer.',
    risk:
      'A layer is code that runs inside the function with the function\'s role and sees every event and secret it handles. A layer from another account can be replaced by a new version at any time by that account\'s owner, or be a look-alike of a well-known layer; a malicious or compromised version runs in your function on its next deployment.',
    remediation: {
      text: 'Copy third-party layers you depend on into your own account (download the version, review it, publish it as your own layer), or build their content into the deployment package. Where you decide to trust a publisher, add its account id to the trustedAccounts option of this check and pin the layer version.',
      cli: 'aws lambda get-layer-version-by-arn --arn <layer-version-arn> --query Content.Location --output text  # download, review, then:\naws lambda publish-layer-version --layer-name <name> --zip-file fileb://layer.zip\naws lambda update-function-configuration --function-name <name> --layers arn:aws:lambda:<region>:<account>:layer:<name>:<version>',
      cloudformation:
        'SharedLayer:\n  Type: AWS::Lambda::LayerVersion\n  Properties:\n    Content: { S3Bucket: my-artifacts, S3Key: layers/shared.zip }\nFunction:\n  Type: AWS::Lambda::Function\n  Properties:\n    Layers: [!Ref SharedLayer]  # a layer published by this account',
      terraform:
        'resource "aws_lambda_layer_version" "shared" {\n  layer_name = "shared"\n  filename   = "layers/shared.zip"\n}\n\nresource "aws_lambda_function" "this" {\n  # ...\n  layers = [aws_lambda_layer_version.shared.arn]\n}',
    },
    messages: {
      trusted: 'All {{count}} layer(s) of {{name}} come from its own account or a trusted account.',
      untrusted: 'Layer {{layer}} of {{name}} is published by account {{account}}, which is neither the function\'s account nor in trustedAccounts.',
    },
    options: { trustedAccounts: [] },
  },
  evaluate(fn, { pass, fail, skip, unknown, options, inventory }) {
    if (fn.layers.length === 0) return skip('the function has no layers')
    const own = fn.accountId || accountOf(fn.arn) || inventory.accountId || undefined
    const trusted = trustedAccountsOption(options['trustedAccounts'])
    const verdicts: Verdict[] = []
    for (const [i, layer] of fn.layers.entries()) {
      const at = `layers.${i}`
      const m = LAYER_ARN.exec(layer.arn)
      const account = m?.[1]
      if (!m || !account) {
        verdicts.push(unknown(`layer ${i} has no recognizable layer ARN, so its publisher is unknown`, { at }))
        continue
      }
      if (account === own || trusted.has(account)) continue
      if (own === undefined) {
        verdicts.push(unknown(`the function's own account is not known, so it cannot tell whether layer account ${account} is its own`, { at }))
        continue
      }
      verdicts.push(fail('untrusted', { data: { name: fn.name, layer: `${m[2]}${m[3] ? `:${m[3]}` : ''}`, account }, at, subject: layer.arn }))
    }
    return verdicts.length > 0 ? verdicts : pass('trusted', { name: fn.name, count: fn.layers.length })
  },
})
