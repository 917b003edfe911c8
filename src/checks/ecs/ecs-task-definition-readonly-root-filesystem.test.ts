import check from './ecs-task-definition-readonly-root-filesystem.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsContainer, ecsTaskDefinition } from '../../../test/factories/index.js'

const tf = (extra: string) => 'resource "aws_ecs_task_definition" "td" {\n  family = "orders"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "orders:1"\n' + extra + '  }])\n}\n'

testCheck(check, {
  valid: [{ name: 'read-only', resource: ecsTaskDefinition() }],
  invalid: [{ name: 'writable', resource: ecsTaskDefinition({ containers: [ecsContainer({ readonlyRootFilesystem: false })] }), messageId: 'writable', at: 'containers.0.readonlyRootFilesystem' }],
  unknown: [{ name: 'from a parameter', resource: ecsTaskDefinition({ unresolved: { 'containers.0.readonlyRootFilesystem': '!Ref ReadOnly' } }) }],
  skip: [{ name: 'Windows task definition (the setting does not exist there)', resource: ecsTaskDefinition({ operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', containers: [ecsContainer({ readonlyRootFilesystem: false })] }) }],
  iac: {
    cloudformation: {
      good: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions: [{ Name: app, Image: "orders:1", ReadonlyRootFilesystem: true }]\n'],
      bad: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions: [{ Name: app, Image: "orders:1" }]\n'],
    },
    terraform: { good: [tf('    readonlyRootFilesystem = true\n')], bad: [tf('')] },
  },
})
