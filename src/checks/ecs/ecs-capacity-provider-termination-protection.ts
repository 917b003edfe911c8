import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ecs-capacity-provider-termination-protection',
    resourceType: 'ecs.capacity-provider',
    title: 'ECS Auto Scaling group capacity provider has managed termination protection',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks every capacity provider backed by an EC2 Auto Scaling group: managedTerminationProtection must be ENABLED (AWS\'s default is DISABLED). Providers without an Auto Scaling group (ECS Managed Instances) are skipped, as are deleted (INACTIVE) ones; AWS\'s own FARGATE and FARGATE_SPOT providers are not collected. The setting only works together with managed scaling and scale-in protection on the Auto Scaling group.',
    risk: 'Without it, a scale-in of the Auto Scaling group can terminate instances that still run tasks, stopping them abruptly instead of letting ECS drain the instance first.',
    remediation: {
      text: 'Turn on managed scaling and managed termination protection for the capacity provider, and scale-in protection for new instances on its Auto Scaling group.',
      cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name <asg> --new-instances-protected-from-scale-in\naws ecs update-capacity-provider --name <provider> --auto-scaling-group-provider "managedScaling={status=ENABLED,targetCapacity=100},managedTerminationProtection=ENABLED"',
      cloudformation: 'CapacityProvider:\n  Type: AWS::ECS::CapacityProvider\n  Properties:\n    Name: workers\n    AutoScalingGroupProvider:\n      AutoScalingGroupArn: !Ref WorkerGroup\n      ManagedScaling:\n        Status: ENABLED\n        TargetCapacity: 100\n      ManagedTerminationProtection: ENABLED\n# and on the AWS::AutoScaling::AutoScalingGroup: NewInstancesProtectedFromScaleIn: true',
      terraform: 'resource "aws_ecs_capacity_provider" "workers" {\n  name = "workers"\n  auto_scaling_group_provider {\n    auto_scaling_group_arn         = aws_autoscaling_group.workers.arn\n    managed_termination_protection = "ENABLED"\n    managed_scaling {\n      status          = "ENABLED"\n      target_capacity = 100\n    }\n  }\n}\n# and on aws_autoscaling_group.workers: protect_from_scale_in = true',
    },
    messages: {
      protected: 'Capacity provider {{name}} has managed termination protection.',
      unprotected: 'Capacity provider {{name}} lets its Auto Scaling group terminate instances that still run tasks: managed termination protection is {{value}}.',
    },
  },
  evaluate(cp, { pass, fail, skip }) {
    if (cp.status === 'INACTIVE') return skip('the capacity provider is deleted')
    if (cp.managedTerminationProtection === undefined) return skip('the capacity provider has no Auto Scaling group')
    return cp.managedTerminationProtection === 'ENABLED' ? pass('protected', { name: cp.name }) : fail('unprotected', { data: { name: cp.name, value: cp.managedTerminationProtection }, at: 'managedTerminationProtection' })
  },
})
