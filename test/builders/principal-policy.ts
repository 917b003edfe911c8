/**
 * An IAM user, group or role with inline policies, for the checks that read a principal's
 * own policies (the iam-*-inline-policy-not-admin, *-no-privilege-escalation and
 * kms-*-inline-policy-no-decrypt-all-keys families): the inventory resource, the listing gap,
 * and templates that give the principal a policy document in each form CloudFormation and
 * Terraform offer.
 */
import type { InventoryGap } from '../../src/core/inventory.js'
import type { PolicyDocument } from '../../src/model/common.js'
import type { IamGroup, IamRole, IamUser } from '../../src/model/iam.js'
import type { IacSnippetCases } from '../iac/snippets.js'
import { iamGroup, iamRole, iamUser } from '../factories/index.js'

export type PrincipalKind = 'user' | 'group' | 'role'
type PrincipalOf<K extends PrincipalKind> = { user: IamUser; group: IamGroup; role: IamRole }[K]
/** What every kind of principal has: its policies and what could not be read. */
export type PrincipalOver = { [P in 'name' | 'inlinePolicies' | 'attachedPolicies' | 'unresolved']?: IamRole[P] }

/** The factory principal of this kind, with the overrides. */
export function principal<K extends PrincipalKind>(kind: K, over: PrincipalOver = {}): PrincipalOf<K> {
  const factories: { [Kind in PrincipalKind]: (o: PrincipalOver) => PrincipalOf<Kind> } = { user: iamUser, group: iamGroup, role: iamRole }
  return factories[kind](over) as PrincipalOf<K>
}

/** The gap left when principals of this kind could not be listed. */
export const principalListingDenied = (kind: PrincipalKind): InventoryGap => ({ resourceType: `iam.${kind}`, region: 'global', code: 'AccessDenied', message: 'denied' })

// --- Templates ------------------------------------------------------------------------------

const CFN_TYPE = { user: 'User', group: 'Group', role: 'Role' } as const
const LAMBDA_TRUST_YAML = '{ Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }] }'
const LAMBDA_TRUST_JSON = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] })

/** A policy document as a one-line JSON flow mapping (valid YAML). */
const flowJson = (doc: PolicyDocument) => JSON.stringify(doc).replace(/":/g, '": ').replace(/,"/g, ', "')

/** The principal's logical id: roles are `Role`, users and groups `Principal`. */
const logicalId = (kind: PrincipalKind) => (kind === 'role' ? 'Role' : 'Principal')

/** The principal resource; `named` gives a user or group its name, `properties` adds YAML lines. */
function cfnPrincipal(kind: PrincipalKind, { named = false, properties = [] as string[] } = {}): string {
  const props = [...(kind === 'role' ? [`    AssumeRolePolicyDocument: ${LAMBDA_TRUST_YAML}`] : named ? [`    ${CFN_TYPE[kind]}Name: app`] : []), ...properties]
  return [`${logicalId(kind)}:`, `  Type: AWS::IAM::${CFN_TYPE[kind]}`, ...(props.length > 0 ? ['  Properties:', ...props] : []), ''].join('\n')
}

/** CloudFormation: the document in the principal's own `Policies`. */
export const cfnInlinePolicy = (kind: PrincipalKind, doc: PolicyDocument): string =>
  cfnPrincipal(kind, { properties: ['    Policies:', '      - PolicyName: app', `        PolicyDocument: ${flowJson(doc)}`] })

/** CloudFormation: the document in a separate AWS::IAM::UserPolicy / GroupPolicy / RolePolicy. */
export const cfnPolicyResource = (kind: PrincipalKind, doc: PolicyDocument): string =>
  cfnPrincipal(kind, { named: true }) +
  ['Inline:', `  Type: AWS::IAM::${CFN_TYPE[kind]}Policy`, '  Properties:', `    ${CFN_TYPE[kind]}Name: !Ref ${logicalId(kind)}`, '    PolicyName: app', `    PolicyDocument: ${flowJson(doc)}`, ''].join('\n')

/** CloudFormation: the document in an AWS::IAM::Policy that lists the principal. */
export const cfnSharedPolicy = (kind: PrincipalKind, doc: PolicyDocument): string =>
  cfnPrincipal(kind) + ['Inline:', '  Type: AWS::IAM::Policy', '  Properties:', `    ${CFN_TYPE[kind]}s: [!Ref ${logicalId(kind)}]`, '    PolicyName: app', `    PolicyDocument: ${flowJson(doc)}`, ''].join('\n')

const heredoc = (json: string) => `<<EOT\n${json}\nEOT`

/** `aws_iam_<kind>.app`; a role trusts Lambda. `inner` adds lines inside the block. */
function tfPrincipal(kind: PrincipalKind, inner = ''): string {
  const head = kind === 'role' ? `  name               = "app"\n  assume_role_policy = ${heredoc(LAMBDA_TRUST_JSON)}\n` : '  name = "app"\n'
  return `resource "aws_iam_${kind}" "app" {\n${head}${inner}}\n`
}

/** Terraform: the document in a separate aws_iam_<kind>_policy. */
export const tfPolicyResource = (kind: PrincipalKind, doc: PolicyDocument): string =>
  `\n${tfPrincipal(kind)}resource "aws_iam_${kind}_policy" "app" {\n  name   = "app"\n  ${kind}   = aws_iam_${kind}.app.${kind === 'role' ? 'id' : 'name'}\n  policy = ${heredoc(JSON.stringify(doc, null, 2))}\n}\n`

/** Terraform: the document in an `inline_policy` block of aws_iam_role. */
export const tfRoleInlinePolicy = (doc: PolicyDocument): string =>
  `\n${tfPrincipal('role', `  inline_policy {\n    name   = "app"\n    policy = ${heredoc(JSON.stringify(doc, null, 2))}\n  }\n`)}`

/** Two passing and two failing documents for a check's iac table (the second good one optional). */
export interface PolicyDocuments {
  good: [PolicyDocument, PolicyDocument?]
  bad: [PolicyDocument, PolicyDocument]
}

/**
 * The CloudFormation cases of a principal check: each document in another form, so that every
 * way a template can give the principal an inline policy is read. Users and groups: own
 * `Policies`, a separate policy resource and a shared AWS::IAM::Policy. Roles: own `Policies`
 * and a RolePolicy.
 */
export function cfnPrincipalCases(kind: PrincipalKind, { good: [good1, good2], bad: [bad1, bad2] }: PolicyDocuments): IacSnippetCases {
  const good = [cfnInlinePolicy(kind, good1), ...(good2 ? [cfnPolicyResource(kind, good2)] : [])]
  if (kind === 'role') return { good, bad: [cfnInlinePolicy(kind, bad1), cfnPolicyResource(kind, bad2)] }
  return { good, bad: [cfnSharedPolicy(kind, bad1), cfnInlinePolicy(kind, bad2)] }
}

/**
 * The Terraform cases of a principal check: roles alternate `inline_policy` blocks and
 * aws_iam_role_policy; users and groups have one form (the same document twice would be the
 * same snippet twice).
 */
export function tfPrincipalCases(kind: PrincipalKind, { good: [good1, good2], bad: [bad1, bad2] }: PolicyDocuments): IacSnippetCases {
  if (kind === 'role') return { good: [tfRoleInlinePolicy(good1), ...(good2 ? [tfPolicyResource(kind, good2)] : [])], bad: [tfPolicyResource(kind, bad1), tfRoleInlinePolicy(bad2)] }
  const tf = (d: PolicyDocument) => tfPolicyResource(kind, d)
  return { good: [...new Set([tf(good1), ...(good2 ? [tf(good2)] : [])])], bad: [tf(bad1), tf(bad2)] }
}

// --- A role on its own ----------------------------------------------------------------------

/** A role in a template: its trust policy and, optionally, one inline policy (named per language). */
export interface RoleTemplate {
  trust: PolicyDocument
  inlinePolicy?: { names: { cloudformation: string; terraform: string }; document: PolicyDocument }
}

/** The trust policy of a Lambda execution role. */
export const LAMBDA_TRUST_POLICY: PolicyDocument = JSON.parse(LAMBDA_TRUST_JSON) as PolicyDocument

/** CloudFormation: one AWS::IAM::Role resource. */
export function cfnRole({ trust, inlinePolicy }: RoleTemplate): string {
  const policies = inlinePolicy ? [`  Policies:`, `    - PolicyName: ${inlinePolicy.names.cloudformation}`, `      PolicyDocument: ${flowJson(inlinePolicy.document)}`] : []
  return ['Type: AWS::IAM::Role', 'Properties:', `  AssumeRolePolicyDocument: ${flowJson(trust)}`, ...policies].join('\n')
}

/** Terraform: `aws_iam_role.r`, the documents as heredoc JSON. */
export function tfRole({ trust, inlinePolicy }: RoleTemplate): string {
  const inline = inlinePolicy ? `  inline_policy {\n    name   = "${inlinePolicy.names.terraform}"\n    policy = ${heredoc(JSON.stringify(inlinePolicy.document, null, 2))}\n  }\n` : ''
  return `\nresource "aws_iam_role" "r" {\n  name               = "r"\n  assume_role_policy = ${heredoc(JSON.stringify(trust, null, 2))}\n${inline}}\n`
}

/** The cases of a role check: one passing and one failing role. */
export const cfnRoleCases = (good: RoleTemplate, bad: RoleTemplate): IacSnippetCases => ({ good: [cfnRole(good)], bad: [cfnRole(bad)] })
export const tfRoleCases = (good: RoleTemplate, bad: RoleTemplate): IacSnippetCases => ({ good: [tfRole(good)], bad: [tfRole(bad)] })
