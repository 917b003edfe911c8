/** Escapes text for HTML element bodies and quoted attribute values (both quote kinds). */
export function htmlText(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!)
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * JSON for a `<script type="application/json">` block. `<`, `>` and `&` become \u escapes, so
 * no value (a tag holding `</script>`, `<!--`) can end the block or open a comment in it; the
 * JSON parser restores them. U+2028/2029 are escaped too, for any consumer that evaluates it as JS.
 */
export function jsonForScriptBlock(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
