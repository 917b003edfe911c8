import check from './ecs-service-no-public-ip.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsService } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [{ name: 'private tasks', resource: ecsService() }, { name: 'bridge mode, no setting', resource: ecsService({ assignPublicIp: undefined, launchType: 'EC2' }) }],
  invalid: [{ name: 'public IPs', resource: ecsService({ assignPublicIp: 'ENABLED' }), messageId: 'public', at: 'assignPublicIp' }],
  unknown: [{ name: 'setting from a parameter', resource: ecsService({ unresolved: { assignPublicIp: '!Ref PublicIp' } }) }],
  iac: {
    cloudformation: {
      good: ['Svc:\n  Type: AWS::ECS::Service\n  Properties:\n    Cluster: prod\n    TaskDefinition: orders:1\n    NetworkConfiguration: { AwsvpcConfiguration: { Subnets: [subnet-a], AssignPublicIp: DISABLED } }\n'],
      bad: ['Svc:\n  Type: AWS::ECS::Service\n  Properties:\n    Cluster: prod\n    TaskDefinition: orders:1\n    NetworkConfiguration: { AwsvpcConfiguration: { Subnets: [subnet-a], AssignPublicIp: ENABLED } }\n'],
    },
    terraform: {
      good: ['resource "aws_ecs_service" "s" {\n  name            = "orders"\n  cluster         = "prod"\n  task_definition = "orders:1"\n  network_configuration {\n    subnets = ["subnet-a"]\n  }\n}\n'],
      bad: ['resource "aws_ecs_service" "s" {\n  name            = "orders"\n  cluster         = "prod"\n  task_definition = "orders:1"\n  network_configuration {\n    subnets          = ["subnet-a"]\n    assign_public_ip = true\n  }\n}\n'],
    },
  },
})
