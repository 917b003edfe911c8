/**
 * A small, strict XML 1.0 reader for tests (the project has no XML parser dependency): element
 * nesting, quoted attributes, the five predefined entities and character references, legal
 * characters only. Throws on anything malformed; returns the element tree.
 */
export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
  text: string
}

// eslint-disable-next-line no-control-regex
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/

function decode(raw: string, where: number): string {
  return raw.replace(/&([^;]*);|&/g, (m, ent: string | undefined) => {
    if (ent === undefined) throw new Error(`bare & at ${where}`)
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
    if (named[ent]) return named[ent]!
    const num = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(ent)
    if (!num) throw new Error(`unknown entity ${m} at ${where}`)
    const code = num[1]!.startsWith('x') ? parseInt(num[1]!.slice(1), 16) : parseInt(num[1]!, 10)
    const c = String.fromCodePoint(code)
    if (ILLEGAL.test(c) || (code >= 0xd800 && code <= 0xdfff)) throw new Error(`character reference to an illegal character ${m}`)
    return c
  })
}

export function parseXml(xml: string): XmlElement {
  if (ILLEGAL.test(xml)) throw new Error(`illegal character at ${xml.search(ILLEGAL)}`)
  let i = 0
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' }
  const stack: XmlElement[] = [root]
  while (i < xml.length) {
    const lt = xml.indexOf('<', i)
    const textEnd = lt === -1 ? xml.length : lt
    const text = xml.slice(i, textEnd)
    if (text.includes('>')) throw new Error(`'>' in text at ${i}`)
    stack.at(-1)!.text += decode(text, i)
    if (lt === -1) break
    if (xml.startsWith('<!--', lt)) {
      i = xml.indexOf('-->', lt) + 3
      continue
    }
    const gt = xml.indexOf('>', lt)
    if (gt === -1) throw new Error(`unterminated tag at ${lt}`)
    const tag = xml.slice(lt + 1, gt)
    if (tag.startsWith('/')) {
      const open = stack.pop()!
      if (open.name !== tag.slice(1).trim()) throw new Error(`</${tag.slice(1)}> closes <${open.name}> at ${lt}`)
    } else {
      const selfClosing = tag.endsWith('/')
      const body = selfClosing ? tag.slice(0, -1) : tag
      const m = /^([A-Za-z_][\w.-]*)/.exec(body)
      if (!m) throw new Error(`bad tag name at ${lt}`)
      const el: XmlElement = { name: m[1]!, attrs: {}, children: [], text: '' }
      const rest = body.slice(m[1]!.length)
      const attrRe = /\s+([A-Za-z_][\w.:-]*)="([^"<]*)"/y
      let pos = 0
      while (pos < rest.trimEnd().length) {
        attrRe.lastIndex = pos
        const a = attrRe.exec(rest)
        if (!a) throw new Error(`bad attribute in <${el.name}> at ${lt}: ${rest.slice(pos, pos + 40)}`)
        if (a[1]! in el.attrs) throw new Error(`duplicate attribute ${a[1]}`)
        el.attrs[a[1]!] = decode(a[2]!, lt)
        pos = attrRe.lastIndex
      }
      stack.at(-1)!.children.push(el)
      if (!selfClosing) stack.push(el)
    }
    i = gt + 1
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`)
  if (root.children.length !== 1) throw new Error('expected exactly one root element')
  return root.children[0]!
}

/** Every descendant element with this name, in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = []
  for (const c of el.children) {
    if (c.name === name) out.push(c)
    out.push(...descendants(c, name))
  }
  return out
}
