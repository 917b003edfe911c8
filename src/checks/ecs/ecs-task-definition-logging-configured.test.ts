import check from './ecs-task-definition-logging-configured.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsContainer, ecsTaskDefinition } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'awslogs', resource: ecsTaskDefinition() }],
  invalid: [{ name: 'no log configuration', resource: ecsTaskDefinition({ containers: [ecsContainer({ logDriver: undefined })] }), messageId: 'missing', at: 'containers.0.logDriver' }],
  unknown: [{ name: 'log driver from a parameter', resource: ecsTaskDefinition({ unresolved: { 'containers.0.logDriver': '!Ref Driver' } }) }],
  iac: {
    cloudformation: {
      good: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions: [{ Name: app, Image: "orders:1", LogConfiguration: { LogDriver: awslogs, Options: { awslogs-group: /ecs/orders } } }]\n'],
      bad: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions: [{ Name: app, Image: "orders:1" }]\n'],
    },
    terraform: {
      good: ['resource "aws_ecs_task_definition" "td" {\n  family                = "orders"\n  container_definitions = jsonencode([{ name = "app", image = "orders:1", logConfiguration = { logDriver = "awslogs" } }])\n}\n'],
      bad: ['resource "aws_ecs_task_definition" "td" {\n  family                = "orders"\n  container_definitions = jsonencode([{ name = "app", image = "orders:1" }])\n}\n'],
    },
  },
})
