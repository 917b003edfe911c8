import check from './ecs-task-definition-host-network-non-root.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsContainer, ecsTaskDefinition } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'awsvpc', resource: ecsTaskDefinition() }, { name: 'host mode, non-root', resource: ecsTaskDefinition({ networkMode: 'host' }) }],
  invalid: [{ name: 'host mode, root', resource: ecsTaskDefinition({ networkMode: 'host', containers: [ecsContainer({ user: undefined })] }), messageId: 'host-root', at: 'networkMode' }],
  unknown: [{ name: 'network mode from a parameter', resource: ecsTaskDefinition({ unresolved: { networkMode: '!Ref Mode' } }) }],
  iac: {
    cloudformation: {
      good: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    NetworkMode: awsvpc\n    ContainerDefinitions: [{ Name: app, Image: "orders:1" }]\n'],
      bad: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    NetworkMode: host\n    ContainerDefinitions: [{ Name: app, Image: "orders:1" }]\n'],
    },
    terraform: {
      good: ['resource "aws_ecs_task_definition" "td" {\n  family       = "orders"\n  network_mode = "host"\n  container_definitions = jsonencode([{ name = "app", image = "orders:1", user = "1000" }])\n}\n'],
      bad: ['resource "aws_ecs_task_definition" "td" {\n  family       = "orders"\n  network_mode = "host"\n  container_definitions = jsonencode([{ name = "app", image = "orders:1" }])\n}\n'],
    },
  },
})
