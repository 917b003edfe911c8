import check from './ecs-task-definition-windows-non-admin-user.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsContainer, ecsTaskDefinition } from '../../../test/factories/index.js'

const WIN = 'WINDOWS_SERVER_2022_CORE'
const tf = (os: string, user: string) => `resource "aws_ecs_task_definition" "td" {\n  family = "web"\n  runtime_platform {\n    operating_system_family = "${os}"\n  }\n  container_definitions = jsonencode([{ name = "iis", image = "iis:1"${user} }])\n}\n`
const cfn = (os: string, user: string) => `TaskDef:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    Family: web\n    RuntimePlatform: { OperatingSystemFamily: ${os} }\n    ContainerDefinitions: [{ Name: iis, Image: "iis:1"${user} }]\n`

testCheck(check, {
  valid: [
    { name: 'Windows with ContainerUser', resource: ecsTaskDefinition({ operatingSystemFamily: WIN, containers: [ecsContainer({ user: 'ContainerUser' })] }) },
    { name: 'no runtime platform, a named user', resource: ecsTaskDefinition({ containers: [ecsContainer({ user: '1000' })] }) },
  ],
  invalid: [
    { name: 'Windows without user', resource: ecsTaskDefinition({ operatingSystemFamily: WIN, containers: [ecsContainer({ user: undefined })] }), messageId: 'no-user', at: 'containers.0.user' },
    { name: 'ContainerAdministrator in any case', resource: ecsTaskDefinition({ operatingSystemFamily: 'WINDOWS_SERVER_2019_FULL', containers: [ecsContainer({ name: 'a', user: 'ContainerUser' }), ecsContainer({ name: 'b', user: 'containerAdministrator' })] }), messageId: 'admin', at: 'containers.1.user', count: 1 },
    { name: 'no runtime platform and no user (judged as AWS does)', resource: ecsTaskDefinition({ containers: [ecsContainer({ user: undefined })] }), messageId: 'no-user' },
  ],
  unknown: [
    { name: 'user from a parameter', resource: ecsTaskDefinition({ operatingSystemFamily: WIN, unresolved: { 'containers.0.user': '!Ref User' } }) },
    { name: 'operating system from a parameter', resource: ecsTaskDefinition({ operatingSystemFamily: 'LINUX', unresolved: { operatingSystemFamily: '!Ref Os' } }) },
  ],
  skip: [{ name: 'Linux task definition without user', resource: ecsTaskDefinition({ operatingSystemFamily: 'LINUX', containers: [ecsContainer({ user: undefined })] }) }],
  iac: {
    cloudformation: { good: [cfn(WIN, ', User: ContainerUser'), cfn('LINUX', '')], bad: [cfn(WIN, ''), cfn(WIN, ', User: ContainerAdministrator')] },
    terraform: { good: [tf(WIN, ', user = "ContainerUser"'), tf('LINUX', '')], bad: [tf(WIN, ''), tf('WINDOWS_SERVER_2019_CORE', ', user = "ContainerAdministrator"')] },
  },
})
