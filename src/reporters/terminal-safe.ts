/**
 * Resource names, tags and policy text come from the scanned account or template, so they can
 * hold terminal escape sequences (ESC[…, OSC 8 links, BEL, backspace) that would rewrite what
 * the user sees. Replace every C0/C1 control except newline and tab with a visible escape.
 */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * terminalSafe for text that must stay on one line (a name, a message, a reason): a line break
 * in a resource name would otherwise let it print a forged line of the report.
 */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text).replace(/\n/g, '\\n')
}
