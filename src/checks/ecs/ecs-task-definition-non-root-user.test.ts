import check from './ecs-task-definition-non-root-user.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsContainer, ecsTaskDefinition } from '../../../test/factories/index.js'

const tf = (extra: string) => 'resource "aws_ecs_task_definition" "td" {\n  family = "orders"\n  container_definitions = jsonencode([{\n    name  = "app"\n    image = "orders:1"\n' + extra + '  }])\n}\n'

testCheck(check, {
  valid: [{ name: 'uid 1000', resource: ecsTaskDefinition() }, { name: 'named user with group', resource: ecsTaskDefinition({ containers: [ecsContainer({ user: 'app:app' })] }) }],
  invalid: [
    { name: 'no user', resource: ecsTaskDefinition({ containers: [ecsContainer({ user: undefined })] }), messageId: 'root', at: 'containers.0.user' },
    { name: 'uid 0 with a group', resource: ecsTaskDefinition({ containers: [ecsContainer({ user: '0:1000' })] }), messageId: 'root' },
    { name: 'declared LINUX, user root', resource: ecsTaskDefinition({ operatingSystemFamily: 'LINUX', containers: [ecsContainer({ user: 'root' })] }), messageId: 'root' },
  ],
  unknown: [{ name: 'user from a parameter', resource: ecsTaskDefinition({ unresolved: { 'containers.0.user': '!Ref User' } }) }],
  skip: [{ name: 'Windows task definition without user', resource: ecsTaskDefinition({ operatingSystemFamily: 'WINDOWS_SERVER_2019_CORE', containers: [ecsContainer({ user: undefined })] }) }],
  iac: {
    cloudformation: {
      good: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions: [{ Name: app, Image: "orders:1", User: "1000" }]\n'],
      bad: ['TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: orders\n    ContainerDefinitions: [{ Name: app, Image: "orders:1", User: root }]\n'],
    },
    terraform: { good: [tf('    user = "1000:1000"\n')], bad: [tf('')] },
  },
})
