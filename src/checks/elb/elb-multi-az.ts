import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elb-multi-az',
    resourceType: 'elb.load-balancer',
    title: 'Load balancer spans at least two Availability Zones',
    severity: 'medium',
    categories: ['resilience'],
    description: 'Checks that an Application, Network or Gateway Load Balancer has subnets in at least two Availability Zones (Application Load Balancers require two; Network and Gateway Load Balancers accept one). The number of zones required can be raised with the `minimumZones` option.',
    risk: 'A load balancer in a single Availability Zone goes down with that zone, taking the application with it even if its targets run elsewhere.',
    remediation: {
      text: 'Add a subnet in another Availability Zone to the load balancer (and run targets there).',
      cli: 'aws elbv2 set-subnets --load-balancer-arn <lb-arn> --subnets <subnet-az-a> <subnet-az-b>',
      cloudformation: 'LoadBalancer:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    Type: network\n    Subnets: [!Ref SubnetA, !Ref SubnetB]   # in two different Availability Zones',
      terraform: 'resource "aws_lb" "this" {\n  name               = "orders"\n  load_balancer_type = "network"\n  subnets            = [aws_subnet.a.id, aws_subnet.b.id] # two Availability Zones\n}',
    },
    messages: {
      'multi-az': '{{name}} spans {{count}} Availability Zones.',
      'single-az': '{{name}} spans only {{count}} Availability Zone(s), fewer than {{minimum}}.',
    },
    options: { minimumZones: 2 },
  },
  evaluate(lb, { pass, fail, options }) {
    const minimum = Number(options.minimumZones ?? 2)
    const count = new Set(lb.availabilityZones).size
    return count >= minimum ? pass('multi-az', { name: lb.name, count }) : fail('single-az', { data: { name: lb.name, count, minimum }, at: 'availabilityZones' })
  },
})
