import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ecr-repository-immutable-tags',
    resourceType: 'ecr.repository',
    title: 'ECR repository tags are immutable',
    severity: 'medium',
    categories: ['supply-chain'],
    description: 'Checks that image tags in the repository cannot be overwritten: IMMUTABLE passes, and IMMUTABLE_WITH_EXCLUSION passes with its exclusion filters left to review; MUTABLE and MUTABLE_WITH_EXCLUSION fail.',
    risk: 'With mutable tags anyone who can push can replace the image behind a tag that deployments already trust (v1.4.2, prod): a compromised CI job silently ships different code under the same name.',
    remediation: {
      text: 'Make tags immutable and deploy by digest or by unique version tags. Tags like latest then need a new name per build.',
      cli: 'aws ecr put-image-tag-mutability --repository-name <name> --image-tag-mutability IMMUTABLE',
      cloudformation: 'Repository:\n  Type: AWS::ECR::Repository\n  Properties:\n    RepositoryName: orders\n    ImageTagMutability: IMMUTABLE',
      terraform: 'resource "aws_ecr_repository" "orders" {\n  name                 = "orders"\n  image_tag_mutability = "IMMUTABLE"\n}',
    },
    messages: {
      immutable: 'Tags of repository {{name}} are immutable ({{setting}}).',
      mutable: 'Tags of repository {{name}} can be overwritten ({{setting}}).',
    },
  },
  evaluate(repo, { pass, fail }) {
    const setting = repo.imageTagMutability
    return setting.startsWith('IMMUTABLE') ? pass('immutable', { name: repo.name, setting }) : fail('mutable', { data: { name: repo.name, setting }, at: 'imageTagMutability' })
  },
})
