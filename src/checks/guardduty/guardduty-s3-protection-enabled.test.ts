import check from './guardduty-s3-protection-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { GUARDDUTY_FEATURES, cfnGuardDutyFeatureCases, guardDutyFeatureCases, tfGuardDutyFeatureCases } from '../../../test/builders/guardduty-features.js'

const feature = GUARDDUTY_FEATURES.s3DataEvents

testCheck(check, { ...guardDutyFeatureCases(feature), iac: { cloudformation: cfnGuardDutyFeatureCases(feature), terraform: tfGuardDutyFeatureCases(feature) } })
