import check from './ecr-repository-scan-on-push.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecrRepository } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'basic scan on push', resource: ecrRepository() },
    { name: 'enhanced continuous', resource: ecrRepository({ scanOnPush: false, registryScanning: { type: 'ENHANCED', frequency: 'CONTINUOUS_SCAN' } }) },
    { name: 'repository flag, registry not known (template)', resource: ecrRepository({ registryScanning: undefined }) },
  ],
  invalid: [
    { name: 'nothing scans', resource: ecrRepository({ scanOnPush: false, registryScanning: { type: 'BASIC', frequency: 'MANUAL' } }), messageId: 'not-scanned', at: 'scanOnPush' },
    { name: 'enhanced mode, no rule matches (repository flag ignored)', resource: ecrRepository({ scanOnPush: true, registryScanning: { type: 'ENHANCED', frequency: 'MANUAL' } }), messageId: 'not-scanned', at: 'registryScanning' },
  ],
  unknown: [{ name: 'registry scanning configuration unreadable', resource: ecrRepository({ scanOnPush: false, unresolved: { registryScanning: 'AccessDenied (ecr:GetRegistryScanningConfiguration)' } }) }],
  iac: {
    cloudformation: {
      good: ['Repo:\n  Type: AWS::ECR::Repository\n  Properties: { ImageScanningConfiguration: { ScanOnPush: true } }\n'],
      bad: ['Repo:\n  Type: AWS::ECR::Repository\n  Properties: { RepositoryName: orders }\n'],
    },
    terraform: {
      good: ['resource "aws_ecr_repository" "r" {\n  name = "orders"\n  image_scanning_configuration {\n    scan_on_push = true\n  }\n}\n'],
      bad: ['resource "aws_ecr_repository" "r" {\n  name = "orders"\n}\n'],
    },
  },
})
