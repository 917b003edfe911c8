import check from './ecs-task-definition-no-host-pid.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsTaskDefinition } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'own namespace', resource: ecsTaskDefinition() }, { name: 'task pid mode', resource: ecsTaskDefinition({ pidMode: 'task' }) }],
  invalid: [{ name: 'host pid mode', resource: ecsTaskDefinition({ pidMode: 'host' }), messageId: 'host-pid', at: 'pidMode' }],
  unknown: [{ name: 'pid mode from a parameter', resource: ecsTaskDefinition({ unresolved: { pidMode: '!Ref Pid' } }) }],
  iac: {
    cloudformation: {
      good: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions: [{ Name: app, Image: "orders:1" }]\n'],
      bad: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    PidMode: host\n    ContainerDefinitions: [{ Name: app, Image: "orders:1" }]\n'],
    },
    terraform: {
      good: ['resource "aws_ecs_task_definition" "td" {\n  family                = "orders"\n  container_definitions = jsonencode([{ name = "app", image = "orders:1" }])\n}\n'],
      bad: ['resource "aws_ecs_task_definition" "td" {\n  family                = "orders"\n  pid_mode              = "host"\n  container_definitions = jsonencode([{ name = "app", image = "orders:1" }])\n}\n'],
    },
  },
})
