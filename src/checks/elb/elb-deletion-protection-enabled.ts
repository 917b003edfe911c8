import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elb-deletion-protection-enabled',
    resourceType: 'elb.load-balancer',
    title: 'Load balancer has deletion protection on',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks that deletion protection is on for Application, Network and Gateway Load Balancers, so that a console click, a script or a stack update cannot delete them by mistake.',
    risk: 'Deleting a load balancer takes the application offline at once and frees its DNS name and (for NLBs) its static IPs, which may not be recoverable.',
    remediation: {
      text: 'Turn on the deletion_protection.enabled attribute. Turn it off deliberately, right before an intended deletion.',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=deletion_protection.enabled,Value=true',
      cloudformation: 'LoadBalancer:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    Subnets: [!Ref SubnetA, !Ref SubnetB]\n    LoadBalancerAttributes:\n      - { Key: deletion_protection.enabled, Value: "true" }',
      terraform: 'resource "aws_lb" "this" {\n  name                       = "orders"\n  subnets                    = [aws_subnet.a.id, aws_subnet.b.id]\n  enable_deletion_protection = true\n}',
    },
    messages: {
      enabled: 'Deletion protection is on for {{name}}.',
      disabled: 'Deletion protection is off for {{name}}.',
    },
  },
  evaluate(lb, { pass, fail }) {
    return lb.deletionProtection ? pass('enabled', { name: lb.name }) : fail('disabled', { data: { name: lb.name }, at: 'deletionProtection' })
  },
})
