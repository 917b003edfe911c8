/**
 * Untrusted text (resource names, tag values, messages) inside GitHub-flavoured Markdown, e.g. a
 * pull-request comment. Produces one line of inert text:
 *  - HTML special characters become entities (no raw HTML, no `<details>` injection);
 *  - Markdown punctuation is backslash-escaped (no links, images, emphasis, code spans, table
 *    breaks with `|`);
 *  - `@name` gets a zero-width space after the `@`, so a resource called `@org/team` does not
 *    notify anyone;
 *  - line breaks and control characters become spaces.
 */
export function markdownText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
      .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
      .replace(/@/g, '@\u200b')
  )
}

/** A fenced code block whose fence is longer than any backtick run in the content. */
export function markdownFence(code: string, lang = ''): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${lang}\n${code}\n${fence}`
}
