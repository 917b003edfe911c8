import check from './ecr-repository-policy-cross-account-trusted.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecrRepository } from '../../../test/factories/index.js'

const grant = (account: string) => ({ Version: '2012-10-17', Statement: [{ Sid: 'Partner', Effect: 'Allow' as const, Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: ['ecr:BatchGetImage'] }] })

testCheck(check, {
  valid: [
    { name: 'own account only', resource: ecrRepository({ policy: grant('111122223333') }) },
    { name: 'trusted partner', resource: ecrRepository({ policy: grant('444455556666') }), options: { trustedAccounts: ['444455556666'] } },
  ],
  invalid: [{ name: 'unknown partner', resource: ecrRepository({ policy: grant('444455556666') }), messageId: 'untrustedAccount', at: 'policy' }],
  unknown: [{ name: 'policy unreadable', resource: ecrRepository({ policy: grant('111122223333'), unresolved: { policy: 'AccessDenied' } }) }],
  skip: [{ name: 'no policy', resource: ecrRepository() }],
  iac: {
    cloudformation: {
      good: ['Repo:\n  Type: AWS::ECR::Repository\n  Properties:\n    RepositoryPolicyText:\n      Version: "2012-10-17"\n      Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "ecr:BatchGetImage" }]\n'],
      bad: ['Repo:\n  Type: AWS::ECR::Repository\n  Properties:\n    RepositoryPolicyText:\n      Version: "2012-10-17"\n      Statement: [{ Effect: Allow, Principal: { AWS: "arn:aws:iam::444455556666:root" }, Action: "ecr:BatchGetImage" }]\n'],
    },
    terraform: {
      good: ['resource "aws_ecr_repository" "r" {\n  name = "orders"\n}\nresource "aws_ecr_repository_policy" "r" {\n  repository = aws_ecr_repository.r.name\n  policy     = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "ecr:BatchGetImage" }] })\n}\n'],
      bad: ['resource "aws_ecr_repository" "r" {\n  name = "orders"\n}\nresource "aws_ecr_repository_policy" "r" {\n  repository = aws_ecr_repository.r.name\n  policy     = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::444455556666:root" }, Action = "ecr:BatchGetImage" }] })\n}\n'],
    },
  },
})
