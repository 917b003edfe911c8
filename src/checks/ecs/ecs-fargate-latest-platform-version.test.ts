import check from './ecs-fargate-latest-platform-version.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsService } from '../../../test/factories/index.js'

const cfn = (extra: string) => `Svc:\n  Type: AWS::ECS::Service\n  Properties:\n    Cluster: prod\n    TaskDefinition: orders:1\n    LaunchType: FARGATE\n${extra}    NetworkConfiguration: { AwsvpcConfiguration: { Subnets: [subnet-a] } }\n`
const cfnTask = (platform: string, version: string) => `Task:\n  Type: AWS::ECS::TaskDefinition\n  Properties:\n    RequiresCompatibilities: [FARGATE]\n    NetworkMode: awsvpc\n    Cpu: "1024"\n    Memory: "2048"\n${platform}    ContainerDefinitions: [{ Name: app, Image: app:1 }]\nSvc:\n  Type: AWS::ECS::Service\n  Properties:\n    Cluster: prod\n    TaskDefinition: !Ref Task\n    LaunchType: FARGATE\n    PlatformVersion: ${version}\n    NetworkConfiguration: { AwsvpcConfiguration: { Subnets: [subnet-a] } }\n`
const tfTask = (platform: string, version: string) => `resource "aws_ecs_task_definition" "t" {\n  family                   = "orders"\n  requires_compatibilities = ["FARGATE"]\n  network_mode             = "awsvpc"\n  cpu                      = "1024"\n  memory                   = "2048"\n  container_definitions    = jsonencode([{ name = "app", image = "app:1" }])\n${platform}}\n\nresource "aws_ecs_service" "s" {\n  name             = "orders"\n  cluster          = "prod"\n  task_definition  = aws_ecs_task_definition.t.arn\n  launch_type      = "FARGATE"\n  platform_version = "${version}"\n  network_configuration {\n    subnets = ["subnet-a"]\n  }\n}\n`
const WINDOWS_CFN = '    RuntimePlatform: { OperatingSystemFamily: WINDOWS_SERVER_2019_CORE, CpuArchitecture: X86_64 }\n'
const WINDOWS_TF = '  runtime_platform {\n    operating_system_family = "WINDOWS_SERVER_2019_CORE"\n    cpu_architecture        = "X86_64"\n  }\n'
const tf = (extra: string) => `resource "aws_ecs_service" "s" {\n  name            = "orders"\n  cluster         = "prod"\n  task_definition = "orders:1"\n  launch_type     = "FARGATE"\n${extra}  network_configuration {\n    subnets = ["subnet-a"]\n  }\n}\n`

testCheck(check, {
  valid: [
    { name: 'no version: AWS uses LATEST', resource: ecsService() },
    { name: 'LATEST', resource: ecsService({ platformVersion: 'LATEST' }) },
    { name: 'Linux 1.4.0', resource: ecsService({ platformVersion: '1.4.0', platformFamily: 'LINUX' }) },
    { name: 'Windows 1.0.0', resource: ecsService({ platformVersion: '1.0.0', platformFamily: 'WINDOWS_SERVER_2019_CORE' }) },
    { name: 'a version newer than the data file', resource: ecsService({ platformVersion: '1.5.0' }) },
    { name: 'FARGATE_SPOT capacity provider on LATEST', resource: ecsService({ launchType: undefined, capacityProviders: ['FARGATE_SPOT'], platformVersion: 'LATEST' }) },
  ],
  invalid: [
    { name: 'Linux 1.3.0', resource: ecsService({ platformVersion: '1.3.0', platformFamily: 'LINUX' }), messageId: 'outdated', at: 'platformVersion' },
    { name: 'capacity provider FARGATE pinned to 1.3.0', resource: ecsService({ launchType: undefined, capacityProviders: ['FARGATE', 'FARGATE_SPOT'], platformVersion: '1.3.0', platformFamily: 'LINUX' }), messageId: 'outdated' },
    { name: 'family not known, older than both latest versions', resource: ecsService({ platformVersion: '0.9.0' }), messageId: 'outdated' },
    { name: 'Windows 0.9.0', resource: ecsService({ platformVersion: '0.9.0', platformFamily: 'WINDOWS_SERVER_2022_FULL' }), messageId: 'outdated' },
  ],
  unknown: [
    { name: 'version from a parameter', resource: ecsService({ platformVersion: '1.3.0', unresolved: { platformVersion: '!Ref PlatformVersion' } }) },
    { name: 'version that is not a number', resource: ecsService({ platformVersion: 'preview' }) },
    // 1.0.0 is the latest Windows version but an old Linux one: without the family there is no telling.
    { name: 'family not known, 1.0.0', resource: ecsService({ platformVersion: '1.0.0' }) },
  ],
  skip: [
    { name: 'EC2 launch type', resource: ecsService({ launchType: 'EC2', platformVersion: undefined }) },
    { name: 'EC2 capacity provider', resource: ecsService({ launchType: undefined, capacityProviders: ['asg-provider'] }) },
  ],
  iac: {
    cloudformation: { good: [cfn('    PlatformVersion: LATEST\n'), cfn(''), cfnTask(WINDOWS_CFN, '1.0.0')], bad: [cfnTask('', '1.3.0'), cfnTask(WINDOWS_CFN, '0.9.0')] },
    terraform: { good: [tf('  platform_version = "1.4.0"\n'), tf(''), tfTask(WINDOWS_TF, '1.0.0')], bad: [tfTask('', '1.3.0'), tfTask(WINDOWS_TF, '0.9.0')] },
  },
})
