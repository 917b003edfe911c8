import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'elb-access-logs-enabled',
    resourceType: 'elb.load-balancer',
    title: 'Application and Network Load Balancers write access logs',
    severity: 'medium',
    categories: ['logging'],
    description: 'Checks that access logging to S3 is on for every Application Load Balancer, and for Network Load Balancers that have TLS listeners (NLB access logs only record TLS requests). Gateway Load Balancers and Network Load Balancers without TLS listeners are skipped.',
    risk: 'Access logs are the record of who sent which request to the application, from which IP, with which TLS version and response: without them an intrusion, a scraping campaign or a misbehaving client cannot be investigated.',
    remediation: {
      text: 'Create an S3 bucket with a bucket policy that lets Elastic Load Balancing write to it, then turn on access_logs.s3 on the load balancer.',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <lb-arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>',
      cloudformation: 'LoadBalancer:\n  Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n  Properties:\n    Subnets: [!Ref SubnetA, !Ref SubnetB]\n    LoadBalancerAttributes:\n      - { Key: access_logs.s3.enabled, Value: "true" }\n      - { Key: access_logs.s3.bucket, Value: !Ref LogBucket }',
      terraform: 'resource "aws_lb" "this" {\n  name    = "orders"\n  subnets = [aws_subnet.a.id, aws_subnet.b.id]\n\n  access_logs {\n    bucket  = aws_s3_bucket.lb_logs.id\n    enabled = true\n  }\n}',
    },
    messages: {
      enabled: '{{name}} writes access logs to {{bucket}}.',
      disabled: '{{type}} load balancer {{name}} writes no access logs.',
    },
  },
  evaluate(lb, { pass, fail, skip }) {
    if (lb.type === 'gateway') return skip('Gateway Load Balancers have no access logs')
    if (lb.type === 'network' && !lb.listeners.some((l) => l.protocol === 'TLS')) return skip('Network Load Balancer access logs only record TLS listeners, and it has none')
    if (lb.accessLogsEnabled) return pass('enabled', { name: lb.name, bucket: lb.accessLogsBucket ?? 'S3' })
    return fail('disabled', { data: { name: lb.name, type: lb.type === 'application' ? 'Application' : 'Network' }, at: 'accessLogsEnabled' })
  },
})
