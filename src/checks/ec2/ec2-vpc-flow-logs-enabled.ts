import { defineCheck } from '../../core/check.js'
import type { FlowLog } from '../../model/ec2.js'

const capturedResource = (f: FlowLog) => f.resourceId

export default defineCheck({
  meta: {
    id: 'ec2-vpc-flow-logs-enabled',
    resourceType: 'ec2.vpc',
    reads: ['ec2.flow-log'],
    title: 'VPC records flow logs',
    severity: 'medium',
    categories: ['logging', 'network'],
    description:
      'Passes when the VPC has at least one active flow log attached to the VPC itself (flow logs on single subnets or interfaces do not cover the whole VPC). Any traffic type counts (ACCEPT, REJECT or ALL); CIS asks at least for rejected traffic. A flow log whose delivery fails (DeliverLogsStatus FAILED) does not count.',
    risk: 'Without flow logs there is no record of which addresses talked to which, on what port: scanning, data exfiltration and lateral movement leave no network trace, and an incident cannot be scoped.',
    remediation: {
      text: 'Create a flow log for the VPC (traffic type ALL, or at least REJECT) delivering to CloudWatch Logs or S3, with an IAM role that can write there.',
      cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids <vpc-id> --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::<flow-log-bucket>/',
      cloudformation: 'Type: AWS::EC2::FlowLog\nProperties:\n  ResourceType: VPC\n  ResourceId: !Ref Vpc\n  TrafficType: ALL\n  LogDestinationType: s3\n  LogDestination: !GetAtt FlowLogBucket.Arn',
      terraform: 'resource "aws_flow_log" "vpc" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = aws_s3_bucket.flow_logs.arn\n}',
    },
    messages: {
      enabled: 'VPC {{name}} records flow logs ({{trafficType}}) with {{flowLog}}.',
      none: 'VPC {{name}} has no flow log.',
      inactive: 'VPC {{name}} has flow logs, but none is active and delivering ({{flowLog}}: {{status}}).',
    },
  },
  evaluate(vpc, { pass, fail, inventory }) {
    const logs = inventory.lookup('ec2.flow-log', capturedResource, vpc.id, { region: vpc.region })
    const active = logs.find((f) => f.status.toUpperCase() === 'ACTIVE' && f.deliverLogsStatus?.toUpperCase() !== 'FAILED')
    if (active) return pass('enabled', { name: vpc.name, trafficType: active.trafficType, flowLog: active.name })
    if (logs.length) return fail('inactive', { data: { name: vpc.name, flowLog: logs[0]!.name, status: logs[0]!.deliverLogsStatus?.toUpperCase() === 'FAILED' ? 'delivery failing' : logs[0]!.status } })
    return fail('none', { data: { name: vpc.name } })
  },
})
