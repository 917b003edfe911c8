/**
 * Template text shared by the `iac` tables of check tests: a Lambda function, an SNS topic and
 * the wrappers that turn resource blocks into a template. A block is the YAML of one or more
 * resources at indent 0 (`Logical:\n  Type: …`), or the HCL of one or more Terraform blocks.
 */

const indent = (text: string, spaces: number) => text.split('\n').map((l) => (l.trim() ? ' '.repeat(spaces) + l : l)).join('\n')

/** A `Resources` body made of CloudFormation blocks (snippets.ts wraps it). */
export const cfnBody = (...blocks: string[]): string => `\n${blocks.join('')}`

/** A whole SAM template: the transform and the blocks under `Resources`. */
export const samTemplate = (...blocks: string[]): string => `\nTransform: AWS::Serverless-2016-10-31\nResources:\n${indent(blocks.join(''), 2)}`

/** A Terraform `main.tf` made of blocks. */
export const tfFile = (...blocks: string[]): string => `\n${blocks.join('')}`

/**
 * A plain CloudFormation function, `Fn` named orders unless `id` and `name` say otherwise.
 * `role` is the Role value (a fixed ARN unless the test declares the role); `props` adds
 * flow-mapping entries (`, VpcConfig: {…}`).
 */
export const cfnFunction = ({ id = 'Fn', name = 'orders', role = 'arn:aws:iam::123456789012:role/fn', props = '' }: { id?: string; name?: string; role?: string; props?: string } = {}): string =>
  `${id}:\n  Type: AWS::Lambda::Function\n  Properties: { FunctionName: ${name}, Runtime: python3.13, Handler: index.handler, Role: ${role}, Code: { ZipFile: x }${props} }\n`

/** A SAM function, `Fn` unless `id` says otherwise; `props` adds flow-mapping entries. */
export const samFunction = (props = '', id = 'Fn'): string => `${id}:\n  Type: AWS::Serverless::Function\n  Properties: { Runtime: python3.13, Handler: index.handler, CodeUri: src/${props} }\n`

/** The SNS topic `Alerts` that alarms notify. */
export const CFN_ALERTS_TOPIC = 'Alerts:\n  Type: AWS::SNS::Topic\n'

/** The SNS topic `aws_sns_topic.alerts`. */
export const TF_ALERTS_TOPIC = 'resource "aws_sns_topic" "alerts" {\n  name = "alerts"\n}\n'

/**
 * The Terraform function `aws_lambda_function.<name>`; `role` is the HCL expression of the
 * role (a fixed ARN string unless the test declares the role), `body` extra lines or blocks.
 */
export function tfFunction({ name = 'orders', role, runtime = 'python3.13', body = '' }: { name?: string; role?: string; runtime?: string; body?: string } = {}): string {
  const roleExpr = role ?? `"arn:aws:iam::123456789012:role/${name}"`
  return `resource "aws_lambda_function" "${name}" {\n  function_name = "${name}"\n  role          = ${roleExpr}\n  handler       = "index.handler"\n  runtime       = "${runtime}"\n${indent(body, 2)}}\n`
}
