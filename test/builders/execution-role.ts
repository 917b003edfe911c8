/**
 * Scenarios for the Lambda execution-role checks: the factory function `orders` with its role
 * `orders-role` holding given statements, and templates of a function whose role carries one
 * inline policy (plain CloudFormation, SAM `Policies`, Terraform).
 */
import type { PolicyStatement } from '../../src/model/common.js'
import type { InventoryGap } from '../../src/core/inventory.js'
import { ACCOUNT, iamRole, managedPolicy } from '../factories/index.js'
import { cfnBody, cfnFunction, samTemplate, tfFile, tfFunction } from './iac-fragments.js'
import { allow, policyDoc } from './policy.js'

export { allow, policyDoc }

/** The inventory around the function: its role, built from the factory role. */
export const withRole = (over: Parameters<typeof iamRole>[0] = {}) => ({ 'iam.role': [iamRole(over)] })

/** The role's inline policies: one policy `app` of these statements. */
export const appInlinePolicy = (...statements: PolicyStatement[]) => [{ name: 'app', document: policyDoc(...statements) }]

/** The inventory around the function: its role with one inline policy `app` of these statements. */
export const withInlinePolicy = (...statements: PolicyStatement[]) => withRole({ inlinePolicies: appInlinePolicy(...statements) })

/** An attachment of the customer managed policy `name` (whose document a case may leave out). */
export const customerPolicyAttachment = (name: string) => ({ arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`, name })

/** The gap left when managed policies could not be listed. */
export const MANAGED_POLICIES_GAP: InventoryGap = { resourceType: 'iam.policy', region: 'global', code: 'AccessDenied', message: 'denied' }

/** AWSLambdaBasicExecutionRole: logs on every resource. */
export const BASIC_EXECUTION_ARN = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'
export const basicExecutionPolicy = managedPolicy({
  name: 'AWSLambdaBasicExecutionRole',
  arn: BASIC_EXECUTION_ARN,
  awsManaged: true,
  document: policyDoc(allow(['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], '*')),
})
export const basicExecutionAttachment = { arn: BASIC_EXECUTION_ARN, name: 'AWSLambdaBasicExecutionRole' }

// --- Templates ------------------------------------------------------------------------------
// Statements are given as one-line YAML flow mappings (CloudFormation, SAM) or HCL objects
// (Terraform): `{ Effect: Allow, Action: …, Resource: … }`.

/** The trust statement of an execution role: Lambda may assume it (YAML and HCL). */
export const CFN_LAMBDA_TRUST = '{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }'
export const TF_LAMBDA_TRUST = '{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }'

/** A role that only Lambda may assume, with more YAML property lines when given. */
export const cfnExecutionRole = (id = 'Role', properties: string[] = []): string =>
  [`${id}:`, '  Type: AWS::IAM::Role', '  Properties:', `    AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [${CFN_LAMBDA_TRUST}] }`, ...properties, ''].join('\n')

/** `aws_iam_role.<name>`, trusted by `trust` (Lambda by default). */
export const tfExecutionRole = (name: string, trust: string[] = [TF_LAMBDA_TRUST]): string =>
  `resource "aws_iam_role" "${name}" {\n  name               = "${name}"\n  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [${trust.join(', ')}] })\n}\n`

/**
 * The role `Role` (trusted by `trust`, Lambda by default; inline policy `app` of the
 * statements unless there are none) and the function `Fn` that uses it; `between` adds
 * resources between them.
 */
export function cfnRoleWithPolicy(statements: string[], between = '', trust: string[] = [CFN_LAMBDA_TRUST]): string {
  const policy = [
    '    Policies:',
    '      - PolicyName: app',
    '        PolicyDocument:',
    "          Version: '2012-10-17'",
    '          Statement:',
    ...statements.map((s) => `            - ${s}`),
  ]
  const role = [
    'Role:',
    '  Type: AWS::IAM::Role',
    '  Properties:',
    '    AssumeRolePolicyDocument:',
    "      Version: '2012-10-17'",
    `      Statement: [${trust.join(', ')}]`,
    ...(statements.length > 0 ? policy : []),
    '',
  ].join('\n')
  return cfnBody(role, between, cfnFunction({ role: '!GetAtt Role.Arn' }))
}

/** The SAM function `Fn` (orders) with a `Policies` statement list; `before` adds resources ahead of it. */
export function samFunctionWithPolicy(statements: string[], before = ''): string {
  const fn = [
    'Fn:',
    '  Type: AWS::Serverless::Function',
    '  Properties:',
    '    FunctionName: orders',
    '    Runtime: python3.13',
    '    Handler: index.handler',
    '    CodeUri: src/',
    '    Policies:',
    '      - Statement:',
    ...statements.map((s) => `          - ${s}`),
    '',
  ].join('\n')
  return samTemplate(before, fn)
}

/**
 * `aws_iam_role.orders` (trusted by `trust`, Lambda by default), its inline policy `app` of
 * the statements unless there are none, and the function orders; `between` adds blocks
 * before the function.
 */
export function tfRoleWithPolicy(statements: string[], between = '', trust: string[] = [TF_LAMBDA_TRUST]): string {
  const policy = [
    'resource "aws_iam_role_policy" "orders" {',
    '  name   = "app"',
    '  role   = aws_iam_role.orders.id',
    '  policy = jsonencode({',
    '    Version = "2012-10-17"',
    '    Statement = [',
    ...statements.map((s) => `      ${s},`),
    '    ]',
    '  })',
    '}',
    '',
  ].join('\n')
  return tfFile(
    tfExecutionRole('orders', trust),
    statements.length > 0 ? policy : '',
    between,
    tfFunction({ role: 'aws_iam_role.orders.arn' }),
  )
}
