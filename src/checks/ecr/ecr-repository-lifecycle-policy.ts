import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ecr-repository-lifecycle-policy',
    resourceType: 'ecr.repository',
    title: 'ECR repository has a lifecycle policy',
    severity: 'medium',
    categories: ['lifecycle'],
    description: 'Checks that a lifecycle policy expires old images in the repository (untagged images, or images beyond a count or age).',
    risk: 'Without a lifecycle policy old images pile up: storage costs grow, and outdated images full of known vulnerabilities stay available for anyone to deploy or pull.',
    remediation: {
      text: 'Add a lifecycle policy that expires untagged images after a few days and keeps only the most recent tagged images.',
      cli: 'aws ecr put-lifecycle-policy --repository-name <name> --lifecycle-policy-text \'{"rules":[{"rulePriority":1,"description":"expire untagged","selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":7},"action":{"type":"expire"}}]}\'',
      cloudformation: 'Repository:\n  Type: AWS::ECR::Repository\n  Properties:\n    RepositoryName: orders\n    LifecyclePolicy:\n      LifecyclePolicyText: \'{"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":7},"action":{"type":"expire"}}]}\'',
      terraform: 'resource "aws_ecr_lifecycle_policy" "orders" {\n  repository = aws_ecr_repository.orders.name\n  policy = jsonencode({\n    rules = [{\n      rulePriority = 1\n      selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 7 }\n      action       = { type = "expire" }\n    }]\n  })\n}',
    },
    messages: {
      present: 'Repository {{name}} has a lifecycle policy.',
      missing: 'Repository {{name}} has no lifecycle policy.',
    },
  },
  evaluate(repo, { pass, fail }) {
    return repo.hasLifecyclePolicy ? pass('present', { name: repo.name }) : fail('missing', { data: { name: repo.name }, at: 'hasLifecyclePolicy' })
  },
})
