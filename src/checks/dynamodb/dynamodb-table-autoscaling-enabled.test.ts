import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import check from './dynamodb-table-autoscaling-enabled.js'
import { testCheck } from '../../../test/check-tester.js'
import { findingsFor, loadSnippet } from '../../../test/iac/snippets.js'
import { dynamoTable } from '../../../test/factories/index.js'

const both = { read: true, write: true }
const provisioned = (over: Parameters<typeof dynamoTable>[0] = {}) => dynamoTable({ billingMode: 'PROVISIONED', autoScaling: both, ...over })

const cfnTable = (billing: string, gsi = '') =>
  `Table:\n  Type: AWS::DynamoDB::Table\n  Properties:\n    TableName: orders\n${billing}    AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }, { AttributeName: sk, AttributeType: S }]\n    KeySchema: [{ AttributeName: pk, KeyType: HASH }]\n    ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }\n${gsi}`
const cfnGsi = '    GlobalSecondaryIndexes:\n      - IndexName: by-sk\n        KeySchema: [{ AttributeName: sk, KeyType: HASH }]\n        Projection: { ProjectionType: ALL }\n        ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }\n'
const cfnTarget = (logical: string, resourceId: string, dimension: string) =>
  `${logical}:\n  Type: AWS::ApplicationAutoScaling::ScalableTarget\n  Properties:\n    ServiceNamespace: dynamodb\n    ResourceId: ${resourceId}\n    ScalableDimension: ${dimension}\n    MinCapacity: 5\n    MaxCapacity: 100\n`
const cfnBoth = cfnTarget('Read', '!Sub table/${Table}', 'dynamodb:table:ReadCapacityUnits') + cfnTarget('Write', "!Join ['/', [table, !Ref Table]]", 'dynamodb:table:WriteCapacityUnits')
const cfnIndex = cfnTarget('IndexRead', '!Sub table/${Table}/index/by-sk', 'dynamodb:index:ReadCapacityUnits') + cfnTarget('IndexWrite', '!Sub table/${Table}/index/by-sk', 'dynamodb:index:WriteCapacityUnits')

const tfTable = (billing: string, gsi = '') =>
  `resource "aws_dynamodb_table" "orders" {\n  name           = "orders"\n  hash_key       = "pk"\n${billing}  read_capacity  = 5\n  write_capacity = 5\n  attribute {\n    name = "pk"\n    type = "S"\n  }\n${gsi}}\n`
const tfGsi = '  attribute {\n    name = "sk"\n    type = "S"\n  }\n  global_secondary_index {\n    name            = "by-sk"\n    hash_key        = "sk"\n    projection_type = "ALL"\n    read_capacity   = 5\n    write_capacity  = 5\n  }\n'
const tfTarget = (name: string, resourceId: string, dimension: string) =>
  `resource "aws_appautoscaling_target" "${name}" {\n  service_namespace  = "dynamodb"\n  resource_id        = ${resourceId}\n  scalable_dimension = "${dimension}"\n  min_capacity       = 5\n  max_capacity       = 100\n}\n`
const tfBoth = tfTarget('read', '"table/${aws_dynamodb_table.orders.name}"', 'dynamodb:table:ReadCapacityUnits') + tfTarget('write', '"table/orders"', 'dynamodb:table:WriteCapacityUnits')
const tfIndex = tfTarget('index_read', '"table/${aws_dynamodb_table.orders.name}/index/by-sk"', 'dynamodb:index:ReadCapacityUnits') + tfTarget('index_write', '"table/orders/index/by-sk"', 'dynamodb:index:WriteCapacityUnits')

testCheck(check, {
  valid: [
    { name: 'on-demand', resource: dynamoTable() },
    { name: 'on-demand with an index (the index follows the table)', resource: dynamoTable({ globalSecondaryIndexes: [{ name: 'by-sk' }] }) },
    { name: 'provisioned, read and write scaled', resource: provisioned() },
    { name: 'provisioned, table and index scaled', resource: provisioned({ globalSecondaryIndexes: [{ name: 'by-sk', autoScaling: both }] }) },
  ],
  invalid: [
    { name: 'provisioned without scaling', resource: provisioned({ autoScaling: { read: false, write: false } }), messageId: 'tableFixed', at: 'autoScaling', count: 1 },
    { name: 'only reads scale', resource: provisioned({ autoScaling: { read: true, write: false } }), messageId: 'tableFixed', at: 'autoScaling', count: 1 },
    { name: 'an index without scaling', resource: provisioned({ globalSecondaryIndexes: [{ name: 'by-sk', autoScaling: { read: true, write: false } }] }), messageId: 'indexesFixed', at: 'globalSecondaryIndexes', count: 1 },
    { name: 'table and index fixed: both reported', resource: provisioned({ autoScaling: { read: false, write: false }, globalSecondaryIndexes: [{ name: 'by-sk', autoScaling: { read: false, write: false } }] }), messageId: 'indexesFixed', count: 2 },
  ],
  unknown: [
    { name: 'scalable targets could not be read', resource: provisioned({ autoScaling: { read: false, write: false }, unresolved: { autoScaling: 'AccessDenied (application-autoscaling:DescribeScalableTargets)' } }) },
    { name: 'billing mode from a parameter', resource: provisioned({ autoScaling: { read: false, write: false }, unresolved: { billingMode: '!Ref Billing' } }) },
    { name: 'index scaling unknown', resource: provisioned({ globalSecondaryIndexes: [{ name: 'by-sk', autoScaling: { read: false, write: false } }], unresolved: { globalSecondaryIndexes: 'a scalable target may apply: var.id' } }) },
  ],
  iac: {
    cloudformation: {
      good: [cfnTable('    BillingMode: PAY_PER_REQUEST\n'), 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Sessions:\n    Type: AWS::Serverless::SimpleTable\n    Properties:\n      PrimaryKey: { Name: id, Type: String }\n', `Resources:\n${indent(cfnTable('') + cfnBoth)}`, `Resources:\n${indent(cfnTable('    BillingMode: PROVISIONED\n', cfnGsi) + cfnBoth + cfnIndex)}`],
      bad: [cfnTable(''), 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Sessions:\n    Type: AWS::Serverless::SimpleTable\n    Properties:\n      PrimaryKey: { Name: id, Type: String }\n      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }\n', `Resources:\n${indent(cfnTable('', cfnGsi) + cfnBoth)}`, `Resources:\n${indent(cfnTable('') + cfnTarget('Read', '!Sub table/${Table}', 'dynamodb:table:ReadCapacityUnits'))}`],
    },
    terraform: {
      good: [tfTable('  billing_mode   = "PAY_PER_REQUEST"\n'), tfTable('') + tfBoth, tfTable('', tfGsi) + tfBoth + tfIndex],
      bad: [tfTable(''), tfTable('', tfGsi) + tfBoth, tfTable('') + tfTarget('other', '"table/payments"', 'dynamodb:table:ReadCapacityUnits')],
    },
  },
})

describe('dynamodb-table-autoscaling-enabled: a scalable target that cannot be resolved', () => {
  it('CloudFormation: a ResourceId from a parameter without default makes the verdict unknown', () => {
    const scan = loadSnippet(`Parameters:\n  TargetId: { Type: String }\nResources:\n${indent(cfnTable('') + cfnTarget('Read', '!Ref TargetId', 'dynamodb:table:ReadCapacityUnits'))}`)
    assert.deepEqual(findingsFor(check, scan).map((f) => f.status), ['unknown'])
  })
  it('Terraform: a resource_id from a variable without default makes the verdict unknown', () => {
    const scan = loadSnippet(`variable "target_id" {\n  type = string\n}\n${tfTable('')}${tfTarget('read', 'var.target_id', 'dynamodb:table:ReadCapacityUnits')}`, 'main.tf')
    assert.deepEqual(findingsFor(check, scan).map((f) => f.status), ['unknown'])
  })
})

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n')
}
