import { defineCheck } from '../../core/check.js'
import { listForMessage } from '../../analysis/lambda/execution-role.js'

const DAY_MS = 86_400_000

export default defineCheck({
  meta: {
    id: 'lambda-execution-role-unused-permissions',
    resourceType: 'lambda.function',
    reads: ['iam.role', 'iam.role-last-accessed'],
    title: 'Lambda execution role grants only services the function uses',
    severity: 'medium',
    categories: ['least-privilege'],
    liveOnly: true,
    description:
      'Uses IAM\'s service-last-accessed report for the execution role (GenerateServiceLastAccessedDetails, collected only when this check runs): every service the role\'s policies allow is listed with the last time the role authenticated to it. Fails when some services were not used within the option `days` (default 90) — or never. Roles younger than that window pass: they have not had the time to use everything. IAM tracks service access since October 2020 and reports it with a delay of a few hours; a report that could not be produced (AccessDenied, a job that failed or did not finish) makes the verdict unknown.',
    risk:
      'Permissions the function never uses are pure exposure: they do nothing for the function and everything for an attacker who gets its credentials.',
    remediation: {
      text: 'Remove the unused services from the role\'s policies (IAM Access Analyzer can generate a policy from the role\'s CloudTrail activity). If a service is used only rarely — yearly jobs, disaster recovery — keep it and raise `days` for this function in the clearsky configuration.',
      cli: 'aws iam generate-service-last-accessed-details --arn <role-arn>\naws iam get-service-last-accessed-details --job-id <job-id>\naws iam put-role-policy --role-name <role> --policy-name <name> --policy-document file://without-unused-services.json',
      cloudformation: '# Remove the unused service\'s actions from the role\'s policy:\nPolicies:\n  - PolicyName: app\n    PolicyDocument:\n      Version: "2012-10-17"\n      Statement:\n        - Effect: Allow\n          Action: [dynamodb:GetItem]   # the services the function really calls\n          Resource: !GetAtt Table.Arn',
      terraform: 'data "aws_iam_policy_document" "fn" {\n  statement {\n    actions   = ["dynamodb:GetItem"] # the services the function really calls\n    resources = [aws_dynamodb_table.t.arn]\n  }\n}',
    },
    options: { days: 90 },
    messages: {
      'all-used': 'The execution role {{role}} of {{name}} used every service it is allowed within {{days}} days ({{count}} services).',
      'recent-role': 'The execution role {{role}} of {{name}} is younger than {{days}} days: its unused services are not judged yet.',
      unused: 'The execution role {{role}} of {{name}} allows {{count}} service(s) it has not used in {{days}} days: {{services}}.',
    },
  },
  evaluate(fn, { pass, fail, unknown, inventory, options, now }) {
    if (!fn.role) return unknown('the function has no execution role recorded', { at: 'role' })
    const role = inventory.get('iam.role', fn.role)
    if (!role) return unknown(`the execution role ${fn.role} is not in the inventory`, { at: 'role' })
    const report = inventory.get('iam.role-last-accessed', role.arn ?? role.id)
    if (!report) return unknown(`no service-last-accessed report for ${role.name} (it is collected only in live scans)`, { at: 'role' })
    const days = typeof options.days === 'number' && options.days > 0 ? options.days : 90
    const cutoff = now.getTime() - days * DAY_MS
    const names = { name: fn.name, role: role.name, days }
    if (role.createDate && Date.parse(role.createDate) > cutoff) return pass('recent-role', names)
    const unused = report.services.filter((s) => !s.lastAuthenticated || Date.parse(s.lastAuthenticated) < cutoff).map((s) => s.namespace)
    if (unused.length > 0) return fail('unused', { data: { ...names, count: unused.length, services: listForMessage(unused.sort(), 8) }, at: 'role' })
    return pass('all-used', { ...names, count: report.services.length })
  },
})
