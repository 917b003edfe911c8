/**
 * Reading user-written YAML (configuration, mutelists) with line numbers, so every validation
 * error names the file and line: `clearsky.config.yaml:12: …`.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml'

/** A user file that is not valid: the message is one line, `file:line: what is wrong`. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** A parsed YAML file and what is needed to name lines in it. */
export interface YamlSource {
  file: string
  doc: Document.Parsed
  lines: LineCounter
}

export function parseYaml(text: string, file: string): YamlSource {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const err = doc.errors[0]
  if (err) {
    const line = err.linePos?.[0]?.line ?? lines.linePos(err.pos[0]).line
    throw new ConfigError(`${file}:${line}: not valid YAML: ${err.message.split('\n')[0]}`)
  }
  return { file, doc, lines }
}

/** 1-based line where a node starts (the document start when there is no node). */
export function lineOf(src: YamlSource, node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range
  return range ? src.lines.linePos(range[0]).line : 1
}

/** Throws a ConfigError naming the file and the node's line. */
export function failAt(src: YamlSource, node: unknown, message: string): never {
  throw new ConfigError(`${src.file}:${lineOf(src, node)}: ${message}`)
}

/** True for a missing node and for an empty value (`key:` or a file of comments only). */
export function isEmpty(node: unknown): node is null {
  return node === null || node === undefined || (isScalar(node) && node.value === null)
}

/** Follows an alias (`*anchor`) to the node it names. */
export function deref(src: YamlSource, node: unknown): Node | null {
  if (node === null || node === undefined) return null
  if (isAlias(node)) return (node.resolve(src.doc) as Node | undefined) ?? null
  return node as Node
}

export interface Entry {
  key: string
  keyNode: Node
  /** The value node; null for `key:` with nothing after it. */
  value: Node | null
}

/** The entries of a mapping, in file order. Fails when the node is not a mapping. */
export function entriesOf(src: YamlSource, node: Node | null, what: string): Entry[] {
  if (!isMap(node)) failAt(src, node, `${what} must be a mapping (key: value)`)
  return (node.items as Pair<unknown, unknown>[]).map((pair) => {
    const keyNode = pair.key as Node
    const key = isScalar(keyNode) ? String(keyNode.value) : failAt(src, keyNode, `${what}: keys must be plain names`)
    return { key, keyNode, value: deref(src, pair.value) }
  })
}

/** The items of a sequence. Fails with "must be a list" otherwise. */
export function itemsOf(src: YamlSource, node: Node | null, what: string): Node[] {
  if (!isSeq(node)) failAt(src, node, `${what} must be a list`)
  return node.items.map((item) => deref(src, item) ?? failAt(src, node, `${what}: empty list item`))
}

/** A scalar as text. Numbers and booleans are read as written (`012` stays `012`). */
export function scalarText(src: YamlSource, node: Node | null, what: string): string {
  if (!isScalar(node) || node.value === null) failAt(src, node, `${what} must be a text value`)
  if (typeof node.value === 'string') return node.value
  return node.source ?? String(node.value)
}

/** A string value: quoted or plain text, not a number or boolean. */
export function stringValue(src: YamlSource, node: Node | null, what: string): string {
  if (!isScalar(node) || typeof node.value !== 'string') failAt(src, node, `${what} must be text`)
  return node.value
}

/** A list of strings (numbers and booleans read as written). */
export function stringList(src: YamlSource, node: Node | null, what: string): string[] {
  return itemsOf(src, node, what).map((item) => scalarText(src, item, `${what} entries`))
}

/** The node as plain JSON-like data (for free-form values such as check options). */
export function toPlain(src: YamlSource, node: Node | null): unknown {
  if (node === null) return null
  return (node as { toJS(doc: Document): unknown }).toJS(src.doc)
}
