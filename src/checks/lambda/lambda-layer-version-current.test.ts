import check from './lambda-layer-version-current.js'
import { testCheck } from '../../../test/check-tester.js'
import { ACCOUNT, REGION, lambdaFunction, lambdaLayer } from '../../../test/factories/index.js'

const layerArn = `arn:aws:lambda:${REGION}:${ACCOUNT}:layer:shared`
const version = (n: number) => ({ version: n, arn: `${layerArn}:${n}`, compatibleRuntimes: ['nodejs22.x'], policy: null })
const layer = lambdaLayer({ name: 'shared', versions: [version(2), version(3)] })
const using = (...arns: string[]) => lambdaFunction({ layers: arns.map((arn) => ({ arn })) })
const layerGap = { resourceType: 'lambda.layer' as const, region: REGION, code: 'AccessDenied', message: 'lambda:ListLayers denied' }

testCheck(check, {
  valid: [
    { name: 'the newest version', resource: using(`${layerArn}:3`), related: { 'lambda.layer': [layer] } },
    { name: 'newest own layer beside a vendor layer', resource: using(`${layerArn}:3`, 'arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:52'), related: { 'lambda.layer': [layer] } },
  ],
  invalid: [
    { name: 'an older version', resource: using(`${layerArn}:2`), related: { 'lambda.layer': [layer] }, messageId: 'outdated', at: 'layers.0' },
    { name: 'a version that was since deleted', resource: using(`${layerArn}:1`), related: { 'lambda.layer': [layer] }, messageId: 'outdated' },
    {
      name: 'the second of two own layers is old',
      resource: using(`${layerArn}:3`, `arn:aws:lambda:${REGION}:${ACCOUNT}:layer:utils:1`),
      related: { 'lambda.layer': [layer, lambdaLayer({ name: 'utils', versions: [{ ...version(4), arn: `arn:aws:lambda:${REGION}:${ACCOUNT}:layer:utils:4` }] })] },
      messageId: 'outdated',
      at: 'layers.1',
      count: 1,
    },
  ],
  unknown: [
    { name: 'layers could not be listed', resource: using(`${layerArn}:2`), gaps: [layerGap] },
    { name: 'the layer\'s versions could not be listed', resource: using(`${layerArn}:2`), related: { 'lambda.layer': [{ ...layer, versions: [], unresolved: { versions: 'AccessDenied (lambda:ListLayerVersions)' } }] } },
    { name: 'an unreadable layer reference', resource: using('not-an-arn') },
  ],
  skip: [
    { name: 'no layers', resource: lambdaFunction() },
    { name: 'only another account\'s layer', resource: using('arn:aws:lambda:us-east-1:580247275435:layer:LambdaInsightsExtension:52') },
    { name: 'an own layer with no version left', resource: using(`${layerArn}:2`) },
  ],
})
