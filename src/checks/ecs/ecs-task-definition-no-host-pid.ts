import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ecs-task-definition-no-host-pid',
    resourceType: 'ecs.task-definition',
    title: 'ECS task definition does not share the host\'s process namespace',
    severity: 'high',
    categories: ['least-privilege'],
    description: 'Checks that the task definition does not set `pidMode: host`, which lets its containers see (and, as root, signal or trace) every process on the instance.',
    risk: 'With the host PID namespace a compromised container can inspect other tasks\' processes, read their environment and memory, and kill them.',
    remediation: {
      text: 'Remove pidMode (or set it to task) and register a new revision.',
      cli: 'aws ecs describe-task-definition --task-definition <family> --query taskDefinition > td.json\n# remove "pidMode": "host", then:\naws ecs register-task-definition --cli-input-json file://td.json',
      cloudformation: 'TaskDefinition:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    PidMode: task\n    ContainerDefinitions:\n      - Name: app\n        Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2',
      terraform: 'resource "aws_ecs_task_definition" "orders" {\n  family   = "orders"\n  pid_mode = "task"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2"\n  }])\n}',
    },
    messages: {
      isolated: 'Task definition {{name}} keeps its own process namespace.',
      'host-pid': 'Task definition {{name}} shares the host\'s process namespace (pidMode host).',
    },
  },
  evaluate(td, { pass, fail }) {
    return td.pidMode === 'host' ? fail('host-pid', { data: { name: td.name }, at: 'pidMode' }) : pass('isolated', { name: td.name })
  },
})
