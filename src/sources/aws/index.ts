/**
 * The live AWS source: credentials, regions, rate-limited SDK clients and one collector per
 * resource family, producing the normalized inventory the checks read.
 */
export { collectAws, type CollectAwsOptions } from './collect.js'
export type { ProgressEvent, AwsContext } from './context.js'
export type { Collector, CollectResult } from './collector.js'
export { COLLECTORS, collectorsFor } from './registry.js'
export { permissionsPolicy } from './permissions.js'
export { CODE_INSPECTION_ACTIONS, type CodeInspectionOptions } from './code/inspect-code.js'
export { AwsSetupError, NoCredentialsError } from './setup-errors.js'
