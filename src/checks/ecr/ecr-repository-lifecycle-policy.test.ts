import check from './ecr-repository-lifecycle-policy.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecrRepository } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'lifecycle policy', resource: ecrRepository() }],
  invalid: [{ name: 'none', resource: ecrRepository({ hasLifecyclePolicy: false }), messageId: 'missing', at: 'hasLifecyclePolicy' }],
  unknown: [{ name: 'lifecycle policy unreadable', resource: ecrRepository({ hasLifecyclePolicy: false, unresolved: { hasLifecyclePolicy: 'AccessDenied (ecr:GetLifecyclePolicy)' } }) }],
  iac: {
    cloudformation: {
      good: ['Repo:\n  Type: AWS::ECR::Repository\n  Properties:\n    LifecyclePolicy: { LifecyclePolicyText: \'{"rules":[]}\' }\n'],
      bad: ['Repo:\n  Type: AWS::ECR::Repository\n  Properties: { RepositoryName: orders }\n'],
    },
    terraform: {
      good: ['resource "aws_ecr_repository" "r" {\n  name = "orders"\n}\nresource "aws_ecr_lifecycle_policy" "r" {\n  repository = aws_ecr_repository.r.name\n  policy     = "{\\"rules\\":[]}"\n}\n'],
      bad: ['resource "aws_ecr_repository" "r" {\n  name = "orders"\n}\n'],
    },
  },
})
