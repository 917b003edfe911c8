/**
 * XML 1.0 allows only TAB, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and supplementary characters
 * (as valid surrogate pairs). Anything else cannot appear even as a character reference, so it is
 * replaced by a visible `\uXXXX` escape: a resource name with a stray control character must not
 * make the whole report unparseable.
 */
// eslint-disable-next-line no-control-regex
const ILLEGAL_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

function visible(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
}

/** Escapes text for an XML element body. */
export function xmlText(value: string): string {
  return value.replace(ILLEGAL_XML, visible).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Escapes text for a double-quoted XML attribute. Tabs and line breaks become character
 * references, because attribute-value normalisation would otherwise turn them into spaces.
 */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')
}
