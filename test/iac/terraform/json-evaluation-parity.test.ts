/**
 * One evaluator for both syntaxes: the same configuration written in HCL and in Terraform's
 * JSON syntax evaluates to the same resource values — known, unknown (same symbol and reason)
 * and structural alike — for template unwrapping, splats, for/if, conditionals, try/can,
 * collection and JSON functions, templatefile, heredocs, count/for_each and dynamic blocks.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { EncodedJson, Unknown, type Value } from '../../../src/sources/terraform/eval/values.js'
import type { TfInstance } from '../../../src/sources/terraform/instance.js'
import { evaluateTerraform } from './snippets.js'

const TEMPLATE = '%{ for n in names ~}\n${n};\n%{ endfor ~}\n'

const HCL = `
variable "subnets" {
  default = ["subnet-b", "subnet-a"]
}
variable "memory" {
  type    = number
  default = 512
}
variable "tags" {
  default = { team = "payments" }
}
variable "unset" {}
locals {
  ports = [22, 443]
}
resource "aws_subnet" "private" {
  count      = 2
  vpc_id     = "vpc-1"
  cidr_block = "10.0.\${count.index}.0/24"
}
resource "aws_lambda_function" "f" {
  function_name = "f"
  role          = "\${var.unset}"
  memory_size   = "\${var.memory}"
  layers        = "\${var.subnets}"
  vpc_config {
    subnet_ids         = aws_subnet.private[*].id
    security_group_ids = aws_subnet.private.*.cidr_block
  }
  environment {
    variables = {
      PORTS    = join(",", [for p in local.ports : tostring(p) if p != 22])
      SAME     = var.unset == "x" ? "same" : "same"
      OTHER    = var.unset == "x" ? "a" : "b"
      TRY      = try(var.tags.missing, "fallback")
      TRY_U    = try(var.unset.x, "fallback")
      CAN      = can(var.tags.team)
      LOOKUP   = lookup(var.tags, "team", "none")
      MERGED   = jsonencode(merge(var.tags, { env = "<prod>" }))
      PARTIAL  = jsonencode({ Resource = "arn:aws:s3:::\${var.unset}/*" })
      FLAT     = join(",", flatten([var.subnets, ["c"]]))
      CONCAT   = concat(var.subnets, [var.unset])
      COALESCE = coalesce("", var.unset)
      SET      = join(",", toset(var.subnets))
      DECODED  = jsondecode("{\\"a\\":1}").a
      TEMPLATE = templatefile("\${path.module}/t.tftpl", { names = var.subnets })
      HEREDOC  = <<-EOT
        first
          second \${var.memory}
        EOT
    }
  }
}
resource "aws_sqs_queue" "q" {
  for_each = toset(var.subnets)
  name     = "q-\${each.key}"
}
resource "aws_security_group" "sg" {
  name = "sg"
  dynamic "ingress" {
    for_each = local.ports
    iterator = port
    content {
      from_port   = port.value
      to_port     = port.value
      protocol    = "tcp"
      cidr_blocks = ["10.0.0.0/8"]
      description = "rule-\${port.key}"
    }
  }
}
`

const JSON_CONFIG = {
  variable: {
    subnets: { default: ['subnet-b', 'subnet-a'] },
    memory: { type: 'number', default: 512 },
    tags: { default: { team: 'payments' } },
    unset: {},
  },
  locals: { ports: [22, 443] },
  resource: {
    aws_subnet: { private: { count: 2, vpc_id: 'vpc-1', cidr_block: '10.0.${count.index}.0/24' } },
    aws_lambda_function: {
      f: {
        function_name: 'f',
        role: '${var.unset}',
        memory_size: '${var.memory}',
        layers: '${var.subnets}',
        vpc_config: { subnet_ids: '${aws_subnet.private[*].id}', security_group_ids: '${aws_subnet.private.*.cidr_block}' },
        environment: {
          variables: {
            PORTS: '${join(",", [for p in local.ports : tostring(p) if p != 22])}',
            SAME: '${var.unset == "x" ? "same" : "same"}',
            OTHER: '${var.unset == "x" ? "a" : "b"}',
            TRY: '${try(var.tags.missing, "fallback")}',
            TRY_U: '${try(var.unset.x, "fallback")}',
            CAN: '${can(var.tags.team)}',
            LOOKUP: '${lookup(var.tags, "team", "none")}',
            MERGED: '${jsonencode(merge(var.tags, { env = "<prod>" }))}',
            PARTIAL: '${jsonencode({ Resource = "arn:aws:s3:::${var.unset}/*" })}',
            FLAT: '${join(",", flatten([var.subnets, ["c"]]))}',
            CONCAT: '${concat(var.subnets, [var.unset])}',
            COALESCE: '${coalesce("", var.unset)}',
            SET: '${join(",", toset(var.subnets))}',
            DECODED: '${jsondecode("{\\"a\\":1}").a}',
            TEMPLATE: '${templatefile("${path.module}/t.tftpl", { names = var.subnets })}',
            HEREDOC: 'first\n  second ${var.memory}\n',
          },
        },
      },
    },
    aws_sqs_queue: { q: { for_each: '${toset(var.subnets)}', name: 'q-${each.key}' } },
    aws_security_group: {
      sg: {
        name: 'sg',
        dynamic: {
          ingress: {
            for_each: '${local.ports}',
            iterator: 'port',
            content: { from_port: '${port.value}', to_port: '${port.value}', protocol: 'tcp', cidr_blocks: ['10.0.0.0/8'], description: 'rule-${port.key}' },
          },
        },
      },
    },
  },
}

/**
 * A value as comparable data: unknowns by symbol and reason, JSON documents with unknown parts
 * by structure, generated ids without the temporary directory's name.
 */
function plain(v: Value): unknown {
  if (typeof v === 'string') return v.replace(/clearsky-tf-eval-\w+/g, 'ROOT')
  if (v instanceof Unknown) return { unknown: v.symbol ?? null, reason: v.reason }
  if (v instanceof EncodedJson) return { encodedJson: plain(v.value) }
  if (Array.isArray(v)) return v.map(plain)
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x as Value)]))
  return v
}

const snapshot = (instances: TfInstance[]) => Object.fromEntries(instances.map((i) => [i.address, { values: plain(i.values), existence: i.existence ?? null }]))

describe('HCL and .tf.json evaluate to the same resources', () => {
  const hcl = evaluateTerraform({ 'main.tf': HCL, 't.tftpl': TEMPLATE })
  const json = evaluateTerraform({ 'main.tf.json': JSON.stringify(JSON_CONFIG, null, 2), 't.tftpl': TEMPLATE })

  it('both read without errors', () => {
    assert.deepEqual(hcl.errors, [])
    assert.deepEqual(json.errors, [])
  })

  it('every instance has the same values, unknowns included', () => {
    assert.deepEqual(snapshot(json.instances), snapshot(hcl.instances))
  })

  it('and those values are the ones Terraform computes', () => {
    const f = hcl.by('aws_lambda_function.f').values
    assert.equal(f.memory_size, 512)
    assert.deepEqual(f.layers, ['subnet-b', 'subnet-a'])
    assert.equal((f.role as Unknown).symbol, '${var.unset}')
    const vpc = (f.vpc_config as Record<string, Value>[])[0]!
    assert.equal((vpc.subnet_ids as Value[]).length, 2)
    assert.deepEqual(vpc.security_group_ids, ['10.0.0.0/24', '10.0.1.0/24'])
    const env = plain((f.environment as Record<string, Value>[])[0]!.variables!) as Record<string, unknown>
    assert.equal(env.PORTS, '443')
    assert.equal(env.SAME, 'same')
    assert.ok((env.OTHER as { reason?: string }).reason)
    assert.equal(env.TRY, 'fallback')
    assert.ok((env.TRY_U as { reason?: string }).reason, 'try() of an unknown is unknown')
    assert.equal(env.CAN, true)
    assert.equal(env.LOOKUP, 'payments')
    assert.equal(env.MERGED, '{"env":"\\u003cprod\\u003e","team":"payments"}')
    assert.deepEqual(env.PARTIAL, { encodedJson: { Resource: { unknown: 'arn:aws:s3:::${var.unset}/*', reason: 'var.unset has no value (no default; set it with --var or --var-file)' } } })
    assert.equal(env.FLAT, 'subnet-b,subnet-a,c')
    assert.equal((env.CONCAT as unknown[]).length, 3)
    assert.ok((env.COALESCE as { reason?: string }).reason)
    assert.equal(env.SET, 'subnet-a,subnet-b')
    assert.equal(env.DECODED, 1)
    assert.equal(env.TEMPLATE, 'subnet-b;\nsubnet-a;\n')
    assert.equal(env.HEREDOC, 'first\n  second 512\n')
    assert.deepEqual(hcl.instances.filter((i) => i.type === 'aws_sqs_queue').map((i) => i.values.name), ['q-subnet-a', 'q-subnet-b'])
    const ingress = hcl.by('aws_security_group.sg').values.ingress as Record<string, Value>[]
    assert.deepEqual(ingress.map((r) => [r.description, r.from_port]), [['rule-0', 22], ['rule-1', 443]])
  })
})
