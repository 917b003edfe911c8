import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ecs-service-no-public-ip',
    resourceType: 'ecs.service',
    title: 'ECS service does not give its tasks public IP addresses',
    severity: 'high',
    categories: ['public-exposure', 'network'],
    description: 'Checks the awsvpc network configuration of each service: assignPublicIp ENABLED fails. Services in bridge or host network mode have no such setting and pass.',
    risk: 'Tasks with public IPs in a public subnet are directly reachable from the internet on every port their security groups allow, bypassing load balancers, WAF and any network inspection.',
    remediation: {
      text: 'Run the tasks in private subnets with assignPublicIp DISABLED; reach the internet through a NAT gateway or VPC endpoints and receive traffic through a load balancer.',
      cli: 'aws ecs update-service --cluster <cluster> --service <service> --network-configuration "awsvpcConfiguration={subnets=[<private-subnet-a>,<private-subnet-b>],securityGroups=[<sg>],assignPublicIp=DISABLED}"',
      cloudformation: 'Service:\n  Type: AWS::ECS::Service\n  Properties:\n    Cluster: !Ref Cluster\n    TaskDefinition: !Ref TaskDefinition\n    LaunchType: FARGATE\n    NetworkConfiguration:\n      AwsvpcConfiguration:\n        AssignPublicIp: DISABLED\n        Subnets: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]\n        SecurityGroups: [!Ref ServiceSecurityGroup]',
      terraform: 'resource "aws_ecs_service" "orders" {\n  name            = "orders"\n  cluster         = aws_ecs_cluster.prod.id\n  task_definition = aws_ecs_task_definition.orders.arn\n  launch_type     = "FARGATE"\n\n  network_configuration {\n    subnets          = [aws_subnet.private_a.id, aws_subnet.private_b.id]\n    security_groups  = [aws_security_group.orders.id]\n    assign_public_ip = false\n  }\n}',
    },
    messages: {
      private: 'Tasks of service {{name}} get no public IP address.',
      public: 'Tasks of service {{name}} get public IP addresses (assignPublicIp ENABLED).',
    },
  },
  evaluate(svc, { pass, fail }) {
    return svc.assignPublicIp === 'ENABLED' ? fail('public', { data: { name: svc.name }, at: 'assignPublicIp' }) : pass('private', { name: svc.name })
  },
})
