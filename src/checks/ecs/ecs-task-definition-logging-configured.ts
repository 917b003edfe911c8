import { defineCheck, type Verdict } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ecs-task-definition-logging-configured',
    resourceType: 'ecs.task-definition',
    title: 'ECS containers send their logs somewhere',
    severity: 'high',
    categories: ['logging'],
    description: 'Checks that every container definition has a logConfiguration (awslogs, awsfirelens, splunk …).',
    risk: 'Without a log driver the container\'s output stays on the instance (or is lost with a Fargate task): errors, security events and evidence of compromise disappear when the task stops.',
    remediation: {
      text: 'Add a logConfiguration (for example the awslogs driver to a log group with retention) to each container and register a new revision.',
      cli: 'aws ecs describe-task-definition --task-definition <family> --query taskDefinition > td.json\n# add "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/orders", "awslogs-region": "<region>", "awslogs-stream-prefix": "app"}}, then:\naws ecs register-task-definition --cli-input-json file://td.json',
      cloudformation: 'TaskDefinition:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions:\n      - Name: app\n        Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2\n        LogConfiguration:\n          LogDriver: awslogs\n          Options: { awslogs-group: /ecs/orders, awslogs-region: us-east-1, awslogs-stream-prefix: app }',
      terraform: 'resource "aws_ecs_task_definition" "orders" {\n  family = "orders"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2"\n    logConfiguration = {\n      logDriver = "awslogs"\n      options   = { "awslogs-group" = "/ecs/orders", "awslogs-region" = "us-east-1", "awslogs-stream-prefix" = "app" }\n    }\n  }])\n}',
    },
    messages: {
      configured: 'Every container of task definition {{name}} has a log configuration.',
      missing: 'Container {{container}} of task definition {{name}} has no log configuration.',
    },
  },
  evaluate(td, { pass, fail }) {
    const verdicts: Verdict[] = []
    td.containers.forEach((c, i) => {
      if (!c.logDriver) verdicts.push(fail('missing', { data: { name: td.name, container: c.name }, at: `containers.${i}.logDriver`, subject: `container ${c.name}` }))
    })
    return verdicts.length ? verdicts : pass('configured', { name: td.name })
  },
})
