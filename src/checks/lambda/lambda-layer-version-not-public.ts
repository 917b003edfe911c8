import { defineCheck, type Verdict } from '../../core/check.js'
import { accountOfArn, analyzeExternalAccess, compilePolicy } from '../../analysis/iam/index.js'
import { statementMatchesAction } from '../../analysis/iam/compile.js'

/** The only action a layer version policy grants (AddLayerVersionPermission accepts nothing else). */
const USE_LAYER = 'lambda:GetLayerVersion'

export default defineCheck({
  meta: {
    id: 'lambda-layer-version-not-public',
    resourceType: 'lambda.layer',
    title: 'Lambda layer versions are not shared with every AWS account',
    severity: 'high',
    categories: ['public-exposure', 'supply-chain'],
    description:
      'Reads the policy of every version of the layer with the condition-aware IAM engine (src/analysis/iam, external-access analysis) and fails for each version whose policy lets any AWS account get it (lambda:GetLayerVersion for principal "*"). A "*" grant limited to an organisation (aws:PrincipalOrgID, what add-layer-version-permission --organization-id writes) or to named accounts is not public. One finding per public version; a layer whose versions have no policy passes.',
    risk: 'A public layer version can be downloaded by anyone with an AWS account (GetLayerVersion returns a link to its content): any code, configuration, credentials or internal endpoints packed into it are disclosed, and a look-alike layer in the account can be picked up by other people\'s functions.',
    remediation: {
      text: 'Remove the public statement from the layer version policy, and share it with specific accounts or your organisation instead. A statement cannot be edited: remove it and add a narrower one. Review what the version contains, since it may already have been downloaded.',
      cli: 'aws lambda get-layer-version-policy --layer-name <layer> --version-number <version>\naws lambda remove-layer-version-permission --layer-name <layer> --version-number <version> --statement-id <sid>\naws lambda add-layer-version-permission --layer-name <layer> --version-number <version> --statement-id org-only --action lambda:GetLayerVersion --principal "*" --organization-id <o-id>',
      cloudformation:
        'Type: AWS::Lambda::LayerVersionPermission\nProperties:\n  LayerVersionArn: !Ref SharedLayer\n  Action: lambda:GetLayerVersion\n  Principal: "*"\n  OrganizationId: o-exampleorgid   # or Principal: <account-id> without OrganizationId',
      terraform:
        'resource "aws_lambda_layer_version_permission" "org" {\n  layer_name      = aws_lambda_layer_version.shared.layer_arn\n  version_number  = aws_lambda_layer_version.shared.version\n  statement_id    = "org-only"\n  action          = "lambda:GetLayerVersion"\n  principal       = "*"\n  organization_id = "o-exampleorgid" # or principal = "<account-id>"\n}',
    },
    messages: {
      private: 'No version of layer {{name}} is shared with every AWS account ({{count}} version(s) checked).',
      public: 'Version {{version}} of layer {{name}} can be used by any AWS account: statement {{statement}} of its policy grants lambda:GetLayerVersion to "*".',
    },
  },
  evaluate(layer, { pass, fail, inventory }) {
    const owner = layer.accountId ?? inventory.accountId ?? accountOfArn(layer.arn ?? layer.id) ?? 'unknown-account'
    const verdicts: Verdict[] = []
    layer.versions.forEach((v, i) => {
      if (v.policy === null) return
      const compiled = compilePolicy(v.policy)
      const analysis = analyzeExternalAccess(v.policy, { ownerAccount: owner, ...(v.arn ? { resourceArn: v.arn } : {}) })
      for (const s of analysis.publicStatements) {
        const st = compiled.statements.find((c) => c.index === s.index)
        if (st && !statementMatchesAction(st, USE_LAYER)) continue
        verdicts.push(fail('public', { data: { name: layer.name, version: v.version, statement: s.label }, at: `versions.${i}.policy`, subject: v.arn || `${layer.name}:${v.version}` }))
      }
    })
    return verdicts.length > 0 ? verdicts : pass('private', { name: layer.name, count: layer.versions.length })
  },
})
