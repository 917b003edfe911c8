/** Offsets → 1-based line and column numbers of one file. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  line(offset: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }

  column(offset: number): number {
    return offset - this.starts[this.line(offset) - 1]! + 1
  }

  /** Line of the last character of a span that ends (exclusive) at `end`. */
  endLine(end: number): number {
    return this.line(Math.max(0, end - 1))
  }

  get lines(): string[] {
    return this.text.split('\n')
  }
}
