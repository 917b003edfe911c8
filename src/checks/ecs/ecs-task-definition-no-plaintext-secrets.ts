import { defineCheck, type Verdict } from '../../core/check.js'
import { detectEnvSecret } from '../../analysis/secrets/detect-env.js'
import { isSecretLookingName } from '../../analysis/secrets/names.js'

export default defineCheck({
  meta: {
    id: 'ecs-task-definition-no-plaintext-secrets',
    resourceType: 'ecs.task-definition',
    title: 'ECS task definition environment holds no plaintext secrets',
    severity: 'high',
    categories: ['secrets'],
    description: 'Looks at the plain `environment` variables of every container definition for secrets stored as values: known token formats (AWS access keys, GitHub, Slack, Stripe …), private keys, passwords in connection strings, literal values in variables named like secrets (DB_PASSWORD, API_TOKEN) and long random-looking tokens. Variables injected through `secrets` (Secrets Manager or SSM references) are not values and are fine. Messages name the container and variable and the kind of secret, never the value.',
    risk: 'Task definitions are returned in full to anyone with ecs:DescribeTaskDefinition — developers, CI roles, monitoring tools — and every revision keeps the value forever (revisions can be deregistered but not edited); the value is also in templates, Terraform state and deployment logs.',
    remediation: {
      text: 'Store the value in Secrets Manager or as an SSM SecureString parameter, reference it from the container\'s `secrets` list (the task execution role needs permission to read it), register a new revision, deregister the old ones, and rotate the exposed secret.',
      cli: 'aws secretsmanager create-secret --name orders/db-password --secret-string <value>\n# in the container definition: "secrets": [{"name": "DB_PASSWORD", "valueFrom": "<secret-arn>"}] instead of an environment entry\naws ecs register-task-definition --cli-input-json file://td.json',
      cloudformation: 'TaskDefinition:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ExecutionRoleArn: !GetAtt ExecutionRole.Arn\n    ContainerDefinitions:\n      - Name: app\n        Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2\n        Secrets:\n          - Name: DB_PASSWORD\n            ValueFrom: !Ref DbPasswordSecret',
      terraform: 'resource "aws_ecs_task_definition" "orders" {\n  family             = "orders"\n  execution_role_arn = aws_iam_role.execution.arn\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2"\n    secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db_password.arn }]\n  }])\n}',
    },
    messages: {
      clean: 'No plaintext secret found in the environment of task definition {{name}}.',
      secret: 'Variable {{variable}} of container {{container}} in task definition {{name}} holds a plaintext secret ({{kind}}).',
      'masked-secret': 'Variable {{variable}} of container {{container}} in task definition {{name}} held a plaintext secret when the snapshot was collected ({{kind}}; the value was masked).',
    },
  },
  evaluate(td, { pass, fail, skip, unknown }) {
    // Unresolved values are never read: reading one would turn every verdict into unknown.
    const unresolved = td.unresolved ?? {}
    if (!td.containers.some((c) => Object.keys(c.environment).length)) return skip('no container has plain environment variables')
    const verdicts: Verdict[] = []
    td.containers.forEach((c, i) => {
      for (const variable of Object.keys(c.environment)) {
        const at = `containers.${i}.environment.${variable}`
        if (Object.hasOwn(unresolved, at)) {
          if (isSecretLookingName(variable)) verdicts.push(unknown(`the value of ${variable} in container ${c.name} could not be resolved (${unresolved[at]})`, { at }))
          continue
        }
        const value = c.environment[variable]
        if (value === undefined) continue
        const found = detectEnvSecret(variable, value)
        if (found) verdicts.push(fail(found.masked ? 'masked-secret' : 'secret', { data: { name: td.name, container: c.name, variable, kind: found.label }, at, subject: `container ${c.name}` }))
      }
    })
    return verdicts.length ? verdicts : pass('clean', { name: td.name })
  },
})
