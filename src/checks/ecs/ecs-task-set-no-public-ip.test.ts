import check from './ecs-task-set-no-public-ip.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsTaskSet } from '../../../test/factories/index.js'

const cfn = (assign: string) => `TaskSet:\n  Type: AWS::ECS::TaskSet\n  Properties:\n    Cluster: prod\n    Service: checkout\n    TaskDefinition: checkout:3\n    LaunchType: FARGATE\n    NetworkConfiguration: { AwsVpcConfiguration: { Subnets: [subnet-a]${assign} } }\n`
const tf = (assign: string) => `resource "aws_ecs_task_set" "blue" {\n  cluster         = "prod"\n  service         = "checkout"\n  task_definition = "checkout:3"\n  launch_type     = "FARGATE"\n  network_configuration {\n    subnets = ["subnet-a"]\n${assign}  }\n}\n`

testCheck(check, {
  valid: [
    { name: 'no public IPs', resource: ecsTaskSet() },
    { name: 'no network configuration (bridge or host mode)', resource: ecsTaskSet({ assignPublicIp: undefined, launchType: 'EC2' }) },
  ],
  invalid: [{ name: 'public IPs', resource: ecsTaskSet({ assignPublicIp: 'ENABLED' }), messageId: 'public', at: 'assignPublicIp' }],
  unknown: [{ name: 'setting from a parameter', resource: ecsTaskSet({ unresolved: { assignPublicIp: '!Ref PublicIp' } }) }],
  iac: {
    cloudformation: { good: [cfn(', AssignPublicIp: DISABLED'), cfn('')], bad: [cfn(', AssignPublicIp: ENABLED')] },
    terraform: { good: [tf(''), tf('    assign_public_ip = false\n')], bad: [tf('    assign_public_ip = true\n')] },
  },
})
