import check from './lambda-code-dependencies-no-known-vulnerabilities.js'
import { testCheck } from '../../../test/check-tester.js'
import { lambdaFunction } from '../../../test/factories/index.js'
import { codeInspection, LAYER_ARN, VENDOR_LAYER_ARN } from '../../../test/factories/code.js'
import type { CodeVulnerability } from '../../model/lambda.js'

const lodash: CodeVulnerability = {
  advisoryId: 'GHSA-jf85-cpcp-j695',
  aliases: ['CVE-2019-10744'],
  ecosystem: 'npm',
  name: 'lodash',
  version: '4.17.11',
  manifestPath: 'package-lock.json',
  severity: 'CRITICAL',
  fixedIn: '4.17.12',
}
const deps = [{ ecosystem: 'npm' as const, name: 'lodash', version: '4.17.21', manifestPath: 'package-lock.json' }]

testCheck(check, {
  valid: [
    { name: 'dependencies matched, none vulnerable', resource: lambdaFunction({ code: codeInspection({ dependencies: deps }) }) },
    { name: 'package and layer clean', resource: lambdaFunction({ code: codeInspection({ dependencies: deps }), layers: [{ arn: LAYER_ARN, code: codeInspection() }] }) },
  ],
  invalid: [
    { name: 'a vulnerable package in the deployment package', resource: lambdaFunction({ code: codeInspection({ dependencies: deps, vulnerabilities: [lodash] }) }), messageId: 'vulnerable', at: 'code.vulnerabilities' },
    {
      name: 'a vulnerable package in a layer, another layer unreadable: the finding is not hidden',
      resource: lambdaFunction({
        code: codeInspection(),
        layers: [{ arn: VENDOR_LAYER_ARN }, { arn: LAYER_ARN, code: codeInspection({ vulnerabilities: [{ ...lodash, manifestPath: 'nodejs/node_modules/lodash/package.json' }] }) }],
        unresolved: { 'layers.0.code': 'AccessDenied (lambda:GetLayerVersion)' },
      }),
      messageId: 'vulnerable',
      at: 'layers.1.code.vulnerabilities',
    },
    { name: 'an advisory without a severity or a fix', resource: lambdaFunction({ code: codeInspection({ vulnerabilities: [{ ...lodash, severity: undefined, fixedIn: undefined } as unknown as CodeVulnerability] }) }), messageId: 'vulnerable' },
  ],
  unknown: [
    { name: 'the package could not be read', resource: lambdaFunction({ unresolved: { code: 'AccessDenied (lambda:GetFunction)' } }) },
    {
      name: 'a lockfile over the limit was not read',
      resource: lambdaFunction({ code: codeInspection({ truncated: [{ reason: 'file-too-large', count: 1, paths: ['package-lock.json'], affects: ['dependencies', 'secrets'], detail: 'big lockfile' }] }) }),
    },
  ],
  skip: [
    { name: 'code inspection not enabled', resource: lambdaFunction() },
    { name: 'no advisory database given', resource: lambdaFunction({ code: codeInspection({ dependencies: deps, vulnerabilities: undefined }) }) },
    { name: 'container image', resource: lambdaFunction({ packageType: 'Image', code: codeInspection({ inspected: false, reason: 'container image' }) }) },
  ],
})
