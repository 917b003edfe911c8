/**
 * Reads a YAML or JSON template into plain values plus the line of every key, with
 * CloudFormation short-form tags (`!Ref`, `!Sub` …) turned into their `Fn::` long form.
 *
 * The tags are declared with identity resolvers so the parser keeps each tagged node (and
 * its position); the conversion to `{ "Fn::Sub": … }` happens here, in one walk that also
 * enforces the depth, node and alias limits (yaml's own maxAliasCount only guards toJS()).
 */
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, YAMLParseError, type CollectionTag, type CST, type Document, type Node, type ScalarTag } from 'yaml'
import { MAX_ALIASES, MAX_DEPTH, MAX_NODES } from './limits.js'
import { firstTooDeepYamlGuess } from './nesting.js'
import type { IacFileError } from './types.js'

/** CloudFormation intrinsic function tags (short form). `!Condition` and `!Ref` keep their names. */
export const CFN_TAGS = [
  'And', 'Base64', 'Cidr', 'Condition', 'Equals', 'FindInMap', 'ForEach', 'GetAtt', 'GetAZs', 'If', 'ImportValue',
  'Join', 'Length', 'Not', 'Or', 'Ref', 'Select', 'Split', 'Sub', 'ToJsonString', 'Transform',
] as const

const KEEP_TAGS: (ScalarTag | CollectionTag)[] = CFN_TAGS.flatMap((n): (ScalarTag | CollectionTag)[] => [
  { tag: `!${n}`, resolve: (s: string) => s },
  { tag: `!${n}`, collection: 'seq', resolve: (seq) => seq },
  { tag: `!${n}`, collection: 'map', resolve: (map) => map },
])

/** Where a key (or sequence item) sits: the line of the key, the last line of its value. */
export interface NodePosition {
  line: number
  column: number
  endLine: number
}

export interface LoadedDocument {
  value: unknown
  /** JSON-pointer-like key (`/Resources/Fn/Properties/Runtime`) → position. `''` is the root. */
  positions: Map<string, NodePosition>
  /** The source text's lines, for comment scanning. */
  lines: string[]
}

export class DocumentError extends Error {
  constructor(readonly detail: Omit<IacFileError, 'file'>) {
    super(detail.message)
  }
}

/** Escapes one path segment for a position key. */
export function pointer(path: readonly (string | number)[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('')
}

/**
 * Parses `text`. Throws DocumentError (with line/column) for syntax errors, unknown tags,
 * duplicate keys, excessive nesting and alias expansion.
 */
export function loadYamlDocument(text: string): LoadedDocument {
  const lineCounter = new LineCounter()
  const tooDeep = (offset: number): never => {
    const p = lineCounter.linePos(offset)
    throw new DocumentError({ code: 'TOO_DEEP', message: `nesting deeper than ${MAX_DEPTH} levels`, line: p.line, column: p.col })
  }
  // The parser's work per character grows with depth: megabytes of brackets are refused first.
  const guessed = firstTooDeepYamlGuess(text, GUARD_DEPTH, MAX_DEPTH + 1)
  if (guessed !== undefined) {
    countLines(lineCounter, text, guessed)
    tooDeep(guessed)
  }
  // Parsing to tokens is iterative; composing the document recurses once per level, so the
  // depth is checked on the tokens in between (a deep file would otherwise overflow the stack).
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)]
  const deep = firstTooDeepToken(tokens, MAX_DEPTH)
  if (deep !== undefined) tooDeep(deep)
  const doc = composeOne(tokens, text.length)
  const firstError = doc.errors[0]
  if (firstError) {
    const code = /call stack/i.test(firstError.message) ? 'TOO_DEEP' : yamlCode(firstError.code)
    throw new DocumentError({ code, message: code === 'TOO_DEEP' ? `nesting too deep to read` : cleanMessage(firstError.message), ...offsetPos(lineCounter, firstError.pos[0]) })
  }
  const unknownTag = doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED')
  if (unknownTag)
    throw new DocumentError({ code: 'UNKNOWN_TAG', message: `${cleanMessage(unknownTag.message)} (not a CloudFormation intrinsic function tag)`, ...offsetPos(lineCounter, unknownTag.pos[0]) })
  const positions = new Map<string, NodePosition>()
  const converter = new Converter(doc, lineCounter, positions)
  const value = doc.contents ? converter.convert(doc.contents as Node, [], 0) : null
  return { value, positions, lines: text.split(/\r?\n/) }
}

/**
 * The quick bracket guard's limit: well above MAX_DEPTH, since brackets inside plain and block
 * scalars count too; the exact check is firstTooDeepToken.
 */
const GUARD_DEPTH = MAX_DEPTH * 10

/** What parseDocument does, on tokens already read: the first document, an error for any other. */
function composeOne(tokens: readonly CST.Token[], length: number): Document.Parsed {
  const composer = new Composer({ customTags: KEEP_TAGS, uniqueKeys: true })
  let doc: Document.Parsed | undefined
  for (const d of composer.compose(tokens, true, length)) {
    if (!doc) doc = d
    else {
      doc.errors.push(...d.errors)
      doc.errors.push(new YAMLParseError([d.range[0], d.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; a template is one document'))
      break
    }
  }
  return doc!
}

/** Feeds the line counter the line starts up to `end` (the parser does it while it reads; the guard runs before). */
function countLines(lc: LineCounter, text: string, end: number): void {
  lc.addNewLine(0)
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1)
}

function offsetPos(lc: LineCounter, offset: number | undefined): { line?: number; column?: number } {
  if (offset === undefined) return {}
  const p = lc.linePos(offset)
  return { line: p.line, column: p.col }
}

/**
 * The offset of the first node (in the text) nested deeper than `max` levels (the root collection
 * is level 0, as in Converter), walking the parser's tokens with an explicit stack, so at any
 * depth; nothing below level `max + 1` is visited.
 */
export function firstTooDeepToken(tokens: readonly CST.Token[], max: number): number | undefined {
  const stack: { token: CST.Token; depth: number }[] = []
  for (const t of tokens) if (t.type === 'document' && t.value) stack.push({ token: t.value, depth: 0 })
  let first: number | undefined
  while (stack.length) {
    const { token, depth } = stack.pop()!
    if (depth > max) {
      if (first === undefined || token.offset < first) first = token.offset
      continue
    }
    if (isCollectionToken(token)) {
      for (const item of token.items as CST.CollectionItem[]) {
        // A key is at its value's level only when it is itself a collection (Converter refuses those later).
        if (item.key && isCollectionToken(item.key)) stack.push({ token: item.key, depth: depth + 1 })
        if (item.value) stack.push({ token: item.value, depth: depth + 1 })
      }
    }
  }
  return first
}

function isCollectionToken(token: CST.Token): token is CST.BlockMap | CST.BlockSequence | CST.FlowCollection {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection'
}

function yamlCode(code: string): string {
  return code === 'DUPLICATE_KEY' ? 'DUPLICATE_KEY' : 'YAML_SYNTAX'
}

function cleanMessage(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

class Converter {
  private nodes = 0
  private aliases = 0
  private readonly active = new Set<Node>()

  constructor(
    private readonly doc: Document,
    private readonly lc: LineCounter,
    private readonly positions: Map<string, NodePosition>,
  ) {}

  private pos(offset: number | undefined): { line: number; col: number } {
    return offset === undefined ? { line: 0, col: 0 } : this.lc.linePos(offset)
  }

  private fail(node: Node | undefined, code: string, message: string): never {
    const p = this.pos(node?.range?.[0])
    throw new DocumentError({ code, message, line: p.line, column: p.col })
  }

  convert(node: Node | null | undefined, path: (string | number)[], depth: number): unknown {
    if (node === null || node === undefined) return null
    if (++this.nodes > MAX_NODES) this.fail(node, 'ALIAS_LIMIT', `the document expands to more than ${MAX_NODES} values (a YAML alias bomb?)`)
    if (depth > MAX_DEPTH) this.fail(node, 'TOO_DEEP', `nesting deeper than ${MAX_DEPTH} levels`)
    if (isAlias(node)) {
      if (++this.aliases > MAX_ALIASES) this.fail(node, 'ALIAS_LIMIT', `more than ${MAX_ALIASES} YAML alias references`)
      const target = node.resolve(this.doc) as Node | undefined
      if (!target) this.fail(node, 'YAML_SYNTAX', `alias *${node.source} has no anchor`)
      if (this.active.has(target)) this.fail(node, 'YAML_SYNTAX', `alias *${node.source} refers to a node that contains it`)
      return this.convert(target, path, depth)
    }
    this.active.add(node)
    try {
      let value: unknown
      if (isMap(node)) {
        const out: Record<string, unknown> = {}
        for (const pair of node.items) {
          if (!isPair(pair)) continue
          const keyNode = pair.key as Node | null
          if (keyNode && !isScalar(keyNode)) this.fail(keyNode, 'YAML_SYNTAX', 'mapping keys must be plain scalars')
          const key = keyNode ? String((keyNode as { value: unknown }).value) : ''
          const childPath = [...path, key]
          const start = this.pos(keyNode?.range?.[0] ?? (pair.value as Node | null)?.range?.[0])
          const valueNode = pair.value as Node | null
          const endOffset = valueNode?.range?.[1] ?? keyNode?.range?.[1]
          this.positions.set(pointer(childPath), { line: start.line, column: start.col, endLine: this.endLine(endOffset, start.line) })
          if (key === '<<') this.fail(keyNode ?? node, 'YAML_SYNTAX', 'merge keys (<<) are not supported in templates')
          out[key] = this.convert(valueNode, childPath, depth + 1)
        }
        value = out
      } else if (isSeq(node)) {
        value = node.items.map((item, i) => {
          const n = item as Node
          const start = this.pos(n?.range?.[0])
          this.positions.set(pointer([...path, i]), { line: start.line, column: start.col, endLine: this.endLine(n?.range?.[1], start.line) })
          return this.convert(n, [...path, i], depth + 1)
        })
      } else if (isScalar(node)) {
        value = node.value
      } else {
        value = null
      }
      if (path.length === 0) {
        const start = this.pos(node.range?.[0])
        this.positions.set('', { line: start.line, column: start.col, endLine: this.endLine(node.range?.[1], start.line) })
      }
      return withTag(node, value)
    } finally {
      this.active.delete(node)
    }
  }

  /** The last line a node covers: its end offset minus trailing line breaks. */
  private endLine(endOffset: number | undefined, fallback: number): number {
    if (endOffset === undefined) return fallback
    const { line, col } = this.pos(endOffset)
    return col === 1 && line > fallback ? line - 1 : line
  }
}

function withTag(node: Node, value: unknown): unknown {
  const tag = (node as { tag?: string }).tag
  if (!tag || !tag.startsWith('!') || tag.startsWith('!!')) return value
  const name = tag.slice(1)
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.')
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] }
  }
  return { [name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]: value }
}
