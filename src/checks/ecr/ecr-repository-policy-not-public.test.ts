import check from './ecr-repository-policy-not-public.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecrRepository } from '../../../test/factories/index.js'

const statement = (extra: object = {}) => ({ Version: '2012-10-17', Statement: [{ Sid: 'Pull', Effect: 'Allow' as const, Principal: '*' as const, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], ...extra }] })

testCheck(check, {
  valid: [
    { name: 'no policy', resource: ecrRepository() },
    { name: 'wildcard pinned to the organization', resource: ecrRepository({ policy: statement({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) }) },
  ],
  invalid: [
    { name: 'anyone may pull', resource: ecrRepository({ policy: statement() }), messageId: 'public', at: 'policy' },
    { name: 'any AWS account may pull', resource: ecrRepository({ policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::*:root' }, Action: 'ecr:BatchGetImage' }] } }), messageId: 'publicAuthenticated' },
  ],
  unknown: [{ name: 'policy unreadable', resource: ecrRepository({ unresolved: { policy: 'AccessDenied (ecr:GetRepositoryPolicy)' } }) }],
  iac: {
    cloudformation: {
      good: ['Repo:\n  Type: AWS::ECR::Repository\n  Properties: { RepositoryName: orders }\n'],
      bad: ['Repo:\n  Type: AWS::ECR::Repository\n  Properties:\n    RepositoryPolicyText:\n      Version: "2012-10-17"\n      Statement: [{ Effect: Allow, Principal: "*", Action: "ecr:BatchGetImage" }]\n'],
    },
    terraform: {
      good: ['resource "aws_ecr_repository" "r" {\n  name = "orders"\n}\n'],
      bad: ['resource "aws_ecr_repository" "r" {\n  name = "orders"\n}\nresource "aws_ecr_repository_policy" "r" {\n  repository = aws_ecr_repository.r.name\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Principal = "*", Action = "ecr:BatchGetImage" }]\n  })\n}\n'],
    },
  },
})
