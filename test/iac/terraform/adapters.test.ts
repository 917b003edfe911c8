/**
 * Each Terraform adapter family, with AWS and provider defaults and the sibling resources
 * joined the way AWS shows them.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { formatFileError } from '../../../src/sources/iac/types.js'
import { loadTerraform } from './snippets.js'

const FN = (name: string, extra = '') => `
resource "aws_lambda_function" "${name}" {
  function_name = "${name}"
  role          = aws_iam_role.app.arn
  handler       = "index.handler"
  runtime       = "python3.12"
  filename      = "app.zip"${extra}
}`

const ROLE = `
resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}`

describe('aws_lambda_function and its siblings', () => {
  const scan = loadTerraform(`
${ROLE}
${FN('api')}
${FN(
  'worker',
  `
  architectures                  = ["arm64"]
  memory_size                    = 512
  timeout                        = 30
  reserved_concurrent_executions = 0
  kms_key_arn                    = "arn:aws:kms:us-east-1:123456789012:key/k1"
  layers                         = ["arn:aws:lambda:us-east-1:999999999999:layer:shared:3"]
  code_signing_config_arn        = "arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-1"
  tracing_config {
    mode = "Active"
  }
  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }
  logging_config {
    log_format = "JSON"
    log_group  = "/custom/worker"
  }
  vpc_config {
    subnet_ids         = []
    security_group_ids = []
  }`,
)}
resource "aws_sqs_queue" "dlq" {
  name = "worker-dlq"
}
resource "aws_lambda_permission" "account" {
  function_name = aws_lambda_function.api.function_name
  action        = "lambda:InvokeFunction"
  principal     = "444455556666"
}
resource "aws_lambda_permission" "org" {
  statement_id     = "OrgOnly"
  function_name    = aws_lambda_function.api.arn
  action           = "lambda:InvokeFunction"
  principal        = "*"
  principal_org_id = "o-abc123"
}
resource "aws_lambda_permission" "bucket" {
  statement_id   = "FromBucket"
  function_name  = "arn:aws:lambda:us-east-1:123456789012:function:api"
  action         = "lambda:InvokeFunction"
  principal      = "s3.amazonaws.com"
  source_arn     = "arn:aws:s3:::uploads"
  source_account = "123456789012"
}
resource "aws_lambda_permission" "url" {
  statement_id           = "PublicUrl"
  function_name          = aws_lambda_function.api.function_name
  action                 = "lambda:InvokeFunctionUrl"
  principal              = "*"
  function_url_auth_type = "NONE"
}
resource "aws_lambda_permission" "alias" {
  statement_id  = "Alias"
  function_name = aws_lambda_function.api.function_name
  qualifier     = "live"
  action        = "lambda:InvokeFunction"
  principal     = "events.amazonaws.com"
  source_arn    = "arn:aws:events:us-east-1:123456789012:rule/nightly"
}
resource "aws_lambda_function_url" "api" {
  function_name      = aws_lambda_function.api.function_name
  authorization_type = "NONE"
  cors {
    allow_origins     = ["https://shop.example.com"]
    allow_methods     = ["POST"]
    allow_credentials = true
  }
}
resource "aws_lambda_function_event_invoke_config" "api" {
  function_name                = aws_lambda_function.api.function_name
  maximum_event_age_in_seconds = 600
  destination_config {
    on_failure {
      destination = aws_sqs_queue.dlq.arn
    }
  }
}
resource "aws_lambda_event_source_mapping" "worker" {
  function_name    = aws_lambda_function.worker.arn
  event_source_arn = aws_sqs_queue.dlq.arn
  enabled          = false
}
resource "aws_lambda_provisioned_concurrency_config" "api" {
  function_name                     = aws_lambda_function.api.function_name
  provisioned_concurrent_executions = 2
  qualifier                         = "live"
}
`)
  const fns = scan.inventory.resources['lambda.function']!
  const api = fns.find((f) => f.name === 'api')!
  const worker = fns.find((f) => f.name === 'worker')!
  it('reads without errors', () => assert.deepEqual(scan.errors.map(formatFileError), []))
  it('Lambda defaults when the configuration says nothing', () => {
    assert.deepEqual([api.packageType, api.architectures, api.memorySize, api.timeout, api.tracingMode, api.reservedConcurrency, api.codeSigningConfigArn, api.kmsKeyArn], ['Zip', ['x86_64'], 128, 3, 'PassThrough', null, null, undefined])
    assert.deepEqual(api.logging, { logGroup: '/aws/lambda/api', logFormat: 'Text' })
    assert.equal(api.role, 'arn:aws:iam::123456789012:role/app')
    assert.equal(api.unresolved?.role, undefined, 'the role of the configuration joins')
  })
  it('configured settings', () => {
    assert.deepEqual([worker.architectures, worker.memorySize, worker.timeout, worker.tracingMode, worker.reservedConcurrency], [['arm64'], 512, 30, 'Active', 0])
    assert.equal(worker.deadLetterTargetArn, 'arn:aws:sqs:us-east-1:123456789012:worker-dlq')
    assert.deepEqual(worker.layers, [{ arn: 'arn:aws:lambda:us-east-1:999999999999:layer:shared:3' }])
    assert.deepEqual(worker.logging, { logGroup: '/custom/worker', logFormat: 'JSON' })
    assert.equal(worker.vpc, undefined, 'a vpc_config without subnets leaves the function outside any VPC')
    assert.equal(worker.codeSigningConfigArn, 'arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-1')
  })
  it('permissions become the resource policy as Lambda writes it', () => {
    const arn = api.arn!
    assert.deepEqual(
      api.policy?.Statement.map(({ Sid: _sid, ...s }) => s),
      [
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'lambda:InvokeFunction', Resource: arn },
        { Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunction', Resource: arn, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } },
        { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: arn, Condition: { StringEquals: { 'AWS:SourceAccount': '123456789012' }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } } },
        { Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: arn, Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } },
        { Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: `${arn}:live`, Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:events:us-east-1:123456789012:rule/nightly' } } },
      ],
    )
    assert.equal(api.policy?.Statement[1]!.Sid, 'OrgOnly')
    assert.equal(api.policy?.Version, '2012-10-17')
    assert.equal(worker.policy, null)
  })
  it('function URL, event invoke config and event source mappings', () => {
    assert.deepEqual(api.url && { ...api.url, url: undefined }, { authType: 'NONE', url: undefined, cors: { allowOrigins: ['https://shop.example.com'], allowMethods: ['POST'], allowHeaders: [], allowCredentials: true } })
    assert.deepEqual(api.eventInvokeConfig, { onFailureDestination: 'arn:aws:sqs:us-east-1:123456789012:worker-dlq', maximumEventAgeInSeconds: 600 })
    assert.deepEqual(
      worker.eventSourceMappings.map((m) => [m.eventSourceArn, m.state]),
      [['arn:aws:sqs:us-east-1:123456789012:worker-dlq', 'Disabled']],
    )
    assert.equal(worker.url, null)
  })
  it('every sibling is a source of the function (for suppressions)', () => {
    const sources = scan.sourcesByResource.get(api.id)!
    for (const a of ['aws_lambda_function.api', 'aws_lambda_permission.org', 'aws_lambda_function_url.api', 'aws_lambda_function_event_invoke_config.api']) assert.ok([...sources].some((s) => s.endsWith(`#${a}`)), a)
  })
})

describe('a sibling whose function cannot be told taints that attribute of every function', () => {
  it('policy', () => {
    const scan = loadTerraform(`
variable "target" {}
${ROLE}
${FN('a')}
${FN('b')}
resource "aws_lambda_permission" "p" {
  function_name = trimspace(var.target)
  action        = "lambda:InvokeFunction"
  principal     = "*"
}
`)
    for (const fn of scan.inventory.resources['lambda.function']!) assert.match(fn.unresolved?.policy ?? '', /aws_lambda_permission\.p: function_name/)
  })
})

describe('IAM', () => {
  const scan = loadTerraform(`
resource "aws_iam_role" "app" {
  name                 = "app"
  path                 = "/service/"
  permissions_boundary = "arn:aws:iam::123456789012:policy/boundary"
  managed_policy_arns  = ["arn:aws:iam::aws:policy/AdministratorAccess"]
  assume_role_policy   = <<EOF
{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}
EOF
  inline_policy {
    name   = "inline"
    policy = jsonencode({ Statement = { Effect = "Allow", Action = "s3:*", Resource = "*" } })
  }
}
resource "aws_iam_role_policy" "direct" {
  name   = "direct"
  role   = aws_iam_role.app.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sns:Publish", Resource = "*" }] })
}
resource "aws_iam_policy" "managed" {
  name   = "app-managed"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "kms:*", Resource = "*" }] })
}
resource "aws_iam_role_policy_attachment" "managed" {
  role       = aws_iam_role.app.name
  policy_arn = aws_iam_policy.managed.arn
}
resource "aws_iam_policy_attachment" "unknown" {
  name       = "unknown"
  roles      = [aws_iam_role.app.name]
  policy_arn = "arn:aws:iam::aws:policy/SomethingNotInTheDataFile"
}
`)
  const role = scan.inventory.resources['iam.role']![0]!
  it('trust policy (heredoc JSON), inline blocks and joined role policies, attachments, boundary', () => {
    assert.equal(role.arn, 'arn:aws:iam::123456789012:role/service/app')
    assert.equal(role.path, '/service/')
    assert.equal(role.trustPolicy.Statement[0]!.Action, 'sts:AssumeRole')
    assert.deepEqual(role.inlinePolicies.map((p) => p.name), ['inline', 'direct'])
    assert.equal(Array.isArray(role.inlinePolicies[0]!.document.Statement), true, 'a single statement object becomes a list')
    assert.deepEqual(role.attachedPolicies.map((p) => p.name), ['AdministratorAccess', 'app-managed', 'SomethingNotInTheDataFile'])
    assert.equal(role.permissionsBoundaryArn, 'arn:aws:iam::123456789012:policy/boundary')
  })
  it('customer managed policies are iam.policy resources; AWS managed ones come from the data file; others are unresolved on the role', () => {
    const policies = scan.inventory.resources['iam.policy']!
    assert.deepEqual(policies.find((p) => p.name === 'app-managed')?.arn, 'arn:aws:iam::123456789012:policy/app-managed')
    assert.equal(policies.find((p) => p.name === 'AdministratorAccess')?.awsManaged, true)
    assert.match(role.unresolved?.['attachedPolicies.2'] ?? '', /SomethingNotInTheDataFile/)
    assert.equal(role.unresolved?.['attachedPolicies.1'], undefined)
  })
})

describe('security groups: Terraform removes the default egress rule', () => {
  const scan = loadTerraform(`
resource "aws_security_group" "bare" {
  vpc_id = "vpc-1"
}
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = "vpc-1"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  ingress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
    self      = true
  }
  egress {
    from_port       = 443
    to_port         = 443
    protocol        = "6"
    prefix_list_ids = ["pl-123"]
  }
}
resource "aws_security_group_rule" "extra" {
  type                     = "ingress"
  security_group_id        = aws_security_group.web.id
  from_port                = 5432
  to_port                  = 5432
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.bare.id
}
resource "aws_vpc_security_group_egress_rule" "all6" {
  security_group_id = aws_security_group.bare.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}
`)
  const groups = scan.inventory.resources['ec2.security-group']!
  const bare = groups.find((g) => g.name !== 'web')!
  const web = groups.find((g) => g.name === 'web')!
  it('a group without egress blocks has no egress of its own (unlike CloudFormation); separate rules add to it', () => {
    assert.deepEqual(bare.egress, [{ protocol: '-1', ipv4Ranges: [], ipv6Ranges: ['::/0'], securityGroupIds: [], prefixListIds: [] }])
    assert.equal(bare.description, 'Managed by Terraform')
  })
  it('inline and separate rules; protocol numbers named; all-traffic rules have no ports; self', () => {
    assert.deepEqual(
      web.ingress.map((r) => [r.protocol, r.fromPort, r.ipv4Ranges, r.securityGroupIds]),
      [
        ['tcp', 22, ['0.0.0.0/0'], []],
        ['-1', undefined, [], [web.groupId]],
        ['tcp', 5432, [], [bare.groupId]],
      ],
    )
    assert.deepEqual(web.egress, [{ protocol: 'tcp', fromPort: 443, toPort: 443, ipv4Ranges: [], ipv6Ranges: [], securityGroupIds: [], prefixListIds: ['pl-123'] }])
  })
})

describe('networking', () => {
  const scan = loadTerraform(`
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.0.0/24"
  availability_zone       = "us-east-1a"
  map_public_ip_on_launch = true
}
resource "aws_subnet" "floating" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}
resource "aws_internet_gateway" "igw" {
  vpc_id = aws_vpc.main.id
}
resource "aws_nat_gateway" "nat" {
  subnet_id = aws_subnet.public.id
}
resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.igw.id
  }
}
resource "aws_route_table" "private" {
  vpc_id = aws_vpc.main.id
}
resource "aws_route" "private_default" {
  route_table_id         = aws_route_table.private.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.nat.id
}
resource "aws_route_table_association" "public" {
  subnet_id      = aws_subnet.public.id
  route_table_id = aws_route_table.public.id
}
`)
  const tables = scan.inventory.resources['ec2.route-table']!
  it('route tables: inline routes, aws_route, associations, the local route and the VPC main table', () => {
    const pub = tables.find((t) => t.id.endsWith('-public'))!
    assert.deepEqual(pub.subnetIds, [scan.inventory.resources['ec2.subnet']!.find((s) => s.mapPublicIpOnLaunch)!.id])
    assert.equal(pub.routes[0]!.gatewayId, 'local')
    assert.equal(pub.routes[0]!.destination, '10.0.0.0/16')
    assert.equal(pub.routes[1]!.destination, '0.0.0.0/0')
    assert.match(pub.routes[1]!.gatewayId!, /^igw-/)
    const priv = tables.find((t) => t.id.endsWith('-private'))!
    assert.match(priv.routes[1]!.natGatewayId!, /^nat-/)
    const main = tables.find((t) => t.main)!
    assert.deepEqual(main.routes, [{ destination: '10.0.0.0/16', gatewayId: 'local' }])
  })
  it('subnets: zone, public IPs; a subnet without a zone is unresolved there; NAT gateways find their VPC', () => {
    const floating = scan.inventory.resources['ec2.subnet']!.find((s) => !s.mapPublicIpOnLaunch)!
    assert.match(floating.unresolved?.availabilityZone ?? '', /EC2 chooses/)
    const nat = scan.inventory.resources['ec2.nat-gateway']![0]!
    assert.equal(nat.vpcId, scan.inventory.resources['ec2.vpc']![0]!.id)
  })
})

describe('logs, alarms, keys, trails, queues, topics', () => {
  const scan = loadTerraform(`
resource "aws_cloudwatch_log_group" "forever" {
  name = "/aws/lambda/forever"
}
resource "aws_cloudwatch_log_group" "kept" {
  name              = "/aws/lambda/kept"
  retention_in_days = 30
  kms_key_id        = aws_kms_key.k.arn
}
resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name    = "kept-errors"
  namespace     = "AWS/Lambda"
  metric_name   = "Errors"
  dimensions    = { FunctionName = "kept" }
  alarm_actions = [aws_sns_topic.t.arn]
}
resource "aws_kms_key" "k" {}
resource "aws_kms_key" "signing" {
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "SIGN_VERIFY"
  enable_key_rotation      = false
}
resource "aws_cloudtrail" "t" {
  name           = "main"
  s3_bucket_name = "trail-logs"
}
resource "aws_cloudtrail" "data" {
  name                       = "data"
  s3_bucket_name             = "trail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  event_selector {
    read_write_type           = "All"
    include_management_events = true
    data_resource {
      type   = "AWS::Lambda::Function"
      values = ["arn:aws:lambda"]
    }
  }
}
resource "aws_sqs_queue" "q" {
  name = "q"
}
resource "aws_sqs_queue_policy" "q" {
  queue_url = aws_sqs_queue.q.id
  policy    = jsonencode({ Statement = [{ Effect = "Allow", Principal = "*", Action = "sqs:SendMessage", Resource = aws_sqs_queue.q.arn }] })
}
resource "aws_sns_topic" "t" {
  kms_master_key_id = "alias/aws/sns"
}
`)
  const r = scan.inventory.resources
  it('log groups: no retention_in_days keeps events forever', () => {
    assert.deepEqual(
      r['logs.log-group']!.map((g) => [g.name, g.retentionInDays ?? null]),
      [
        ['/aws/lambda/forever', null],
        ['/aws/lambda/kept', 30],
      ],
    )
  })
  it('alarms: dimensions map, actions', () => {
    const a = r['cloudwatch.alarm']![0]!
    assert.deepEqual([a.namespace, a.metricName, a.dimensions, a.actionsEnabled, a.alarmActions], ['AWS/Lambda', 'Errors', [{ name: 'FunctionName', value: 'kept' }], true, [r['sns.topic']![0]!.arn]])
  })
  it('KMS: rotation defaults to off; it does not apply to asymmetric keys; the default key policy', () => {
    const [k, signing] = r['kms.key']!
    assert.deepEqual([k!.rotationEnabled, signing!.rotationEnabled], [false, null])
    assert.equal(k!.policy?.Statement[0]!.Action, 'kms:*')
  })
  it('CloudTrail: logging on, single region, no validation, management events by default', () => {
    const [t, data] = r['cloudtrail.trail']!
    assert.deepEqual([t!.isLogging, t!.isMultiRegion, t!.logFileValidation, t!.eventSelectors], [true, false, false, [{ readWriteType: 'All', includeManagementEvents: true, dataResources: [] }]])
    assert.deepEqual([data!.isMultiRegion, data!.logFileValidation, data!.eventSelectors[0]!.dataResources], [true, true, [{ type: 'AWS::Lambda::Function', values: ['arn:aws:lambda'] }]])
  })
  it('queue and topic policies; SSE-SQS by default; topic names generated when absent', () => {
    const q = r['sqs.queue']![0]!
    assert.equal(q.policy?.Statement[0]!.Principal, '*')
    assert.equal(q.sqsManagedSse, true)
    assert.equal(q.url, 'https://sqs.us-east-1.amazonaws.com/123456789012/q')
    const t = r['sns.topic']![0]!
    assert.equal(t.kmsMasterKeyId, 'alias/aws/sns')
    assert.match(t.name, /-t$/)
  })
})

describe('provider default_tags', () => {
  it('are added to every resource, its own tags winning', () => {
    const scan = loadTerraform(`
provider "aws" {
  region = "us-east-1"
  default_tags {
    tags = { owner = "team-a", app = "shared" }
  }
}
resource "aws_sqs_queue" "q" {
  name = "q"
  tags = { app = "orders" }
}
resource "aws_sns_topic" "t" {}
`)
    assert.deepEqual(scan.inventory.resources['sqs.queue']![0]!.tags, { owner: 'team-a', app: 'orders' })
    assert.deepEqual(scan.inventory.resources['sns.topic']![0]!.tags, { owner: 'team-a', app: 'shared' })
  })
})
