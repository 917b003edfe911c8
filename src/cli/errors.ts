/** A problem with what the user asked for (flags, files, config). One line, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage/config/internal error. */
export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_ERROR = 2
