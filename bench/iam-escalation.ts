/**
 * Privilege-escalation analysis over a generated account: 2,000 roles (and 200 users in 20
 * groups) with inline policies, customer and AWS managed policies, conditions and a few
 * permissions boundaries, every principal against every method of
 * data/privilege-escalation.json. Prints the time; not a timed test.
 *
 *   node --import tsx bench/iam-escalation.ts [roles] [regions]
 */
import { performance } from 'node:perf_hooks'
import { analyzeAccountEscalation } from '../src/analysis/iam/escalation-account.js'
import { ESCALATION_METHODS } from '../src/analysis/iam/escalation.js'
import type { PolicyDocument, PolicyStatement } from '../src/model/common.js'
import type { IamGroup, IamManagedPolicy, IamRole, IamUser } from '../src/model/iam.js'
import { createPrng } from '../test/aws-server/prng.js'

const ACCOUNT = '111122223333'
const ROLES = Number(process.argv[2] ?? 2000)
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'].slice(0, Number(process.argv[3] ?? 3))
const prng = createPrng(2026)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(prng.next() * xs.length)]!

const ACTIONS = [
  's3:GetObject', 's3:PutObject', 's3:*', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:*', 'sqs:SendMessage', 'sqs:*', 'sns:Publish',
  'logs:CreateLogStream', 'logs:PutLogEvents', 'kms:Decrypt', 'secretsmanager:GetSecretValue', 'ssm:GetParameter', 'lambda:InvokeFunction', 'lambda:UpdateFunctionCode',
  'iam:PassRole', 'iam:GetRole', 'iam:PutRolePolicy', 'ec2:RunInstances', 'ec2:Describe*', 'cloudformation:CreateStack', 'glue:CreateJob', 'states:StartExecution', 'xray:PutTraceSegments',
]
const RESOURCES = ['*', `arn:aws:s3:::bucket-${0}/*`, `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`, `arn:aws:iam::${ACCOUNT}:role/svc-*`, 'arn:aws:lambda:*:*:function:*', `arn:aws:sqs:us-east-1:${ACCOUNT}:queue-1`]
const CONDITIONS: (PolicyStatement['Condition'] | undefined)[] = [
  undefined, undefined, undefined,
  { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } },
  { StringEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } },
  { StringEquals: { 'aws:PrincipalTag/team': 'payments' } },
]

function statement(): PolicyStatement {
  const n = 1 + Math.floor(prng.next() * 4)
  const actions = Array.from({ length: n }, () => pick(ACTIONS))
  const condition = pick(CONDITIONS)
  return { Effect: prng.next() < 0.05 ? 'Deny' : 'Allow', Action: actions, Resource: pick(RESOURCES), ...(condition ? { Condition: condition } : {}) }
}

const doc = (statements: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement: statements })

const managed: IamManagedPolicy[] = Array.from({ length: 60 }, (_, i) => {
  const arn = `arn:aws:iam::${ACCOUNT}:policy/shared-${i}`
  return { id: arn, arn, name: `shared-${i}`, region: 'global', awsManaged: false, document: doc(Array.from({ length: 1 + (i % 5) }, statement)) }
})
const basic = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'
managed.push({ id: basic, arn: basic, name: 'AWSLambdaBasicExecutionRole', region: 'global', awsManaged: true, document: doc([{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }]) })
const boundary = managed[0]!

const roles: IamRole[] = Array.from({ length: ROLES }, (_, i) => {
  const arn = `arn:aws:iam::${ACCOUNT}:role/fn-${i}`
  return {
    id: arn, arn, name: `fn-${i}`, region: 'global', path: '/', accountId: ACCOUNT, tags: { team: i % 2 ? 'payments' : 'search' },
    trustPolicy: doc([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    inlinePolicies: Array.from({ length: 1 + (i % 3) }, (_, j) => ({ name: `inline-${j}`, document: doc(Array.from({ length: 1 + Math.floor(prng.next() * 4) }, statement)) })),
    attachedPolicies: [{ arn: basic, name: 'AWSLambdaBasicExecutionRole' }, ...Array.from({ length: i % 3 }, () => { const p = pick(managed); return { arn: p.arn!, name: p.name } })],
    ...(i % 10 === 0 ? { permissionsBoundaryArn: boundary.arn! } : {}),
  }
})
const groups: IamGroup[] = Array.from({ length: 20 }, (_, i) => ({ id: `arn:aws:iam::${ACCOUNT}:group/g-${i}`, arn: `arn:aws:iam::${ACCOUNT}:group/g-${i}`, name: `g-${i}`, region: 'global', path: '/', inlinePolicies: [{ name: 'g', document: doc([statement(), statement()]) }], attachedPolicies: [] }))
const users: IamUser[] = Array.from({ length: Math.round(ROLES / 10) }, (_, i) => ({ id: `arn:aws:iam::${ACCOUNT}:user/u-${i}`, arn: `arn:aws:iam::${ACCOUNT}:user/u-${i}`, name: `u-${i}`, region: 'global', path: '/', inlinePolicies: [], attachedPolicies: [], groups: [`g-${i % 20}`, `g-${(i + 7) % 20}`] }))

const byArn = new Map(managed.map((p) => [p.arn!, p]))
const byGroup = new Map(groups.map((g) => [g.name, g]))
const lookup = { managedPolicy: (arn: string) => byArn.get(arn), group: (n: string) => byGroup.get(n) }

const started = performance.now()
const result = analyzeAccountEscalation({ roles, users, lookup, scope: { partition: 'aws', account: ACCOUNT, regions: REGIONS } })
const ms = performance.now() - started
const escalating = result.filter((p) => p.methods.length > 0)
const conditional = escalating.filter((p) => p.methods.every((m) => m.conditional))
console.log(
  `iam-escalation: ${roles.length} roles + ${users.length} users × ${ESCALATION_METHODS.length} methods × ${REGIONS.length} regions in ${ms.toFixed(0)} ms ` +
    `(${((ms * 1000) / result.length).toFixed(0)} µs per principal); ${escalating.length} can escalate, ${conditional.length} only under conditions`,
)
