import check from './rds-snapshot-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { rdsSnapshot } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'encrypted', resource: rdsSnapshot() }, { name: 'encrypted cluster snapshot', resource: rdsSnapshot({ kind: 'cluster' }) }],
  invalid: [{ name: 'unencrypted', resource: rdsSnapshot({ encrypted: false, kmsKeyId: undefined }), messageId: 'unencrypted', at: 'encrypted' }],
  unknown: [{ name: 'snapshots could not be listed', resource: rdsSnapshot(), gaps: [{ resourceType: 'rds.snapshot', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] }],
})
