import check from './lambda-layer-no-secrets.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'
import { codeInspection, LAYER_ARN, VENDOR_LAYER_ARN } from '../../../test/factories/code.js'

const secret = { path: 'python/settings.py', line: 4, patternId: 'aws-secret-access-key' }

testCheck(check, {
  valid: [
    { name: 'every layer inspected and clean', resource: lambdaFunction({ layers: [{ arn: LAYER_ARN, code: codeInspection() }, { arn: VENDOR_LAYER_ARN, code: codeInspection() }] }) },
  ],
  invalid: [
    { name: 'a secret in a layer', resource: lambdaFunction({ layers: [{ arn: LAYER_ARN, code: codeInspection({ secrets: [secret] }) }] }), messageId: 'secret', at: 'layers.0.code.secrets' },
    {
      name: 'a secret in the second layer while the first could not be read: the finding is not hidden',
      resource: lambdaFunction({
        layers: [{ arn: VENDOR_LAYER_ARN }, { arn: LAYER_ARN, code: codeInspection({ secrets: [secret] }) }],
        unresolved: { 'layers.0.code': 'AccessDenied (lambda:GetLayerVersion)' },
      }),
      messageId: 'secret',
      at: 'layers.1.code.secrets',
    },
  ],
  unknown: [
    { name: 'a layer of another account that may not be read', resource: lambdaFunction({ layers: [{ arn: VENDOR_LAYER_ARN }], unresolved: { 'layers.0.code': 'AccessDenied (lambda:GetLayerVersion)' } }) },
    {
      name: 'nothing found, but a file of the layer was left out',
      resource: lambdaFunction({ layers: [{ arn: LAYER_ARN, code: codeInspection({ truncated: [{ reason: 'compression-ratio', count: 1, paths: ['blob.txt'], affects: ['secrets'], detail: 'ratio' }] }) }] }),
    },
  ],
  skip: [
    { name: 'no layers', resource: lambdaFunction({ code: codeInspection() }) },
    { name: 'code inspection not enabled', resource: lambdaFunction({ layers: [{ arn: LAYER_ARN }] }) },
  ],
})
