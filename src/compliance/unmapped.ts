/**
 * Checks that no compliance framework control maps to, each with the reason. Every check in
 * the catalogue is either mapped by some framework or listed here (test/meta/compliance.test.ts).
 */
export const UNMAPPED_CHECKS: Readonly<Record<string, string>> = {}
