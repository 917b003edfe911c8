import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ecs-task-set-no-public-ip',
    resourceType: 'ecs.task-set',
    title: 'ECS task set does not give its tasks public IP addresses',
    severity: 'high',
    categories: ['public-exposure', 'network'],
    description: 'Checks the awsvpc network configuration of each task set (the unit CodeDeploy blue/green and external deployment controllers deploy): assignPublicIp ENABLED fails. A task set without the setting gets DISABLED, AWS\'s default, and passes.',
    risk: 'Tasks of a task set with public IPs in a public subnet can be reached straight from the internet on every port their security groups open, around the load balancer that is meant to front them.',
    remediation: {
      text: 'Create the task set again with assignPublicIp DISABLED in private subnets (a task set\'s network configuration cannot be changed in place), shift traffic to it, and delete the old one. Reach the internet through a NAT gateway or VPC endpoints.',
      cli: 'aws ecs create-task-set --cluster <cluster> --service <service> --task-definition <family:revision> --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[<private-subnet>],securityGroups=[<sg>],assignPublicIp=DISABLED}"\naws ecs delete-task-set --cluster <cluster> --service <service> --task-set <old-task-set-id>',
      cloudformation: 'TaskSet:\n  Type: AWS::ECS::TaskSet\n  Properties:\n    Cluster: !Ref Cluster\n    Service: !Ref Service\n    TaskDefinition: !Ref TaskDefinition\n    LaunchType: FARGATE\n    NetworkConfiguration:\n      AwsVpcConfiguration:\n        AssignPublicIp: DISABLED\n        Subnets: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]\n        SecurityGroups: [!Ref ServiceSecurityGroup]',
      terraform: 'resource "aws_ecs_task_set" "blue" {\n  cluster         = aws_ecs_cluster.prod.id\n  service         = aws_ecs_service.checkout.id\n  task_definition = aws_ecs_task_definition.checkout.arn\n  launch_type     = "FARGATE"\n\n  network_configuration {\n    subnets          = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n    security_groups  = [aws_security_group.checkout.id]\n    assign_public_ip = false\n  }\n}',
    },
    messages: {
      private: 'Tasks of task set {{name}} get no public IP address.',
      public: 'Tasks of task set {{name}} get public IP addresses (assignPublicIp ENABLED).',
    },
  },
  evaluate(ts, { pass, fail }) {
    return ts.assignPublicIp === 'ENABLED' ? fail('public', { data: { name: ts.name }, at: 'assignPublicIp' }) : pass('private', { name: ts.name })
  },
})
