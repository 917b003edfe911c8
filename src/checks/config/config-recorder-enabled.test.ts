import check from './config-recorder-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { accountRegion, configRecorder } from '../../../test/factories/index.js'

const here = accountRegion()

testCheck(check, {
  valid: [
    { name: 'recording', resource: here, related: { 'config.recorder': [configRecorder()] } },
    { name: 'pending first recording', resource: here, related: { 'config.recorder': [configRecorder({ lastStatus: 'Pending' })] } },
  ],
  invalid: [
    { name: 'no recorder', resource: here, messageId: 'noRecorder' },
    { name: 'only a recorder in another region', resource: here, related: { 'config.recorder': [configRecorder({ region: 'eu-west-1' })] }, messageId: 'noRecorder' },
    { name: 'only a service-linked recorder', resource: here, related: { 'config.recorder': [configRecorder({ serviceLinked: true })] }, messageId: 'noRecorder' },
    { name: 'recorder stopped', resource: here, related: { 'config.recorder': [configRecorder({ recording: false })] }, messageId: 'notRecording' },
    { name: 'last recording failed', resource: here, related: { 'config.recorder': [configRecorder({ lastStatus: 'Failure', lastErrorCode: 'AccessDenied' })] }, messageId: 'failing' },
  ],
  unknown: [
    { name: 'recorders could not be listed here', resource: here, gaps: [{ resourceType: 'config.recorder', region: 'us-east-1', code: 'AccessDenied', message: 'config:DescribeConfigurationRecorders denied' }] },
    { name: 'recorder status unreadable', resource: here, related: { 'config.recorder': [configRecorder({ recording: false, unresolved: { recording: 'AccessDenied (config:DescribeConfigurationRecorderStatus)' } })] } },
  ],
})
