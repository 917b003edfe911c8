import { defineCheck, type Verdict } from '../../core/check.js'

/** arn:<partition>:lambda:<region>:<account>:layer:<name>:<version> */
const LAYER_VERSION_ARN = /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:(\d{12}):layer:([A-Za-z0-9_-]+)):(\d+)$/

export default defineCheck({
  meta: {
    id: 'lambda-layer-version-current',
    resourceType: 'lambda.function',
    reads: ['lambda.layer'],
    title: 'Lambda function uses the newest version of its own layers',
    severity: 'info',
    categories: ['supply-chain', 'lifecycle'],
    description:
      'For each layer the function uses that its own account publishes, compares the version it pins with the newest version of that layer still published in the account (ListLayerVersions). Layers of other accounts are out of reach (their versions are not listed) and are left to lambda-layers-from-trusted-accounts; a layer whose versions have all been deleted is skipped, since there is nothing newer to move to. Live scans only: a template pins whatever version it deploys.',
    risk: 'Layers carry shared code — libraries, SDK wrappers, internal clients — and their fixes (security patches included) reach a function only when it is redeployed on the new version. A function left on an old version keeps the bugs and vulnerabilities the newer one removed, and drifts from its siblings.',
    remediation: {
      text: 'Update the function to the newest layer version after testing it, and pin that version in your infrastructure code; deleting superseded versions nobody should use stops new deployments from picking them.',
      cli: 'aws lambda list-layer-versions --layer-name <layer> --query \'LayerVersions[0].LayerVersionArn\'\naws lambda update-function-configuration --function-name <name> --layers <newest-layer-version-arn>  # list every layer the function keeps',
      cloudformation: 'Type: AWS::Lambda::Function\nProperties:\n  Layers:\n    - !Ref SharedLayerVersion   # the AWS::Lambda::LayerVersion of this stack: always its newest version',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  layers = [aws_lambda_layer_version.shared.arn] # the version this configuration publishes\n}',
    },
    messages: {
      current: '{{name}} uses the newest version of its {{count}} own layer(s).',
      outdated: '{{name}} uses version {{version}} of layer {{layer}}; version {{newest}} is the newest published.',
    },
    liveOnly: true,
  },
  evaluate(fn, { pass, fail, skip, unknown, inventory }) {
    const own = fn.accountId ?? inventory.accountId
    const verdicts: Verdict[] = []
    let compared = 0
    for (const [i, ref] of fn.layers.entries()) {
      const m = LAYER_VERSION_ARN.exec(ref.arn)
      const at = `layers.${i}`
      if (!m) {
        verdicts.push(unknown(`layer ${i} has no recognizable layer version ARN`, { at }))
        continue
      }
      const [, layerArn, account, layerName, versionText] = m
      if (own === undefined || account !== own) continue
      // A miss while layers could not be listed is turned into unknown by the engine.
      const layer = inventory.get('lambda.layer', layerArn!)
      if (!layer || layer.versions.length === 0) continue
      compared++
      const version = Number(versionText)
      const newest = Math.max(...layer.versions.map((v) => v.version))
      if (newest > version) verdicts.push(fail('outdated', { data: { name: fn.name, layer: layerName, version, newest }, at, subject: ref.arn }))
    }
    if (verdicts.length > 0) return verdicts
    if (compared === 0) return skip('the function uses no published layer of its own account')
    return pass('current', { name: fn.name, count: compared })
  },
})
