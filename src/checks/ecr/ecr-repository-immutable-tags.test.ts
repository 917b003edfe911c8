import check from './ecr-repository-immutable-tags.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecrRepository } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'immutable', resource: ecrRepository() }, { name: 'immutable with exclusions', resource: ecrRepository({ imageTagMutability: 'IMMUTABLE_WITH_EXCLUSION' }) }],
  invalid: [{ name: 'mutable', resource: ecrRepository({ imageTagMutability: 'MUTABLE' }), messageId: 'mutable', at: 'imageTagMutability' }],
  unknown: [{ name: 'from a parameter', resource: ecrRepository({ unresolved: { imageTagMutability: '!Ref Mutability' } }) }],
  iac: {
    cloudformation: {
      good: ['Repo:\n  Type: AWS::ECR::Repository\n  Properties: { ImageTagMutability: IMMUTABLE }\n'],
      bad: ['Repo:\n  Type: AWS::ECR::Repository\n  Properties: { RepositoryName: orders }\n'],
    },
    terraform: {
      good: ['resource "aws_ecr_repository" "r" {\n  name                 = "orders"\n  image_tag_mutability = "IMMUTABLE"\n}\n'],
      bad: ['resource "aws_ecr_repository" "r" {\n  name = "orders"\n}\n'],
    },
  },
})
