import check from './ecs-task-definition-no-host-network.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsContainer, ecsTaskDefinition } from '../../../test/factories/index.js'

const tf = (mode: string) => `resource "aws_ecs_task_definition" "td" {\n  family = "orders"\n${mode}  container_definitions = jsonencode([{ name = "app", image = "orders:1", user = "1000" }])\n}\n`

testCheck(check, {
  valid: [
    { name: 'awsvpc', resource: ecsTaskDefinition() },
    { name: 'no network mode (bridge on EC2)', resource: ecsTaskDefinition({ networkMode: undefined }) },
    { name: 'bridge', resource: ecsTaskDefinition({ networkMode: 'bridge' }) },
  ],
  invalid: [
    { name: 'host mode with non-root containers still fails', resource: ecsTaskDefinition({ networkMode: 'host' }), messageId: 'host', at: 'networkMode', count: 1 },
    { name: 'host mode with root and privileged containers', resource: ecsTaskDefinition({ networkMode: 'host', containers: [ecsContainer({ user: undefined, privileged: true })] }), messageId: 'host' },
  ],
  unknown: [{ name: 'network mode from a parameter', resource: ecsTaskDefinition({ unresolved: { networkMode: '!Ref NetworkMode' } }) }],
  iac: {
    cloudformation: {
      good: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    NetworkMode: awsvpc\n    ContainerDefinitions: [{ Name: app, Image: "orders:1" }]\n', 'TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions: [{ Name: app, Image: "orders:1" }]\n'],
      bad: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    NetworkMode: host\n    ContainerDefinitions: [{ Name: app, Image: "orders:1", User: "1000" }]\n'],
    },
    terraform: { good: [tf('  network_mode = "awsvpc"\n'), tf('')], bad: [tf('  network_mode = "host"\n')] },
  },
})
