import check from './ecs-capacity-provider-termination-protection.js'
import { testCheck } from '../../../test/check-tester.js'
import { ecsCapacityProvider } from '../../../test/factories/index.js'

const cfn = (extra: string) => `Provider:\n  Type: AWS::ECS::CapacityProvider\n  Properties:\n    Name: workers\n    AutoScalingGroupProvider:\n      AutoScalingGroupArn: arn:aws:autoscaling:us-east-1:111122223333:autoScalingGroup:0f1e:autoScalingGroupName/workers\n      ManagedScaling: { Status: ENABLED, TargetCapacity: 100 }\n${extra}`
const tf = (extra: string) => `resource "aws_ecs_capacity_provider" "workers" {\n  name = "workers"\n  auto_scaling_group_provider {\n    auto_scaling_group_arn = "arn:aws:autoscaling:us-east-1:111122223333:autoScalingGroup:0f1e:autoScalingGroupName/workers"\n${extra}    managed_scaling {\n      status = "ENABLED"\n    }\n  }\n}\n`

testCheck(check, {
  valid: [{ name: 'termination protection on', resource: ecsCapacityProvider() }],
  invalid: [
    { name: 'termination protection off', resource: ecsCapacityProvider({ managedTerminationProtection: 'DISABLED' }), messageId: 'unprotected', at: 'managedTerminationProtection' },
    { name: 'off without managed scaling', resource: ecsCapacityProvider({ managedTerminationProtection: 'DISABLED', managedScaling: 'DISABLED' }), messageId: 'unprotected' },
  ],
  unknown: [{ name: 'setting from a parameter', resource: ecsCapacityProvider({ unresolved: { managedTerminationProtection: '!Ref Protection' } }) }],
  skip: [
    { name: 'ECS Managed Instances provider', resource: ecsCapacityProvider({ autoScalingGroupArn: undefined, managedTerminationProtection: undefined, managedScaling: undefined }) },
    { name: 'deleted provider', resource: ecsCapacityProvider({ status: 'INACTIVE', managedTerminationProtection: 'DISABLED' }) },
  ],
  iac: {
    cloudformation: { good: [cfn('      ManagedTerminationProtection: ENABLED\n')], bad: [cfn(''), cfn('      ManagedTerminationProtection: DISABLED\n')] },
    terraform: { good: [tf('    managed_termination_protection = "ENABLED"\n')], bad: [tf(''), tf('    managed_termination_protection = "DISABLED"\n')] },
  },
})
