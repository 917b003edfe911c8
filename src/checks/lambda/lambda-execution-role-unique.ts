import { defineCheck } from '../../core/check.js'
import type { LambdaFunction } from '../../model/lambda.js'

const MAX_EXAMPLES = 3

export default defineCheck({
  meta: {
    id: 'lambda-execution-role-unique',
    resourceType: 'lambda.function',
    reads: ['lambda.function'],
    title: 'Lambda function has an execution role of its own',
    severity: 'medium',
    categories: ['least-privilege'],
    description:
      'Fails when other functions in the inventory (any region) use the same execution role. Roles are compared by ARN, exactly as Lambda reports them. The message gives the number of functions sharing the role and up to three of their names.',
    risk:
      'A shared role holds the union of the permissions every function using it needs, so each of them can do what any of them can: a bug or an injected payload in the least important function reaches the data of the most important one. Shared roles also make the permissions impossible to trim without breaking a function, and CloudTrail cannot tell which function made a call.',
    remediation: {
      text: 'Create one execution role per function with only the permissions that function uses (IAM Access Analyzer can generate a policy from its CloudTrail activity), then point the function at it.',
      cli: 'aws iam create-role --role-name <name>-role --assume-role-policy-document file://lambda-trust.json\naws iam put-role-policy --role-name <name>-role --policy-name <name> --policy-document file://<name>-policy.json\naws lambda update-function-configuration --function-name <name> --role arn:aws:iam::<account>:role/<name>-role',
      cloudformation:
        'FunctionRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Principal: { Service: lambda.amazonaws.com }\n          Action: sts:AssumeRole\n    Policies: [...]  # only what this function needs\nFunction:\n  Type: AWS::Lambda::Function\n  Properties:\n    Role: !GetAtt FunctionRole.Arn',
      terraform:
        'resource "aws_iam_role" "orders" {\n  name               = "orders-fn"\n  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json\n}\n\nresource "aws_lambda_function" "orders" {\n  # ...\n  role = aws_iam_role.orders.arn # one role per function\n}',
    },
    messages: {
      unique: '{{name}} is the only function using the execution role {{role}}.',
      shared: '{{name}} shares its execution role {{role}} with {{count}} other function(s), for example {{examples}}.',
    },
  },
  evaluate(fn, { pass, fail, unknown, inventory }) {
    if (!fn.role) return unknown('the function has no execution role recorded', { at: 'role' })
    // Every function, every region: the role is global, so a function elsewhere shares it too.
    const group = roleGroup(inventory.lookup('lambda.function', executionRole, fn.role))
    const count = group.size - (group.ids.get(fn.id) ?? 0)
    if (count === 0) return pass('unique', { name: fn.name, role: fn.role })
    const label = (other: LambdaFunction) => (other.region === fn.region ? other.name : `${other.name} (${other.region})`)
    // The first names in (name, region) order, plus any that tie with the last one, then the
    // labels sorted: the same examples as sorting every label, without doing that per function.
    const candidates: LambdaFunction[] = []
    for (const other of group.sorted) {
      if (other.id === fn.id) continue
      if (candidates.length >= MAX_EXAMPLES && other.name !== candidates[candidates.length - 1]!.name) break
      candidates.push(other)
    }
    const examples = candidates.map(label).sort().slice(0, MAX_EXAMPLES)
    return fail('shared', { data: { name: fn.name, role: fn.role, count, examples: examples.join(', ') }, at: 'role' })
  },
})

/** Index key of a function: its execution role ARN. */
function executionRole(fn: LambdaFunction): string | undefined {
  return fn.role || undefined
}

interface RoleGroup {
  size: number
  /** Functions of the group by id (an id listed twice counts twice). */
  ids: ReadonlyMap<string, number>
  /** Sorted by name, then region. */
  sorted: readonly LambdaFunction[]
}

/**
 * The functions of one role, counted and sorted once per scan: the inventory hands out the same
 * (immutable) list for every function of the role, so a role shared by thousands of functions
 * costs one sort instead of one per function. A cache of a pure function of its input.
 */
const groups = new WeakMap<readonly LambdaFunction[], RoleGroup>()

function roleGroup(list: readonly LambdaFunction[]): RoleGroup {
  let g = groups.get(list)
  if (!g) {
    const ids = new Map<string, number>()
    for (const f of list) ids.set(f.id, (ids.get(f.id) ?? 0) + 1)
    const sorted = [...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.region < b.region ? -1 : a.region > b.region ? 1 : 0))
    g = { size: list.length, ids, sorted }
    groups.set(list, g)
  }
  return g
}
