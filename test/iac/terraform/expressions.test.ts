/**
 * The HCL expression language against its specification (hclsyntax spec.md) and Terraform's
 * functions, for the expressions users write in security-relevant arguments: template
 * unwrapping, splats, `for`, conditionals, try/can, collection and JSON functions, templates
 * with strip markers and heredocs, sets, count/for_each and dynamic blocks. Unknown inputs
 * must stay unknown (and reach the model as `unresolved`), never become a guessed value.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { CHECKS } from '../../../src/checks/index.js'
import { evaluate } from '../../../src/sources/terraform/eval/evaluate.js'
import { EncodedJson, EvalError, Unknown, type Value } from '../../../src/sources/terraform/eval/values.js'
import type { Expr } from '../../../src/sources/terraform/hcl/ast.js'
import { parseHcl, parseHclExpression, parseHclTemplate } from '../../../src/sources/terraform/hcl/parser.js'
import { templateExpression } from '../../../src/sources/terraform/hcl/template.js'
import { evaluateTerraform, findingsOf, loadTerraform } from './snippets.js'

const unknown = (v: Value | undefined, why?: string): Unknown => {
  assert.ok(v instanceof Unknown, `${why ? `${why}: ` : ''}expected an unknown value, got ${JSON.stringify(v)}`)
  return v
}

/** Evaluates one expression with the given names bound (no module scope). */
function value(src: string, names: Record<string, Value> = {}): Value {
  const scope = { functions: { moduleDir: '.', readFile: () => '', templateFile: () => '' }, root: (n: string): Value => new Unknown(`${n} is unset`, `\${${n}}`) }
  return evaluate(parseHclExpression(src), { scope, bindings: new Map(Object.entries(names)) })
}

/** Renders a template file's text as templatefile() does. */
function render(text: string, names: Record<string, Value>): Value {
  const scope = { functions: { moduleDir: '.', readFile: () => '', templateFile: () => '' }, root: (n: string): Value => new Unknown(`${n} is unset`) }
  return evaluate(templateExpression(parseHclTemplate(text), { start: 0, end: 0 }), { scope, bindings: new Map(Object.entries(names)) })
}

describe('a template that is one interpolation is its value, unconverted (.tf)', () => {
  const r = evaluateTerraform({
    'main.tf': `
variable "subnets" {
  default = ["subnet-a", "subnet-b"]
}
variable "memory" {
  type    = number
  default = 512
}
variable "public" {
  default = false
}
variable "unset" {}
resource "aws_iam_role" "r" {
  name               = "app"
  assume_role_policy = "{}"
}
resource "aws_lambda_function" "f" {
  function_name = "f"
  role          = "\${aws_iam_role.r.arn}"
  memory_size   = "\${var.memory}"
  timeout       = "\${~ var.memory ~}"
  layers        = "\${var.subnets}"
  publish       = "\${var.public}"
  description   = "\${var.unset}"
  kms_key_arn   = "\${aws_iam_role.r.create_date}"
  tags = {
    text   = "n=\${var.memory}"
    spaced = " \${~ var.memory}"
    two    = "\${""}\${var.memory}"
  }
}
`,
  })
  const f = r.by('aws_lambda_function.f').values

  it('a list stays a list, a number a number, a bool a bool', () => {
    assert.deepEqual(f.layers, ['subnet-a', 'subnet-b'])
    assert.equal(f.memory_size, 512)
    assert.equal(f.timeout, 512, 'strip markers alone leave no literal text: still unwrapped')
    assert.equal(f.publish, false)
  })
  it('a known reference keeps its value; an unknown one stays unknown with its symbol', () => {
    assert.equal(f.role, 'arn:aws:iam::123456789012:role/app')
    assert.equal(unknown(f.description).symbol, '${var.unset}')
    assert.equal(unknown(f.kms_key_arn).symbol, '${aws_iam_role.r.create_date}')
  })
  it('text around it, even stripped to nothing, or a second interpolation make a string', () => {
    assert.deepEqual(f.tags, { text: 'n=512', spaced: '512', two: '512' })
  })
  it('the spec examples: nested unwrapping, and a for directive that prevents it', () => {
    assert.equal(value('"${true}"'), true)
    assert.equal(value('"${"${true}"}"'), true)
    assert.equal(value('"hello ${true}"'), 'hello true')
    assert.equal(value('"${""}${true}"'), 'true')
    assert.equal(value('"%{ for v in [true] }${v}%{ endfor }"'), 'true')
  })
  it('an object key written "${name}" is evaluated; only a bare name is literal', () => {
    assert.deepEqual(value('{ "${k}" = 1, k = 2 }', { k: 'evaluated' }), { evaluated: 1, k: 2 })
  })
  it('templatefile() of a file that is one interpolation gives the value itself', () => {
    assert.deepEqual(render('${ids}', { ids: ['a', 'b'] }), ['a', 'b'])
    assert.equal(render('${ids[0]}\n', { ids: ['a', 'b'] }), 'a\n')
  })
})

describe('the verdicts this changes', () => {
  it('cidr_blocks = "${var.cidrs}" with an open default fails instead of being unknown', () => {
    const ssh = CHECKS.find((c) => c.meta.id === 'ec2-sg-no-open-ssh')!
    const scan = loadTerraform(`
variable "cidrs" {
  default = ["0.0.0.0/0"]
}
resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = "\${22}"
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = "\${var.cidrs}"
  }
}
`)
    const fs = findingsOf(ssh, scan)
    assert.deepEqual(fs.map((f) => f.status), ['fail'])
  })
  it('cidr_blocks = "${var.cidrs}" without a value stays unknown: unresolved on the group, an unknown verdict', () => {
    const ssh = CHECKS.find((c) => c.meta.id === 'ec2-sg-no-open-ssh')!
    const scan = loadTerraform(`
variable "cidrs" {}
resource "aws_security_group" "web" {
  name = "web"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = "\${var.cidrs}"
  }
}
`)
    const sg = scan.inventory.resources['ec2.security-group']![0]!
    assert.ok(Object.values(sg.unresolved ?? {}).some((why) => /var\.cidrs has no value/.test(why)), JSON.stringify(sg.unresolved))
    assert.deepEqual(findingsOf(ssh, scan).map((f) => f.status), ['unknown'])
  })
  it('dynamic ingress over an unset variable is unresolved on the group: unknown, not pass', () => {
    const ssh = CHECKS.find((c) => c.meta.id === 'ec2-sg-no-open-ssh')!
    const scan = loadTerraform(`
variable "rules" {}
resource "aws_security_group" "web" {
  name = "web"
  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidrs
    }
  }
}
`)
    const sg = scan.inventory.resources['ec2.security-group']![0]!
    assert.ok(Object.keys(sg.unresolved ?? {}).length > 0, 'the unknown rules are recorded as unresolved')
    assert.deepEqual(findingsOf(ssh, scan).map((f) => f.status), ['unknown'])
  })
})

describe('splat expressions', () => {
  const subnets = [{ id: 'subnet-1', tags: ['a', 'b'] }, { id: 'subnet-2', tags: ['c'] }]
  it('[*] and .* read an attribute of every element', () => {
    assert.deepEqual(value('s[*].id', { s: subnets }), ['subnet-1', 'subnet-2'])
    assert.deepEqual(value('s.*.id', { s: subnets }), ['subnet-1', 'subnet-2'])
  })
  it('.* takes only attribute steps: a following index applies to the whole list', () => {
    assert.equal(value('s.*.id[0]', { s: subnets }), 'subnet-1')
    assert.deepEqual(value('s[*].tags[0]', { s: subnets }), ['a', 'c'], '[*] applies the index to each element')
  })
  it('[*] applies every following step, nested splats included', () => {
    const vpcs = [{ subnets: [{ id: 'a' }, { id: 'b' }] }, { subnets: [{ id: 'c' }] }]
    assert.deepEqual(value('v[*].subnets[*].id', { v: vpcs }), [['a', 'b'], ['c']])
  })
  it('a single value becomes a one-element list, null an empty one; unknown stays unknown', () => {
    assert.deepEqual(value('o[*].id', { o: { id: 'x' } }), ['x'])
    assert.deepEqual(value('n[*].id', { n: null }), [])
    unknown(value('u[*].id'))
  })
  it('count resources: aws_subnet.private[*].id and .*.id in a resource argument', () => {
    const r = evaluateTerraform({
      'main.tf': `
resource "aws_subnet" "private" {
  count      = 2
  vpc_id     = "vpc-1"
  cidr_block = "10.0.\${count.index}.0/24"
}
resource "aws_security_group" "sg" {
  name = "sg"
  tags = {
    cidrs = join(",", aws_subnet.private[*].cidr_block)
    first = aws_subnet.private.*.cidr_block[0]
  }
}
`,
    })
    assert.deepEqual(r.by('aws_security_group.sg').values.tags, { cidrs: '10.0.0.0/24,10.0.1.0/24', first: '10.0.0.0/24' })
  })
})

describe('for expressions and conditionals', () => {
  it('for with if filters; object for groups with ...', () => {
    assert.deepEqual(value('[for s in l : upper(s) if s != "b"]', { l: ['a', 'b', 'c'] }), ['A', 'C'])
    assert.deepEqual(value('{ for i, s in l : s => i if i > 0 }', { l: ['a', 'b', 'c'] }), { b: 1, c: 2 })
    assert.deepEqual(value('{ for s in l : substr(s, 0, 1) => s... }', { l: ['ab', 'ac', 'b'] }), { a: ['ab', 'ac'], b: ['b'] })
  })
  it('an unknown collection or an unknown if makes the whole result unknown', () => {
    unknown(value('[for s in u : s]'))
    unknown(value('[for s in l : s if s == u]', { l: ['a'] }))
  })
  it('an unknown condition gives unknown unless both results are equal and known', () => {
    unknown(value('u ? "a" : "b"'))
    assert.equal(value('u ? "same" : "same"'), 'same')
    assert.deepEqual(value('u ? [1] : [1]'), [1])
    unknown(value('u ? x : x'), 'the same unknown on both sides is still unknown')
  })
  it('a known condition evaluates only the chosen result', () => {
    assert.equal(value('length(l) > 0 ? l[0] : "none"', { l: [] }), 'none')
  })
})

describe('try() and can()', () => {
  it('try() returns the first argument that evaluates, without evaluating the others first', () => {
    assert.equal(value('try(m.missing, "fallback")', { m: {} }), 'fallback')
    assert.equal(value('try(m.present, "fallback")', { m: { present: 'x' } }), 'x')
    assert.equal(value('try(l[5], l[0])', { l: ['first'] }), 'first')
  })
  it('try() of an unknown (that could still fail) is unknown, not the fallback', () => {
    unknown(value('try(u.setting, "fallback")'))
    unknown(value('try({ a = u }, {})'), 'a value with an unknown part is not taken as succeeding')
  })
  it('can() is true, false, or unknown while its argument is unknown', () => {
    assert.equal(value('can(m.present)', { m: { present: 1 } }), true)
    assert.equal(value('can(l[3])', { l: [] }), false)
    unknown(value('can(u.x)'))
  })
})

describe('collection and JSON functions with known and unknown inputs', () => {
  it('lookup, merge, concat, flatten, coalesce', () => {
    assert.equal(value('lookup({ a = 1 }, "b", 2)'), 2)
    unknown(value('lookup({ a = 1 }, u, 2)'))
    assert.equal(unknown(value('lookup({ a = u }, "a", "d")')).symbol, '${u}')
    assert.deepEqual(value('merge({ a = 1, b = 1 }, null, { b = 2 })'), { a: 1, b: 2 })
    unknown(value('merge({ a = 1 }, u)'))
    assert.deepEqual(value('concat(["a"], [], ["b"])'), ['a', 'b'])
    assert.deepEqual(value('flatten([["a"], [["b"]], "c"])'), ['a', 'b', 'c'])
    assert.equal(value('coalesce(null, "", "z")'), 'z')
    assert.equal(value('coalesce("first", u)'), 'first')
    unknown(value('coalesce("", u, "z")'))
    assert.deepEqual(value('compact(["a", "", null])'), ['a'])
    unknown(value('compact(["a", u])'), 'an unknown element may be empty: what remains is unknown')
  })
  it('jsonencode writes keys in order and escapes <, > and & as Terraform does; jsondecode reads it back', () => {
    assert.equal(value('jsonencode({ b = "x<y>&z", a = [1, true, null] })'), '{"a":[1,true,null],"b":"x\\u003cy\\u003e\\u0026z"}')
    assert.deepEqual(value('jsondecode(jsonencode({ b = "<&>" }))'), { b: '<&>' })
    const doc = value('jsonencode({ Resource = u })')
    assert.ok(doc instanceof EncodedJson, 'an unknown part keeps the document structural')
    assert.deepEqual(value('jsondecode(jsonencode({ Resource = "arn" }))'), { Resource: 'arn' })
  })
  it('toset removes duplicates and orders elements as Terraform sets do', () => {
    assert.deepEqual(value('toset(["b", "a", "b"])'), ['a', 'b'])
    assert.deepEqual(value('toset([10, 9, 10])'), [9, 10])
    assert.deepEqual(value('toset(["a", 1])'), ['1', 'a'], 'mixed primitives become strings')
    assert.deepEqual(value('[for k, v in toset(["b", "a"]) : "${k}=${v}"]'), ['a=a', 'b=b'], 'a set element is its own key')
    assert.deepEqual(value('[for k, v in tolist(toset(["b", "a"])) : k]'), [0, 1])
    assert.throws(() => value('toset(["a"])[0]'), EvalError, 'a set cannot be indexed (an error, which makes the argument unknown)')
  })
})

describe('strings, templates and heredocs', () => {
  it('escapes of quoted strings; $${ and %%{ stay literal', () => {
    assert.equal(value('"tab\\there \\"q\\" back\\\\slash \\u00e9 \\U0001F600 $${x} %%{y}"'), 'tab\there "q" back\\slash é 😀 ${x} %{y}')
  })
  it('strip markers remove the whitespace next to them, also across directive bodies', () => {
    assert.equal(value('"a ${~ "b" ~} c"'), 'abc')
    assert.equal(render('%{ for n in names ~}\n- ${n}\n%{ endfor ~}\nend', { names: ['a', 'b'] }), '- a\n- b\nend')
    assert.equal(render('%{ if on ~}\n  yes\n%{~ else ~}\n  no\n%{~ endif ~}\n!', { on: false }), 'no!')
    assert.equal(render('%{ if on ~}\n  yes\n%{~ else ~}\n  no\n%{~ endif ~}\n!', { on: true }), 'yes!')
  })
  it('<<EOT keeps indentation; <<-EOT removes the smallest, leaving blank lines alone', () => {
    const body = parseHcl('locals {\n  a = <<EOT\n  x\n    ${n}\nEOT\n  b = <<-EOT\n      x\n    \n        ${n}\n      EOT\n}\n')
    const [a, b] = body.blocks[0]!.body.attributes.map((x) => evaluate(x.expr as Expr, { scope: { functions: {} as never, root: () => null }, bindings: new Map([['n', 1]]) }))
    assert.equal(a, '  x\n    1\n')
    assert.equal(b, 'x\n    \n  1\n')
  })
  it('a template with an unknown part is unknown, symbolic when the part names something', () => {
    assert.equal(unknown(value('"arn:aws:s3:::${u}/*"')).symbol, 'arn:aws:s3:::${u}/*')
    unknown(value('"%{ if u }a%{ endif }"'))
  })
})

describe('count, for_each and dynamic blocks', () => {
  const r = evaluateTerraform({
    'main.tf': `
variable "names" {
  type    = set(string)
  default = ["b", "a", "b"]
}
variable "unset" {}
resource "aws_sqs_queue" "n" {
  count = "\${length(var.names)}"
  name  = "q-\${count.index}"
}
resource "aws_sqs_queue" "e" {
  for_each = var.names
  name     = "e-\${each.key}-\${each.value}"
}
resource "aws_sqs_queue" "u" {
  for_each = var.unset
  name     = "u-\${each.key}"
}
resource "aws_security_group" "sg" {
  name = "sg"
  dynamic "egress" {
    for_each = toset(["https", "dns"])
    iterator = rule
    content {
      description = rule.key
      from_port   = 0
      to_port     = 0
      protocol    = "-1"
      cidr_blocks = ["10.0.0.0/8"]
    }
  }
  dynamic "ingress" {
    for_each = null
    content {
      from_port   = 22
      to_port     = 22
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
`,
  })
  it('count.index and each.key/each.value address and name the instances', () => {
    assert.deepEqual(r.instances.filter((i) => i.address.startsWith('aws_sqs_queue.n')).map((i) => [i.address, i.values.name]), [['aws_sqs_queue.n[0]', 'q-0'], ['aws_sqs_queue.n[1]', 'q-1']], 'count from a one-interpolation string is a number')
    assert.deepEqual(r.instances.filter((i) => i.address.startsWith('aws_sqs_queue.e')).map((i) => [i.address, i.values.name]), [['aws_sqs_queue.e["a"]', 'e-a-a'], ['aws_sqs_queue.e["b"]', 'e-b-b']])
  })
  it('an unknown for_each keeps one instance whose existence and key are unknown', () => {
    const u = r.by('aws_sqs_queue.u["*"]')
    assert.match(u.existence ?? '', /for_each of aws_sqs_queue\.u/)
    assert.equal(unknown(u.values.name).symbol, 'u-${each.key}')
  })
  it('a dynamic block over a set binds the element as the iterator key', () => {
    const egress = r.by('aws_security_group.sg').values.egress as Record<string, Value>[]
    assert.deepEqual(egress.map((e) => e.description), ['dns', 'https'])
  })
  it('a dynamic block over null is unknown (Terraform rejects it), not an empty list', () => {
    unknown(r.by('aws_security_group.sg').values.ingress)
  })
})
