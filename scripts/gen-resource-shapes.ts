/**
 * Regenerates src/core/resource-shapes.generated.ts from the model: for every resource type of
 * `ResourceTypeMap` (src/model/resource-types.ts), the JSON shape of its interface's own fields
 * (ResourceBase's are checked by src/core/resource-shapes.ts), read from the TypeScript source
 * of src/model/*.ts. The model interface is the one declaration of a type; the snapshot loader's
 * shape follows it. Run `npm run gen:shapes` after changing a model interface;
 * src/core/resource-shapes.test.ts fails when the generated file is stale.
 *
 * The model is written in a small subset of TypeScript, and this reads exactly that subset:
 * interfaces (with `extends`), type aliases, `string`/`number`/`boolean`/`unknown`, string
 * literal unions, `| null`, `T[]`, `Record<string, T>`, inline object types. Anything else
 * stops the generator with the type's name, rather than guessing a shape.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const MODEL = join(ROOT, 'src', 'model')
export const GENERATED_FILE = join(ROOT, 'src', 'core', 'resource-shapes.generated.ts')

/** Model types whose shape is written by hand in src/core/resource-shapes.ts (the generated code names these constants). */
const HAND_WRITTEN: Record<string, string> = { PolicyDocument: 'POLICY_SHAPE', SourceLocation: 'LOCATION_SHAPE' }

type TypeExpr =
  | { k: 'ref'; name: string }
  | { k: 'lit'; value: string }
  | { k: 'num' }
  | { k: 'array'; of: TypeExpr }
  | { k: 'obj'; members: Member[] }
  | { k: 'gen'; name: string; args: TypeExpr[] }
  | { k: 'union'; alts: TypeExpr[] }

interface Member {
  name: string
  optional: boolean
  type: TypeExpr
}

interface Declarations {
  interfaces: Map<string, { extends: string[]; body: string }>
  aliases: Map<string, string>
}

function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '')
}

/** Index just past the `}` matching the `{` at `open`. */
function closing(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return i + 1
  }
  throw new Error('unbalanced braces in the model')
}

function readDeclarations(): Declarations {
  const interfaces = new Map<string, { extends: string[]; body: string }>()
  const aliases = new Map<string, string>()
  for (const f of readdirSync(MODEL).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) {
    const text = stripComments(readFileSync(join(MODEL, f), 'utf8'))
    for (const m of text.matchAll(/export interface (\w+)(?:<[^>]*>)?(?:\s+extends\s+([\w\s,<>]+?))?\s*\{/g)) {
      const end = closing(text, m.index + m[0].length - 1)
      const ext = (m[2] ?? '').split(',').map((x) => x.trim().replace(/<.*$/, '')).filter(Boolean)
      interfaces.set(m[1]!, { extends: ext, body: text.slice(m.index + m[0].length, end - 1) })
    }
    for (const m of text.matchAll(/export type (\w+)\s*=\s*/g)) {
      // The alias ends at a line break outside brackets that does not continue a union.
      let j = m.index + m[0].length
      let depth = 0
      for (; j < text.length; j++) {
        const c = text[j]!
        if ('{(<['.includes(c)) depth++
        else if ('})>]'.includes(c)) depth--
        else if (c === '\n' && depth === 0 && !/^\s*\|/.test(text.slice(j + 1)) && !/\|\s*$/.test(text.slice(m.index + m[0].length, j))) break
      }
      aliases.set(m[1]!, text.slice(m.index + m[0].length, j).trim())
    }
  }
  return { interfaces, aliases }
}

function tokenize(text: string): string[] {
  const re = /\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[A-Za-z_][\w.]*|-?\d+(?:\.\d+)?|[|[\]{}()<>,;:?&=])/y
  const out: string[] = []
  const src = text.replace(/\n/g, ' ; ')
  let i = 0
  while (i < src.length) {
    if (/\s/.test(src[i]!)) {
      i++
      continue
    }
    re.lastIndex = i
    const m = re.exec(src)
    if (!m) throw new Error(`cannot read the model type text at ${JSON.stringify(src.slice(i, i + 40))}`)
    out.push(m[1]!)
    i = re.lastIndex
  }
  return out
}

class TypeParser {
  private i = 0
  constructor(private readonly t: string[]) {}
  private peek(): string | undefined {
    return this.t[this.i]
  }
  private next(): string {
    const tok = this.t[this.i++]
    if (tok === undefined) throw new Error('unexpected end of a model type')
    return tok
  }
  private skipSeparators(): void {
    while (this.peek() === ';') this.i++
  }
  union(): TypeExpr {
    this.skipSeparators()
    if (this.peek() === '|') this.i++
    const alts = [this.array()]
    for (;;) {
      const save = this.i
      this.skipSeparators()
      if (this.peek() !== '|') {
        this.i = save
        break
      }
      this.i++
      alts.push(this.array())
    }
    return alts.length > 1 ? { k: 'union', alts } : alts[0]!
  }
  private array(): TypeExpr {
    let x = this.primary()
    while (this.peek() === '[' && this.t[this.i + 1] === ']') {
      this.i += 2
      x = { k: 'array', of: x }
    }
    return x
  }
  private primary(): TypeExpr {
    this.skipSeparators()
    const c = this.next()
    if (c === '(') {
      const x = this.union()
      this.skipSeparators()
      if (this.next() !== ')') throw new Error('expected ) in a model type')
      return x
    }
    if (c === '{') return { k: 'obj', members: this.members('}') }
    if (c.startsWith("'") || c.startsWith('"')) return { k: 'lit', value: c.slice(1, -1) }
    if (/^-?\d/.test(c)) return { k: 'num' }
    if (this.peek() === '<') {
      this.i++
      const args = [this.union()]
      while (this.peek() === ',') {
        this.i++
        args.push(this.union())
      }
      if (this.next() !== '>') throw new Error(`expected > after ${c}<…`)
      return { k: 'gen', name: c, args }
    }
    return { k: 'ref', name: c }
  }
  members(close: string): Member[] {
    const out: Member[] = []
    for (;;) {
      this.skipSeparators()
      const tok = this.peek()
      if (tok === close) {
        this.i++
        return out
      }
      if (tok === ',') {
        this.i++
        continue
      }
      if (tok === '[' || tok === undefined) throw new Error('index signatures are not supported in model interfaces')
      const name = this.next()
      let optional = false
      if (this.peek() === '?') {
        this.i++
        optional = true
      }
      if (this.next() !== ':') throw new Error(`expected : after the field ${name}`)
      out.push({ name, optional, type: this.union() })
      if (this.peek() === ';' || this.peek() === ',') this.i++
    }
  }
}

class Emitter {
  constructor(private readonly d: Declarations) {}

  /** Own fields of an interface, inherited ones first; ResourceBase's are left out. */
  fields(name: string): Member[] {
    const decl = this.d.interfaces.get(name)
    if (!decl) throw new Error(`interface ${name} not found in src/model`)
    const inherited = decl.extends.filter((e) => e !== 'ResourceBase').flatMap((e) => this.fields(e))
    const own = new TypeParser([...tokenize(decl.body), '}']).members('}')
    const byName = new Map([...inherited, ...own].map((m) => [m.name, m]))
    return [...byName.values()]
  }

  object(members: Member[]): string {
    return `s.obj({ ${members.map((m) => this.member(m)).join(', ')} })`
  }

  member(m: Member): string {
    const key = /^[A-Za-z_$][\w$]*$/.test(m.name) ? m.name : `'${m.name}'`
    return `${key}: ${m.optional ? `s.opt(${this.shape(m.type)})` : this.shape(m.type)}`
  }

  shape(x: TypeExpr): string {
    switch (x.k) {
      case 'num':
        return 's.num'
      case 'lit':
        return `s.oneOf(${quote(x.value)})`
      case 'array':
        return `s.list(${this.shape(x.of)})`
      case 'obj':
        return this.object(x.members)
      case 'gen':
        if (x.name === 'Record' && x.args.length === 2) return `s.record(${this.shape(x.args[1]!)})`
        if (x.name === 'Array' && x.args.length === 1) return `s.list(${this.shape(x.args[0]!)})`
        throw new Error(`generic type ${x.name}<…> is not supported in model interfaces`)
      case 'ref':
        return this.ref(x.name)
      case 'union':
        return this.union(x.alts)
    }
  }

  private ref(name: string): string {
    if (name === 'string') return 's.str'
    if (name === 'number') return 's.num'
    if (name === 'boolean' || name === 'true' || name === 'false') return 's.bool'
    if (name === 'unknown' || name === 'any') return 's.any'
    if (HAND_WRITTEN[name]) return HAND_WRITTEN[name]
    if (this.d.interfaces.has(name)) return this.object(this.fields(name))
    const alias = this.d.aliases.get(name)
    if (alias !== undefined) return this.shape(new TypeParser(tokenize(alias)).union())
    throw new Error(`type ${name} not found in src/model`)
  }

  private union(all: TypeExpr[]): string {
    const isRef = (a: TypeExpr, n: string) => a.k === 'ref' && a.name === n
    const nullable = all.some((a) => isRef(a, 'null'))
    const alts = all.filter((a) => !isRef(a, 'null') && !isRef(a, 'undefined'))
    const literals = alts.filter((a): a is { k: 'lit'; value: string } => a.k === 'lit')
    let rest = alts.filter((a) => a.k !== 'lit')
    const parts: string[] = []
    if (rest.length && rest.every((a) => isRef(a, 'true') || isRef(a, 'false'))) {
      parts.push('s.bool')
      rest = []
    }
    if (literals.length) parts.push(`s.oneOf(${literals.map((l) => quote(l.value)).join(', ')})`)
    parts.push(...rest.map((a) => this.shape(a)))
    const unique = [...new Set(parts)]
    const inner = unique.length === 1 ? unique[0]! : `s.either(${unique.join(', ')})`
    return nullable ? `s.nullable(${inner})` : inner
  }
}

const quote = (v: string) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`

/** `ResourceTypeMap` entries: type id → interface name. */
function resourceTypeMap(): [string, string][] {
  const text = stripComments(readFileSync(join(MODEL, 'resource-types.ts'), 'utf8'))
  const m = /export interface ResourceTypeMap \{([\s\S]*?)\n\}/.exec(text)
  if (!m) throw new Error('ResourceTypeMap not found in src/model/resource-types.ts')
  return [...m[1]!.matchAll(/'([\w.-]+)':\s*(\w+)/g)].map((x) => [x[1]!, x[2]!])
}

export function renderShapes(): string {
  const emitter = new Emitter(readDeclarations())
  const entries = resourceTypeMap().map(([type, iface]) => {
    try {
      return `  '${type}': {\n${emitter.fields(iface).map((f) => `    ${emitter.member(f)},`).join('\n')}\n  },`
    } catch (err) {
      throw new Error(`${type} (${iface}): ${(err as Error).message}`)
    }
  })
  return [
    '// Generated by scripts/gen-resource-shapes.ts (npm run gen:shapes) from src/model/*.ts. Do not edit by hand.',
    '/* eslint-disable */',
    "import type { ResourceType } from '../model/resource-types.js'",
    "import { s, type Field, type Shape } from './shape.js'",
    '',
    '/**',
    ' * Each resource type\'s own fields (ResourceBase\'s apart) with their JSON shape, as its model',
    ' * interface declares them. `policy` and `location` shapes are the hand-written ones passed in.',
    ' */',
    'export function generatedFields(POLICY_SHAPE: Shape, LOCATION_SHAPE: Shape): Record<ResourceType, Record<string, Shape | Field>> {',
    '  void LOCATION_SHAPE',
    '  return {',
    ...entries.map((e) => e.replace(/^/gm, '  ')),
    '  }',
    '}',
    '',
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GENERATED_FILE, renderShapes())
  console.log(`wrote ${GENERATED_FILE}`)
}
