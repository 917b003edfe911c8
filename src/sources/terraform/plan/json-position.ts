/**
 * Where JSON text stops being valid. Node 20's JSON.parse errors carry no position, and a
 * user fixing a hand-edited plan needs the line; this walks the text once (iteratively, so
 * deep nesting cannot overflow the stack) and returns the offset of the first error.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0
  const n = text.length
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++
  }
  // Stack of open containers: '{' expects key, ':' expects value after key, '[' expects value.
  const stack: ('{' | '[')[] = []
  let expectValue = true
  let afterKey = false
  for (;;) {
    ws()
    if (i >= n) return stack.length || expectValue ? n : -1
    const c = text[i]!
    const top = stack[stack.length - 1]
    if (expectValue) {
      if (c === '{' || c === '[') {
        stack.push(c)
        i++
        ws()
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop()
          i++
          expectValue = false
          continue
        }
        if (c === '{') {
          if (text[i] !== '"') return i
          afterKey = true
        }
        continue
      }
      if (c === '"') {
        const end = stringEnd(text, i)
        if (end < 0) return i
        i = end
      } else {
        const m = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64))
        if (!m) return i
        i += m[0].length
      }
      if (afterKey) {
        ws()
        if (text[i] !== ':') return i
        i++
        afterKey = false
        continue
      }
      expectValue = false
      continue
    }
    if (!top) return i
    if (c === ',') {
      i++
      ws()
      if (top === '{') {
        if (text[i] !== '"') return i
        afterKey = true
      }
      expectValue = true
      continue
    }
    if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop()
      i++
      continue
    }
    return i
  }
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') i++
    else if (c === '"') return i + 1
    else if (c === '\n') return -1
  }
  return -1
}
