import { defineCheck } from '../../core/check.js'

const missing = (s: { read: boolean; write: boolean } | undefined): string[] => [...(s?.read ? [] : ['read']), ...(s?.write ? [] : ['write'])]

export default defineCheck({
  meta: {
    id: 'dynamodb-table-autoscaling-enabled',
    resourceType: 'dynamodb.table',
    title: 'DynamoDB table capacity scales with demand',
    severity: 'medium',
    categories: ['resilience'],
    description:
      'Checks that each table either uses on-demand capacity or, in provisioned mode, has Application Auto Scaling manage both its read and its write capacity, and the read and write capacity of every global secondary index (the AWS Config rule behind this control evaluates tables and their global secondary indexes). Only the presence of scaling is checked, not its minimum, maximum or target utilization.',
    risk: 'Fixed provisioned capacity cannot follow traffic: a spike beyond it is throttled (ProvisionedThroughputExceededException), and an index that cannot absorb the writes to its table throttles those writes too, so a busy hour becomes an outage.',
    remediation: {
      text: 'Switch the table to on-demand capacity, or register read and write scalable targets with a target-tracking policy for the table and each of its global secondary indexes.',
      cli:
        'aws dynamodb update-table --table-name <table> --billing-mode PAY_PER_REQUEST\n# or keep provisioned capacity and scale it (repeat for WriteCapacityUnits, and for each index as table/<table>/index/<index> with dynamodb:index:*):\naws application-autoscaling register-scalable-target --service-namespace dynamodb --resource-id table/<table> --scalable-dimension dynamodb:table:ReadCapacityUnits --min-capacity 5 --max-capacity 500\naws application-autoscaling put-scaling-policy --service-namespace dynamodb --resource-id table/<table> --scalable-dimension dynamodb:table:ReadCapacityUnits --policy-name <table>-read --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration \'{"TargetValue":70,"PredefinedMetricSpecification":{"PredefinedMetricType":"DynamoDBReadCapacityUtilization"}}\'',
      cloudformation:
        'Table:\n  Type: AWS::DynamoDB::Table\n  Properties:\n    BillingMode: PAY_PER_REQUEST\n    AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]\n    KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n# or, for provisioned capacity, one target per dimension (ReadCapacityUnits shown):\nReadTarget:\n  Type: AWS::ApplicationAutoScaling::ScalableTarget\n  Properties:\n    ServiceNamespace: dynamodb\n    ResourceId: !Sub table/${Table}\n    ScalableDimension: dynamodb:table:ReadCapacityUnits\n    MinCapacity: 5\n    MaxCapacity: 500\n    RoleARN: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable',
      terraform:
        'resource "aws_dynamodb_table" "orders" {\n  name         = "orders"\n  billing_mode = "PAY_PER_REQUEST"\n  hash_key     = "pk"\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n}\n\n# or, for provisioned capacity, one target per dimension (write shown) plus an aws_appautoscaling_policy:\nresource "aws_appautoscaling_target" "orders_write" {\n  service_namespace  = "dynamodb"\n  resource_id        = "table/${aws_dynamodb_table.orders.name}"\n  scalable_dimension = "dynamodb:table:WriteCapacityUnits"\n  min_capacity       = 5\n  max_capacity       = 500\n}',
    },
    messages: {
      onDemand: 'Table {{name}} uses on-demand capacity.',
      scaled: 'Table {{name}} and its indexes scale their provisioned read and write capacity automatically.',
      tableFixed: 'Table {{name}} has provisioned {{dimensions}} capacity that does not scale automatically.',
      indexesFixed: 'Table {{name}}: global secondary index(es) {{indexes}} have provisioned capacity that does not scale automatically.',
    },
  },
  evaluate(t, { pass, fail }) {
    if (t.billingMode === 'PAY_PER_REQUEST') return pass('onDemand', { name: t.name })
    const table = missing(t.autoScaling)
    const indexes = (t.globalSecondaryIndexes ?? []).filter((i) => missing(i.autoScaling).length).map((i) => `${i.name} (${missing(i.autoScaling).join(', ')})`)
    const failures = [
      ...(table.length ? [fail('tableFixed', { data: { name: t.name, dimensions: table.join(' and ') }, at: 'autoScaling' })] : []),
      ...(indexes.length ? [fail('indexesFixed', { data: { name: t.name, indexes: indexes.join(', ') }, at: 'globalSecondaryIndexes' })] : []),
    ]
    return failures.length ? failures : pass('scaled', { name: t.name })
  },
})
