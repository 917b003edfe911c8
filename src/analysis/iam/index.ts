/**
 * clearsky's condition-aware IAM policy engine. Pure and synchronous; policy documents are compiled
 * once (cached by object identity). See docs/iam-engine.md.
 */
export { evaluateRequest, type AccessRequest, type PolicySet, type EvaluationResult, type Decision, type DecisionReason, type StatementRef, type ResourcePolicyKind } from './evaluate.js'
export {
  analyzeExternalAccess,
  type ExternalAccessOptions,
  type ExternalAccessResult,
  type StatementAccess,
  type PrincipalReach,
  type ReachKind,
  type CrossAccountGrant,
  type ServicePrincipalGrant,
} from './external-access.js'
export type { Restriction } from './restrictions.js'
export { accountPrincipal, parsePrincipalElement, type RequestPrincipal, type PrincipalEntry } from './principals.js'
export type { ContextInput, ContextValue } from './context.js'
export { compilePolicy, ANY_RESOURCE, type CompiledPolicy, type CompiledStatement } from './compile.js'
export {
  expandActionPattern,
  accessLevel,
  isReadOnlyAction,
  isListAction,
  isWriteAction,
  isPermissionsManagementAction,
  isKnownAction,
  statementGrantsAllActions,
  serviceWideGrants,
  actionsCovered,
} from './actions.js'
export { actionInfo, catalogueVersion, type AccessLevel, type ActionInfo } from './catalogue.js'
export {
  assessAdministratorAccess,
  grantOnEveryResource,
  policySetGrantsOnEveryResource,
  ADMIN_PROBE_ACTIONS,
  type AdminAssessment,
  type GrantLevel,
  type GrantingStatement,
  type NamedPolicy,
  type PolicySetGrant,
} from './admin.js'
export { parseArn, accountOfArn, isAccountId } from './arn.js'
export { isAwsManagedPolicyArn, isKnownAdminPolicyArn, ADMIN_EQUIVALENT_DOCUMENT } from './admin-policies.js'
export { identityGrant, identityGrantOnProbes, principalCapabilityContext, type CapabilityContext, type IdentityPolicySet, type PrincipalFacts } from './capability.js'
export { probeGroups, PROBE_NAME, type ProbeScope, type ProbeGroups } from './probes.js'
export { analyzeEscalation, describeEscalation, ESCALATION_METHODS, ESCALATION_SOURCES, type EscalationMatch, type EscalationMethod, type EscalationPrincipal } from './escalation.js'
export { analyzeAccountEscalation, type PrincipalEscalation } from './escalation-account.js'
export { roleIdentity, userIdentity, inventoryPolicyLookup, roleFacts, userFacts, type PolicyLookup, type ResolvedIdentity } from './principal-policies.js'
export { trustReach, describeReach, ASSUME_ACTIONS } from './trust.js'
