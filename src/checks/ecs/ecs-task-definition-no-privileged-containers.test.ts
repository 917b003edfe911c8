import check from './ecs-task-definition-no-privileged-containers.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsContainer, ecsTaskDefinition } from '../../../test/factories/index.js'

const tf = (extra: string) => 'resource "aws_ecs_task_definition" "td" {\n  family = "orders"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "orders:1"\n' + extra + '  }])\n}\n'

testCheck(check, {
  valid: [{ name: 'no privileged container', resource: ecsTaskDefinition() }],
  invalid: [{ name: 'sidecar privileged', resource: ecsTaskDefinition({ containers: [ecsContainer(), ecsContainer({ name: 'agent', privileged: true })] }), messageId: 'privileged', at: 'containers.1.privileged', count: 1 }],
  unknown: [{ name: 'privileged from a parameter', resource: ecsTaskDefinition({ unresolved: { 'containers.0.privileged': '!Ref Privileged' } }) }],
  iac: {
    cloudformation: {
      good: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions: [{ Name: app, Image: "orders:1" }]\n'],
      bad: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions: [{ Name: app, Image: "orders:1", Privileged: true }]\n'],
    },
    terraform: { good: [tf('')], bad: [tf('    privileged = true\n')] },
  },
})
