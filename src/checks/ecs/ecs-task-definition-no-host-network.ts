import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ecs-task-definition-no-host-network',
    resourceType: 'ecs.task-definition',
    title: 'ECS task definition does not use the host network mode',
    severity: 'medium',
    categories: ['network', 'least-privilege'],
    description: 'Checks the network mode of the latest active revision of each task definition family: `host` fails, whatever user the containers run as; `awsvpc`, `bridge` (the EC2 default when none is set) and `none` pass.',
    risk: 'In host mode the containers use the instance\'s own network stack: they can reach services listening only on the instance\'s loopback interface, send traffic as the instance, and bind any of its ports; port mappings and per-task security groups no longer separate them.',
    remediation: {
      text: 'Register a new revision in the awsvpc network mode (each task gets its own network interface and security groups) or bridge mode, and move the services to it. Task definitions created by AWS Batch take their network mode from the job type.',
      cli: 'aws ecs describe-task-definition --task-definition <family> --query taskDefinition > td.json\n# set "networkMode": "awsvpc" (drop the read-only fields describe returns), then:\naws ecs register-task-definition --cli-input-json file://td.json',
      cloudformation: 'TaskDefinition:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    NetworkMode: awsvpc\n    ContainerDefinitions:\n      - Name: app\n        Image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2',
      terraform: 'resource "aws_ecs_task_definition" "orders" {\n  family       = "orders"\n  network_mode = "awsvpc"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "111122223333.dkr.ecr.us-east-1.amazonaws.com/orders:1.4.2"\n  }])\n}',
    },
    messages: {
      isolated: 'Task definition {{name}} uses the {{mode}} network mode, not the host network.',
      host: 'Task definition {{name}} runs its containers on the host network.',
    },
  },
  evaluate(td, { pass, fail }) {
    if (td.networkMode === 'host') return fail('host', { data: { name: td.name }, at: 'networkMode' })
    return pass('isolated', { name: td.name, mode: td.networkMode ?? 'default (bridge)' })
  },
})
