import { defineCheck, type Verdict } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ecs-task-definition-no-privileged-containers',
    resourceType: 'ecs.task-definition',
    title: 'ECS task definition runs no privileged containers',
    severity: 'high',
    categories: ['least-privilege'],
    description: 'Checks every container definition of the latest active revision of each task definition family: `privileged: true` fails (each container is reported).',
    risk: 'A privileged container has root access to the host: it can read other tasks\' data and credentials, load kernel modules and escape to the instance, turning one compromised container into a compromised host.',
    remediation: {
      text: 'Remove privileged mode; grant only the Linux capabilities the container really needs (linuxParameters.capabilities.add), and register a new revision.',
      cli: 'aws ecs describe-task-definition --task-definition <family> --query taskDefinition > td.json\n# set "privileged": false in each container definition, drop the read-only fields, then:\naws ecs register-task-definition --cli-input-json file://td.json',
      cloudformation: 'TaskDefinition:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions:\n      - Name: app\n        Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2\n        Privileged: false',
      terraform: 'resource "aws_ecs_task_definition" "orders" {\n  family = "orders"\n  container_definitions = jsonencode([{\n    name       = "app"\n    image      = "111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2"\n    privileged = false\n  }])\n}',
    },
    messages: {
      unprivileged: 'No container of task definition {{name}} runs privileged.',
      privileged: 'Container {{container}} of task definition {{name}} runs in privileged mode.',
    },
  },
  evaluate(td, { pass, fail }) {
    const verdicts: Verdict[] = []
    td.containers.forEach((c, i) => {
      if (c.privileged) verdicts.push(fail('privileged', { data: { name: td.name, container: c.name }, at: `containers.${i}.privileged`, subject: `container ${c.name}` }))
    })
    return verdicts.length ? verdicts : pass('unprivileged', { name: td.name })
  },
})
