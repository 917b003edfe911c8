import check from './config-recorder-records-all-resources.js'
import { testCheck } from '../../../test/check-tester.js'
import { configRecorder } from '../../../test/factories/index.js'

const euNoGlobal = configRecorder({ region: 'eu-west-1', includeGlobalResourceTypes: false })

testCheck(check, {
  valid: [
    { name: 'all types and global types here', resource: configRecorder() },
    { name: 'global types recorded in another region', resource: euNoGlobal, related: { 'config.recorder': [configRecorder()] } },
    { name: 'all-supported strategy', resource: configRecorder({ allSupported: false, recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES' }) },
  ],
  invalid: [
    { name: 'inclusion list', resource: configRecorder({ allSupported: false, recordingStrategy: 'INCLUSION_BY_RESOURCE_TYPES', resourceTypes: ['AWS::EC2::Instance'] }), messageId: 'partial', at: 'allSupported' },
    { name: 'exclusion list', resource: configRecorder({ allSupported: false, recordingStrategy: 'EXCLUSION_BY_RESOURCE_TYPES', exclusionResourceTypes: ['AWS::IAM::Role'] }), messageId: 'partial' },
    { name: 'no region records global types', resource: euNoGlobal, related: { 'config.recorder': [configRecorder({ includeGlobalResourceTypes: false })] }, messageId: 'noGlobal' },
    { name: 'only a service-linked recorder records global types', resource: euNoGlobal, related: { 'config.recorder': [configRecorder({ serviceLinked: true })] }, messageId: 'noGlobal' },
  ],
  unknown: [
    { name: 'recorders of another region could not be listed', resource: euNoGlobal, gaps: [{ resourceType: 'config.recorder', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
  ],
  skip: [{ name: 'service-linked recorder', resource: configRecorder({ serviceLinked: true, allSupported: false }) }],
})
