import { defineCheck } from '../../core/check.js'
import { findRuntime, runtimeStatus, successorOf } from '../../analysis/runtime-lifecycle.js'

const DEFAULT_LEAD_DAYS = 180

function leadDaysOption(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : DEFAULT_LEAD_DAYS
}

export default defineCheck({
  meta: {
    id: 'lambda-runtime-deprecation-upcoming',
    resourceType: 'lambda.function',
    title: 'Lambda function runtime is not deprecated within the planning window',
    severity: 'medium',
    categories: ['lifecycle'],
    description:
      'Warns ahead of time: fails when AWS deprecates the function\'s runtime within `leadDays` (default 180) of the scan, counted in whole days to 00:00 UTC of the deprecation date in data/lambda-runtimes.json (the same table and arithmetic as lambda-runtime-supported, src/analysis/runtime-lifecycle.ts). From the deprecation date on, the function is lambda-runtime-supported\'s (high) and this check skips it, so the two never fail together: this one covers the days before the date, that one the date and after. `leadDays: 0` turns the warning off. An unknown runtime is unknown; container images are skipped.',
    risk: 'Migrating a runtime means updating dependencies, rebuilding native modules and testing, often across many functions; started late, it collides with AWS\'s deprecation date, after which the runtime gets no security patches, and then with the dates from which creating and updating functions on it is blocked.',
    remediation: {
      text: 'Plan the move now: upgrade the function to the suggested runtime of the same language, run its tests, deploy, and change the runtime in your infrastructure code so later deployments keep it.',
      cli: 'aws lambda update-function-configuration --function-name <name> --runtime <newer-runtime>',
      cloudformation: 'Type: AWS::Lambda::Function\nProperties:\n  Runtime: python3.14  # or another current runtime, such as nodejs24.x',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  runtime = "python3.14" # or another current runtime, such as nodejs24.x\n}',
    },
    messages: {
      'not-soon': '{{name}} runs on {{runtime}}, which AWS deprecates on {{deprecatesOn}}, in {{days}} days: outside the {{leadDays}}-day planning window.',
      unscheduled: '{{name}} runs on {{runtime}}, which has no deprecation date scheduled.',
      upcoming: '{{name}} runs on {{runtime}}, which AWS deprecates on {{deprecatesOn}}, in {{days}} days; plan the move to {{successor}}.',
    },
    options: { leadDays: DEFAULT_LEAD_DAYS },
  },
  evaluate(fn, { pass, fail, skip, unknown, now, options }) {
    if (fn.packageType === 'Image') return skip('container image: the runtime is defined by the image')
    if (!fn.runtime) return unknown('the function has no runtime recorded', { at: 'runtime' })
    const rt = findRuntime(fn.runtime)
    if (!rt) return unknown(`runtime ${fn.runtime} is not in data/lambda-runtimes.json; cannot tell when AWS deprecates it`, { at: 'runtime' })
    const leadDays = leadDaysOption(options['leadDays'])
    const status = runtimeStatus(rt, now, leadDays)
    const data = { name: fn.name, runtime: rt.id, deprecatesOn: rt.deprecation ?? undefined, days: status.daysToDeprecation, leadDays }
    switch (status.phase) {
      case 'supported':
        return rt.deprecation === null ? pass('unscheduled', { name: fn.name, runtime: rt.id }) : pass('not-soon', data)
      case 'deprecating-soon':
        return fail('upcoming', { data: { ...data, successor: successorOf(rt, now)?.id ?? 'a supported runtime' }, at: 'runtime' })
      case 'deprecated':
      case 'create-blocked':
      case 'update-blocked':
        return skip(`${rt.id} is already deprecated (since ${rt.deprecation}): lambda-runtime-supported reports it`)
    }
  },
})
