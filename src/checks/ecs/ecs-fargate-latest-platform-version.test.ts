import check from './ecs-fargate-latest-platform-version.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsService } from '../../../test/factories/index.js'

const cfn = (extra: string) => `Svc:\n  Type: AWS::ECS::Service\n  Properties:\n    Cluster: prod\n    TaskDefinition: orders:1\n    LaunchType: FARGATE\n${extra}    NetworkConfiguration: { AwsvpcConfiguration: { Subnets: [subnet-a] } }\n`
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
    { name: 'Linux 1.3.0', resource: ecsService({ platformVersion: '1.3.0' }), messageId: 'outdated', at: 'platformVersion' },
    { name: 'capacity provider FARGATE pinned to 1.3.0', resource: ecsService({ launchType: undefined, capacityProviders: ['FARGATE', 'FARGATE_SPOT'], platformVersion: '1.3.0' }), messageId: 'outdated' },
    { name: 'Windows 0.9.0', resource: ecsService({ platformVersion: '0.9.0', platformFamily: 'WINDOWS_SERVER_2022_FULL' }), messageId: 'outdated' },
  ],
  unknown: [
    { name: 'version from a parameter', resource: ecsService({ platformVersion: '1.3.0', unresolved: { platformVersion: '!Ref PlatformVersion' } }) },
    { name: 'version that is not a number', resource: ecsService({ platformVersion: 'preview' }) },
  ],
  skip: [
    { name: 'EC2 launch type', resource: ecsService({ launchType: 'EC2', platformVersion: undefined }) },
    { name: 'EC2 capacity provider', resource: ecsService({ launchType: undefined, capacityProviders: ['asg-provider'] }) },
  ],
  iac: {
    cloudformation: { good: [cfn('    PlatformVersion: LATEST\n'), cfn('')], bad: [cfn('    PlatformVersion: 1.3.0\n')] },
    terraform: { good: [tf('  platform_version = "1.4.0"\n'), tf('')], bad: [tf('  platform_version = "1.3.0"\n')] },
  },
})
