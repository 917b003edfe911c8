/**
 * HCL parsing and evaluation: the expression language, variables (defaults, tfvars, --var,
 * --var-file), locals, references between resources, jsonencode and policy documents, local
 * modules, count/for_each and dynamic blocks. Unknown inputs stay unknown — with a stable
 * symbol where they name something — and never become a guessed value.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEFAULT_IAC_OPTIONS } from '../../../src/sources/iac/load.js'
import type { IacOptions } from '../../../src/sources/iac/types.js'
import { evaluateRootModule } from '../../../src/sources/terraform/config/root.js'
import { EncodedJson, Unknown, type Value } from '../../../src/sources/terraform/eval/values.js'
import { parseHcl, parseHclExpression, HclSyntaxError } from '../../../src/sources/terraform/hcl/parser.js'
import type { TfInstance } from '../../../src/sources/terraform/instance.js'
import { loadTerraform } from './snippets.js'

function evaluate(files: Record<string, string>, options: Partial<IacOptions> = {}, extra?: (dir: string) => Partial<IacOptions>) {
  const dir = mkdtempSync(join(tmpdir(), 'clearsky-hcl-'))
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    const r = evaluateRootModule(dir, { ...DEFAULT_IAC_OPTIONS, ...options, ...(extra?.(dir) ?? {}) }, new Map())
    const by = (address: string): TfInstance => {
      const i = r.instances.find((x) => x.address === address)
      assert.ok(i, `no instance ${address}; have ${r.instances.map((x) => x.address).join(', ')}`)
      return i
    }
    return { ...r, by }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const unknown = (v: Value | undefined): Unknown => {
  assert.ok(v instanceof Unknown, `expected an unknown value, got ${JSON.stringify(v)}`)
  return v
}

describe('HCL parser', () => {
  it('reads the expression language with offsets', () => {
    const body = parseHcl('locals {\n  a = [for k, v in var.m : "${k}=${v}" if v != null]\n  b = { for s in var.l : s.name => s... }\n  c = var.x ? -1 * 2 + 3 % 2 : length(aws_subnet.x[*].id)\n  d = <<-EOT\n    hi ${var.n}\n    EOT\n}\n')
    const attrs = body.blocks[0]!.body.attributes
    assert.deepEqual(attrs.map((a) => [a.name, a.expr.kind]), [['a', 'for'], ['b', 'for'], ['c', 'conditional'], ['d', 'template']])
    assert.equal('locals {\n  a = [for'.indexOf('a = ['), attrs[0]!.start)
  })
  it('strings: escapes, $${ and %%{ literals, heredocs', () => {
    const v = parseHclExpression('"a\\"b\\n $${x} %%{y} \\u00e9"')
    assert.deepEqual(v.kind === 'literal' && v.value, 'a"b\n ${x} %{y} é')
  })
  it('a syntax error carries the offset of the problem', () => {
    assert.throws(() => parseHcl('resource "a" "b" {\n  x = \n}\n'), (e: unknown) => e instanceof HclSyntaxError && e.offset === 25)
    assert.throws(() => parseHcl('a = 1 b = 2\n'), HclSyntaxError)
    assert.throws(() => parseHcl('x = "never closed\n'), /cannot span lines/)
  })
})

describe('variables', () => {
  const files = {
    'main.tf': `
variable "env" {}
variable "memory" {
  type    = number
  default = "128"
}
variable "tier" {
  default = "default-tier"
}
variable "regions" {
  type    = list(string)
  default = []
}
resource "aws_sqs_queue" "q" {
  name = "jobs-\${var.env}-\${var.tier}"
  tags = { memory = var.memory, regions = join(",", var.regions) }
}
`,
    'terraform.tfvars': 'tier = "from-tfvars"\nmemory = 256\n',
  }
  it('without a value a variable is unknown, and names built from it are symbolic', () => {
    const r = evaluate(files)
    const name = unknown(r.by('aws_sqs_queue.q').values.name)
    assert.equal(name.symbol, 'jobs-${var.env}-from-tfvars')
    assert.match(name.reason, /var\.env has no value/)
  })
  it('terraform.tfvars is read; --var-file and --var win in that order; types convert', () => {
    const r = evaluate(files, { terraformVars: { env: 'prod', regions: '["eu-west-1","us-east-1"]' } }, (dir) => {
      writeFileSync(join(dir, 'prod.tfvars'), 'tier = "from-file"\nenv = "ignored"\n')
      return { terraformVarFiles: [join(dir, 'prod.tfvars')] }
    })
    const q = r.by('aws_sqs_queue.q').values
    assert.equal(q.name, 'jobs-prod-from-file')
    assert.deepEqual(q.tags, { memory: 256, regions: 'eu-west-1,us-east-1' })
  })
  it('a broken variable file is an error for that file', () => {
    const r = evaluate({ ...files, 'terraform.tfvars': 'tier = \n' })
    assert.deepEqual(r.errors.map((e) => e.code), ['HCL_SYNTAX'])
  })
})

describe('expressions, locals and references', () => {
  const r = evaluate({
    'main.tf': `
locals {
  prefix  = "orders"
  is_prod = true
  tags    = merge({ app = local.prefix }, { stage = local.is_prod ? "prod" : "dev" })
  cidrs   = [for i in range(2) : cidrsubnet("10.0.0.0/16", 8, i)]
  loop_a  = local.loop_b
  loop_b  = local.loop_a
}
resource "aws_iam_role" "app" {
  name = "\${local.prefix}-app"
  path = "/service/"
  assume_role_policy = "{}"
}
resource "aws_lambda_function" "app" {
  function_name = format("%s-%s", local.prefix, "api")
  role          = aws_iam_role.app.arn
  memory_size   = local.is_prod ? 1024 : 128
  environment {
    variables = {
      SUBNETS = join(",", local.cidrs)
      LOOP    = local.loop_a
      ROLE_ID = aws_iam_role.app.id
    }
  }
  tags = local.tags
}
`,
  })
  const fn = r.by('aws_lambda_function.app')
  it('locals, conditionals, functions, for expressions', () => {
    assert.equal(fn.values.function_name, 'orders-api')
    assert.equal(fn.values.memory_size, 1024)
    assert.deepEqual(fn.values.tags, { app: 'orders', stage: 'prod' })
    assert.equal((fn.values.environment as Record<string, Value>[])[0]!.variables && ((fn.values.environment as { variables: Record<string, Value> }[])[0]!.variables.SUBNETS), '10.0.0.0/24,10.0.1.0/24')
  })
  it('references to another resource: configured attributes as set, computed ones as AWS builds them', () => {
    assert.equal(fn.values.role, 'arn:aws:iam::123456789012:role/service/orders-app')
    assert.equal((fn.values.environment as { variables: Record<string, Value> }[])[0]!.variables.ROLE_ID, 'orders-app')
    assert.equal(fn.computed('arn'), 'arn:aws:lambda:us-east-1:123456789012:function:orders-api')
  })
  it('a value that depends on itself is unknown, and the rest still evaluates', () => {
    assert.match(unknown((fn.values.environment as { variables: Record<string, Value> }[])[0]!.variables.LOOP).reason, /depends on itself/)
  })
})

describe('jsonencode and policy documents', () => {
  const r = evaluate({
    'main.tf': `
variable "bucket" {}
data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::\${var.bucket}/*"]
  }
}
data "aws_iam_policy_document" "full" {
  source_policy_documents   = [data.aws_iam_policy_document.base.json]
  override_policy_documents = [jsonencode({ Statement = [{ Sid = "Logs", Effect = "Allow", Action = "logs:*", Resource = "*" }] })]
  statement {
    sid     = "Logs"
    actions = ["logs:PutLogEvents"]
    resources = ["*"]
  }
  statement {
    sid    = "Trust"
    effect = "Allow"
    actions = ["sts:AssumeRole", "sts:TagSession"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
    principals {
      type        = "Service"
      identifiers = ["edgelambda.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = ["123456789012"]
    }
  }
}
resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }] })
  inline_policy {
    name   = "full"
    policy = data.aws_iam_policy_document.full.json
  }
}
`,
  })
  const role = r.by('aws_iam_role.r')
  it('jsonencode of known values is the JSON text Terraform writes (keys in order)', () => {
    assert.equal(role.values.assume_role_policy, '{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"}}],"Version":"2012-10-17"}')
  })
  it('policy documents: statements, merged principals, conditions, source and override documents; unknown parts stay structural', () => {
    const policy = (role.values.inline_policy as { policy: Value }[])[0]!.policy
    assert.ok(policy instanceof EncodedJson, 'a document with an unknown ARN keeps its structure')
    const doc = policy.value as { Statement: Record<string, Value>[] }
    assert.deepEqual(doc.Statement.map((s) => s.Sid), ['Read', 'Logs', 'Trust'])
    assert.equal(doc.Statement[1]!.Action, 'logs:*', 'the override document replaces the statement with the same Sid')
    assert.deepEqual(doc.Statement[2]!.Principal, { Service: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'] })
    assert.deepEqual(doc.Statement[2]!.Condition, { StringEquals: { 'aws:SourceAccount': '123456789012' } })
    assert.deepEqual(doc.Statement[2]!.Action, ['sts:AssumeRole', 'sts:TagSession'])
    assert.equal(unknown(doc.Statement[0]!.Resource).symbol, 'arn:aws:s3:::${var.bucket}/*')
  })
  it('through the adapter, only the unknown part of the policy is unresolved', () => {
    const scan = loadTerraform(Object.fromEntries([['main.tf', `
variable "bucket" {}
resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = "{}"
}
resource "aws_iam_role_policy" "p" {
  role   = aws_iam_role.r.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::\${var.bucket}/*" }] })
}
`]]))
    const role = scan.inventory.resources['iam.role']![0]!
    assert.deepEqual(Object.keys(role.unresolved ?? {}), ['inlinePolicies.0.document.Statement.0.Resource'])
    assert.equal(role.inlinePolicies[0]!.document.Statement[0]!.Action, 's3:GetObject')
  })
})

describe('local modules, count, for_each, dynamic blocks, files', () => {
  const r = evaluate({
    'main.tf': `
module "net" {
  source = "./modules/net"
  cidr   = "10.1.0.0/16"
  zones  = ["a", "b"]
}
module "remote" {
  source = "terraform-aws-modules/vpc/aws"
}
resource "aws_security_group" "fn" {
  vpc_id = module.net.vpc_id
  dynamic "ingress" {
    for_each = { https = 443, pg = 5432 }
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [module.net.cidr]
      description = ingress.key
    }
  }
}
resource "aws_iam_policy" "p" {
  name   = "from-file"
  policy = templatefile("\${path.module}/policy.json.tftpl", { bucket = "uploads" })
}
resource "aws_sqs_queue" "off" {
  count = 0
  name  = "never"
}
resource "aws_sqs_queue" "maybe" {
  count = module.remote.enabled ? 1 : 0
  name  = "maybe"
}
`,
    'policy.json.tftpl': '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::${bucket}/*"}]}',
    'modules/net/main.tf': `
variable "cidr" {}
variable "zones" {}
resource "aws_vpc" "this" {
  cidr_block = var.cidr
}
resource "aws_subnet" "this" {
  count             = length(var.zones)
  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet(var.cidr, 8, count.index)
  availability_zone = "us-east-1\${var.zones[count.index]}"
}
output "vpc_id" {
  value = aws_vpc.this.id
}
output "cidr" {
  value = aws_vpc.this.cidr_block
}
`,
  })
  it('module instances are addressed with the module path; inputs and outputs flow', () => {
    const subnets = r.instances.filter((i) => i.type === 'aws_subnet')
    assert.deepEqual(subnets.map((s) => [s.address, s.values.cidr_block, s.values.availability_zone]), [
      ['module.net.aws_subnet.this[0]', '10.1.0.0/24', 'us-east-1a'],
      ['module.net.aws_subnet.this[1]', '10.1.1.0/24', 'us-east-1b'],
    ])
    assert.match(String(r.by('aws_security_group.fn').values.vpc_id), /^vpc-.*net\.this$/)
    assert.equal(subnets[0]!.values.vpc_id, r.by('aws_security_group.fn').values.vpc_id)
  })
  it('dynamic blocks expand with their iterator', () => {
    const ingress = r.by('aws_security_group.fn').values.ingress as Record<string, Value>[]
    assert.deepEqual(ingress.map((i) => [i.description, i.from_port, i.cidr_blocks]), [['https', 443, ['10.1.0.0/16']], ['pg', 5432, ['10.1.0.0/16']]])
  })
  it('templatefile() renders a file relative to the module', () => {
    assert.equal(r.by('aws_iam_policy.p').values.policy, '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::uploads/*"}]}')
  })
  it('count = 0 removes a resource; an unknown count keeps one instance that may not exist', () => {
    assert.ok(!r.instances.some((i) => i.address.startsWith('aws_sqs_queue.off')))
    assert.match(r.by('aws_sqs_queue.maybe[0]').existence ?? '', /count of aws_sqs_queue\.maybe/)
  })
  it('a module from a registry is noted, not scanned', () => {
    assert.ok(r.notes.some((n) => /module "remote" comes from terraform-aws-modules\/vpc\/aws/.test(n)), r.notes.join('\n'))
  })
})
