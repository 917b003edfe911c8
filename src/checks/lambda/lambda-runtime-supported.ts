import { defineCheck } from '../../core/check.js'
import { findRuntime, runtimeStatus, successorOf } from '../../analysis/runtime-lifecycle.js'

const NOT_CONFIRMED = 'a date not yet confirmed'

export default defineCheck({
  meta: {
    id: 'lambda-runtime-supported',
    resourceType: 'lambda.function',
    title: 'Lambda function runs on a supported runtime',
    severity: 'high',
    categories: ['lifecycle'],
    description:
      'Compares the function runtime with the dated lifecycle table in data/lambda-runtimes.json at scan time and fails from the deprecation date on (00:00 UTC that day), with a message that says whether creating and updating functions on it is already blocked. Before that date it passes: the warning ahead of a deprecation is lambda-runtime-deprecation-upcoming\'s job (medium, `leadDays` before the date), so one function never fails both checks at once. A runtime the table does not know is reported as unknown, never as passing. Container-image functions are skipped: their runtime is whatever the image contains.',
    risk:
      'After deprecation AWS stops patching the language runtime and the operating system libraries under it, so known vulnerabilities stay open, and the function is no longer eligible for technical support. Later AWS blocks creating and then updating functions on the runtime, so an urgent fix cannot be deployed until the function is migrated first.',
    remediation: {
      text: 'Move the function to a supported runtime of the same language (the message suggests one), test it, and deploy. Change the runtime in your infrastructure code as well so the next deployment does not revert it.',
      cli: 'aws lambda update-function-configuration --function-name <name> --runtime <supported-runtime>',
      cloudformation: 'Type: AWS::Lambda::Function\nProperties:\n  Runtime: python3.14  # or another current runtime, such as nodejs24.x',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  runtime = "python3.14" # or another current runtime, such as nodejs24.x\n}',
    },
    messages: {
      supported: '{{name}} runs on {{runtime}}, which AWS supports until {{deprecatesOn}}.',
      'supported-unscheduled': '{{name}} runs on {{runtime}}, which has no deprecation date scheduled.',
      deprecated:
        '{{name}} runs on {{runtime}}, deprecated since {{deprecatedOn}}: it no longer receives security patches. AWS blocks creating functions on it from {{blockCreate}} and updating them from {{blockUpdate}}. Move to {{successor}}.',
      'create-blocked':
        '{{name}} runs on {{runtime}}, deprecated since {{deprecatedOn}}; new functions on it have been blocked since {{blockCreate}} and updates will be blocked from {{blockUpdate}}. Move to {{successor}}.',
      'update-blocked':
        '{{name}} runs on {{runtime}}, deprecated since {{deprecatedOn}}; updates have been blocked since {{blockUpdate}}, so no fix can be deployed without changing the runtime. Move to {{successor}}.',
    },
  },
  evaluate(fn, { pass, fail, skip, unknown, now }) {
    if (fn.packageType === 'Image') return skip('container image: the runtime is defined by the image')
    if (!fn.runtime) return unknown('the function has no runtime recorded', { at: 'runtime' })
    const rt = findRuntime(fn.runtime)
    if (!rt) return unknown(`runtime ${fn.runtime} is not in data/lambda-runtimes.json; cannot tell whether AWS still supports it`, { at: 'runtime' })
    // No lead time: the days before the deprecation date belong to lambda-runtime-deprecation-upcoming.
    const status = runtimeStatus(rt, now, 0)
    const successor = successorOf(rt, now)?.id ?? 'a supported runtime'
    const data = {
      name: fn.name,
      runtime: rt.id,
      successor,
      deprecatedOn: rt.deprecation ?? undefined,
      deprecatesOn: rt.deprecation ?? undefined,
      blockCreate: rt.blockCreate ?? NOT_CONFIRMED,
      blockUpdate: rt.blockUpdate ?? NOT_CONFIRMED,
      days: status.daysToDeprecation,
    }
    switch (status.phase) {
      case 'supported':
      case 'deprecating-soon':
        return rt.deprecation === null ? pass('supported-unscheduled', { name: fn.name, runtime: rt.id }) : pass('supported', data)
      case 'deprecated':
        return fail('deprecated', { data, at: 'runtime' })
      case 'create-blocked':
        return fail('create-blocked', { data, at: 'runtime' })
      case 'update-blocked':
        return fail('update-blocked', { data, at: 'runtime' })
    }
  },
})
