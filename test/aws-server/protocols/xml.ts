/** A map that query protocols serialize as `<entry><key>…</key><value>…</value></entry>` (SNS attributes). */
export class XmlMap {
  constructor(readonly entries: Record<string, string>) {}
}

/**
 * A list whose items query protocols name after the member (`<DBInstances><DBInstance>…`), as
 * RDS and ElastiCache do, instead of `<member>`.
 */
export class XmlList {
  constructor(
    readonly itemName: string,
    readonly items: readonly unknown[],
  ) {}
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"'\r\n\t]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#xD;', '\n': '&#xA;', '\t': '&#x9;' })[c]!)
}

/**
 * Renders a value as XML children of an element. Arrays become `<member>` (query) or
 * `<item>` (EC2) children; Dates become ISO-8601; null and undefined members are omitted.
 */
export function xmlElement(name: string, value: unknown, listItem: 'member' | 'item'): string {
  if (value === undefined || value === null) return ''
  return `<${name}>${xmlContent(value, listItem)}</${name}>`
}

export function xmlContent(value: unknown, listItem: 'member' | 'item'): string {
  if (value instanceof Date) return value.toISOString()
  if (value instanceof XmlMap) return Object.entries(value.entries).map(([k, v]) => `<entry><key>${escapeXml(k)}</key><value>${escapeXml(v)}</value></entry>`).join('')
  if (value instanceof XmlList) return value.items.map((v) => xmlElement(value.itemName, v, listItem)).join('')
  if (Array.isArray(value)) return value.map((v) => xmlElement(listItem, v, listItem)).join('')
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([k, v]) => xmlElement(k, v, listItem)).join('')
  return escapeXml(String(value))
}
