/**
 * `data "aws_iam_policy_document"`: statement, principals and condition blocks → the JSON
 * policy the AWS provider renders (single-element lists become strings, principals of one
 * type merge, `type = "*"` with `identifiers = ["*"]` is the `"*"` principal), with
 * `source_policy_documents` and `override_policy_documents` merged by statement id.
 */
import { EncodedJson, firstUnknown, isRecord, Unknown, type Value } from '../eval/values.js'

type Obj = Record<string, Value>

const blocks = (v: Value | undefined): Obj[] => (Array.isArray(v) ? v.filter(isRecord) : isRecord(v) ? [v] : [])

/** A list attribute as the provider writes it: one element → the element itself. */
function listOrOne(v: Value | undefined): Value | undefined {
  if (v === undefined || v === null) return undefined
  if (v instanceof Unknown) return v
  const list = Array.isArray(v) ? v : [v]
  return list.length === 1 ? list[0]! : list
}

function principals(list: Obj[]): Value | undefined {
  if (!list.length) return undefined
  const out: Record<string, Value[]> = {}
  for (const p of list) {
    const type = p.type
    if (type instanceof Unknown) return type
    const ids = p.identifiers
    if (ids instanceof Unknown) return ids
    const idList = Array.isArray(ids) ? ids : ids === undefined || ids === null ? [] : [ids]
    if (type === '*' && idList.length === 1 && idList[0] === '*') return '*'
    ;(out[String(type)] ??= []).push(...idList)
  }
  const shaped: Obj = {}
  for (const [k, ids] of Object.entries(out)) shaped[k] = ids.length === 1 ? ids[0]! : ids
  return shaped
}

function conditions(list: Obj[]): Value | undefined {
  if (!list.length) return undefined
  const out: Record<string, Obj> = {}
  for (const c of list) {
    if (c.test instanceof Unknown) return c.test
    if (c.variable instanceof Unknown) return c.variable
    ;(out[String(c.test)] ??= {})[String(c.variable)] = listOrOne(c.values) ?? []
  }
  return out
}

function statement(s: Obj): Obj {
  const out: Obj = {}
  if (s.sid !== undefined && s.sid !== null && s.sid !== '') out.Sid = s.sid
  out.Effect = s.effect ?? 'Allow'
  const fields: [string, string][] = [
    ['actions', 'Action'],
    ['not_actions', 'NotAction'],
    ['resources', 'Resource'],
    ['not_resources', 'NotResource'],
  ]
  for (const [from, to] of fields) {
    const v = listOrOne(s[from])
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out[to] = v
  }
  const p = principals(blocks(s.principals))
  if (p !== undefined) out.Principal = p
  const np = principals(blocks(s.not_principals))
  if (np !== undefined) out.NotPrincipal = np
  const c = conditions(blocks(s.condition))
  if (c !== undefined) out.Condition = c
  return out
}

function parsed(doc: Value): Obj | Unknown | undefined {
  if (doc instanceof Unknown) return doc
  if (doc instanceof EncodedJson) return isRecord(doc.value) ? doc.value : undefined
  if (typeof doc !== 'string' || doc.trim() === '') return undefined
  try {
    const v = JSON.parse(doc) as Value
    return isRecord(v) ? v : undefined
  } catch {
    return new Unknown('a source or override policy document is not valid JSON')
  }
}

const statementsOf = (d: Obj): Obj[] => blocks(d.Statement)

/** Merges statements: a statement with the Sid of an earlier one replaces it, others are appended. */
function mergeBySid(base: Obj[], over: Obj[]): Obj[] {
  const out = [...base]
  for (const s of over) {
    const i = typeof s.Sid === 'string' && s.Sid ? out.findIndex((b) => b.Sid === s.Sid) : -1
    if (i >= 0) out[i] = s
    else out.push(s)
  }
  return out
}

/** The rendered policy (a JSON object value, possibly holding Unknowns). */
export function policyDocument(args: Obj): Value {
  let statements: Obj[] = []
  const docsOf = (v: Value | undefined): Value[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v])
  for (const src of [...docsOf(args.source_policy_documents), ...docsOf(args.source_json)]) {
    const d = parsed(src)
    if (d instanceof Unknown) return d
    if (d) statements = mergeBySid(statements, statementsOf(d))
  }
  if (args.statement instanceof Unknown) return args.statement
  statements = mergeBySid(statements, blocks(args.statement).map(statement))
  for (const src of [...docsOf(args.override_policy_documents), ...docsOf(args.override_json)]) {
    const d = parsed(src)
    if (d instanceof Unknown) return d
    if (d) statements = mergeBySid(statements, statementsOf(d))
  }
  const doc: Obj = { Version: args.version ?? '2012-10-17' }
  if (args.policy_id !== undefined && args.policy_id !== null) doc.Id = args.policy_id
  doc.Statement = statements
  return doc
}

/** `json` of the data source: text when fully known, else the structure (EncodedJson). */
export function policyDocumentJson(args: Obj): Value {
  const doc = policyDocument(args)
  if (doc instanceof Unknown) return doc
  if (firstUnknown(doc)) return new EncodedJson(doc)
  return JSON.stringify(doc, null, 2)
}
