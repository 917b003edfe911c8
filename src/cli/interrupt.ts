/**
 * Ctrl-C handling. The first SIGINT aborts collection through an AbortSignal (every in-flight
 * AWS call and every waiter listens to it), so the CLI stops promptly and writes no report; a
 * second SIGINT exits at once. Reports and snapshots are written atomically (temp file and
 * rename), so an interrupted run never leaves a partial file that looks complete.
 */
const controller = new AbortController()

export const interruptSignal: AbortSignal = controller.signal

export const EXIT_INTERRUPTED = 130

export function installInterruptHandler(): void {
  process.once('SIGINT', () => {
    process.stderr.write('\nclearsky: interrupted — stopping (press Ctrl-C again to quit at once)\n')
    controller.abort(new Error('interrupted'))
    process.once('SIGINT', () => process.exit(EXIT_INTERRUPTED))
  })
}

/** Collection may return what it had when aborted; never report that as a complete scan. */
export function throwIfInterrupted(): void {
  if (interruptSignal.aborted) throw new Error('interrupted')
}
