/**
 * Bounds that keep a scan finite on hostile or broken input. A template that exceeds one is
 * reported as an error for that file; the scan goes on with the others.
 */

/**
 * CloudFormation accepts template bodies up to 1 MB (uploaded through S3); twice that leaves
 * room for comments and CDK output while refusing multi-megabyte files before parsing them.
 */
export const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024

/** Nesting depth of mappings/sequences. Real templates stay under ~20 (policy conditions inside Fn::If). */
export const MAX_DEPTH = 100

/** Total nodes produced after expanding YAML aliases: stops "billion laughs" alias bombs. */
export const MAX_NODES = 250_000

/** Alias references in one file (yaml's own default for toJS is 100; templates rarely use any). */
export const MAX_ALIASES = 1_000

/** How many bytes of a file discovery reads to decide what it is. */
export const SNIFF_BYTES = 64 * 1024

/** Files discovery looks at at most, so a scan of `/` ends. */
export const MAX_FILES_VISITED = 200_000

/** Nested stacks deeper than this are not followed (CloudFormation itself allows 5 levels in practice). */
export const MAX_NESTED_DEPTH = 8
