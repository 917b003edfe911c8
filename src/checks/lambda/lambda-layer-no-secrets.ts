import { defineCheck, type Verdict } from '../../core/check.js'
import { CODE_NOT_ENABLED, layerLabel, leftOutFor, secretKind } from '../../analysis/code/archives.js'

export default defineCheck({
  meta: {
    id: 'lambda-layer-no-secrets',
    resourceType: 'lambda.function',
    title: 'Lambda layers used by the function hold no hard-coded secrets',
    severity: 'high',
    categories: ['secrets', 'supply-chain'],
    description:
      'With --inspect-code, every layer version the function uses is downloaded (once per scan, including layers published by other accounts when their layer policy lets you read them) and its files are searched for secrets the same way as the deployment package. The finding is reported on the function, because that is where the layer\'s code runs and whose role it can use; its subject is the layer version ARN. Without --inspect-code the check is skipped.',
    risk:
      'A layer is shared: a secret baked into it is readable by every account and principal that may call lambda:GetLayerVersion on it, and it is copied into every function that uses the layer. Layer versions are immutable, so the secret stays in every published version until each one is deleted.',
    remediation: {
      text: 'Publish a new layer version without the secret (read it at run time from Secrets Manager or SSM instead), move every function to the new version, delete the old layer versions, and rotate the secret.',
      cli: 'aws lambda publish-layer-version --layer-name <layer> --zip-file fileb://layer.zip --compatible-runtimes <runtime>\naws lambda update-function-configuration --function-name <name> --layers <new-layer-version-arn>\naws lambda delete-layer-version --layer-name <layer> --version-number <old-version>',
      cloudformation:
        'SharedLayer:\n  Type: AWS::Lambda::LayerVersion\n  Properties:\n    Content: { S3Bucket: my-artifacts, S3Key: layers/shared-without-secret.zip }\nFunction:\n  Type: AWS::Lambda::Function\n  Properties:\n    Layers: [!Ref SharedLayer]',
      terraform:
        'resource "aws_lambda_layer_version" "shared" {\n  layer_name = "shared"\n  filename   = "layers/shared-without-secret.zip"\n}\n\nresource "aws_lambda_function" "this" {\n  # ...\n  layers = [aws_lambda_layer_version.shared.arn]\n}',
    },
    messages: {
      clean: 'No hard-coded secret found in the {{count}} layer(s) of {{name}}.',
      secret: 'Layer {{layer}} used by {{name}} holds a hard-coded secret ({{kind}}) at {{path}}:{{line}}.',
    },
    liveOnly: true,
  },
  evaluate(fn, { pass, fail, skip, unknown }) {
    if (fn.layers.length === 0) return skip('the function has no layers')
    // `unresolved` is read first so that a layer that could not be read does not turn the
    // verdicts about the other layers into unknown.
    const unresolved = fn.unresolved ?? {}
    const verdicts: Verdict[] = []
    let inspected = 0
    let notEnabled = 0
    for (const [i, layer] of fn.layers.entries()) {
      const at = `layers.${i}.code`
      const label = layerLabel(layer.arn)
      if (Object.hasOwn(unresolved, at)) {
        verdicts.push(unknown(`layer ${label} could not be inspected: ${unresolved[at]}`, { at }))
        continue
      }
      const code = layer.code
      if (!code) {
        notEnabled++
        continue
      }
      if (!code.inspected) continue
      inspected++
      for (const s of code.secrets)
        verdicts.push(fail('secret', { data: { name: fn.name, layer: label, kind: secretKind(s.patternId), path: s.path, line: s.line }, at: `${at}.secrets`, subject: `${layer.arn}:${s.path}:${s.line}` }))
      const left = leftOutFor(code, 'secrets')
      if (left && code.secrets.length === 0) verdicts.push(unknown(`no secret found in layer ${label}, but not every file could be analyzed: ${left.detail}`, { at: `${at}.truncated` }))
    }
    if (verdicts.length) return verdicts
    if (notEnabled === fn.layers.length) return skip(CODE_NOT_ENABLED)
    if (notEnabled > 0) return unknown('some layers carry no inspection result', { at: 'layers' })
    if (inspected === 0) return skip('no layer was inspected')
    return pass('clean', { name: fn.name, count: inspected })
  },
})
