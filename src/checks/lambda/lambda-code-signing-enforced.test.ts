import check from './lambda-code-signing-enforced.js'
import { testCheck } from '../../../test/check-tester.js'
import { REGION, codeSigningConfig, lambdaFunction } from '../../../test/factories/index.js'

// The factory function points at the factory code signing config (csc-1, Enforce).
const fn = lambdaFunction()
const cscGap = { resourceType: 'lambda.code-signing-config' as const, region: REGION, code: 'AccessDenied', message: 'lambda:GetCodeSigningConfig denied' }

testCheck(check, {
  valid: [{ name: 'config with policy Enforce', resource: fn, related: { 'lambda.code-signing-config': [codeSigningConfig()] } }],
  invalid: [
    { name: 'no code signing configuration', resource: lambdaFunction({ codeSigningConfigArn: null }), messageId: 'none', at: 'codeSigningConfigArn' },
    { name: 'config with policy Warn', resource: fn, related: { 'lambda.code-signing-config': [codeSigningConfig({ untrustedArtifactOnDeployment: 'Warn' })] }, messageId: 'warnOnly', at: 'codeSigningConfigArn' },
  ],
  unknown: [
    { name: 'the config could not be read', resource: fn, gaps: [cscGap] },
    { name: 'the config is not in the inventory', resource: fn },
    { name: 'the function\'s config could not be read', resource: lambdaFunction({ codeSigningConfigArn: null, unresolved: { codeSigningConfigArn: 'AccessDenied (lambda:GetFunctionCodeSigningConfig)' } }) },
    { name: 'policy from an unresolved parameter', resource: fn, related: { 'lambda.code-signing-config': [codeSigningConfig({ unresolved: { untrustedArtifactOnDeployment: '!Ref Policy' } })] } },
  ],
  skip: [{ name: 'container image', resource: lambdaFunction({ packageType: 'Image', runtime: undefined, handler: undefined, codeSigningConfigArn: null }) }],
})
