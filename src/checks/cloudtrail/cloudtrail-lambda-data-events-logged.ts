import { defineCheck } from '../../core/check.js'
import { lambdaInvokeEvent, trailAppliesTo, trailCoverage } from '../../analysis/cloudtrail.js'

export default defineCheck({
  meta: {
    id: 'cloudtrail-lambda-data-events-logged',
    resourceType: 'lambda.function',
    reads: ['cloudtrail.trail'],
    title: 'Lambda function invocations are recorded by CloudTrail data events',
    severity: 'medium',
    categories: ['logging'],
    description:
      'Checks that a logging trail covering the function\'s region (multi-region, or homed there) selects the function\'s Invoke data events: basic selectors with an AWS::Lambda::Function data resource of arn:aws:lambda (every function) or the function\'s exact ARN, or advanced selectors for eventCategory Data and resources.type AWS::Lambda::Function whose resources.ARN, eventName and readOnly conditions let the function\'s Invoke through. Invoke records carry readOnly false, so read-only selectors do not capture them; a selector limited to some callers (a positive userIdentity.arn filter) does not count.',
    risk: 'Management events record who changed a function, not who called it. Without Invoke data events there is no record of which principal invoked the function, when, or from where, so misuse of an over-permissive resource policy or stolen credentials that invoke the function leave no audit trail for investigation.',
    remediation: {
      text: 'Add an advanced event selector for Lambda data events (all functions, or the ones that matter) to a multi-region trail. put-event-selectors replaces the trail\'s selectors, so keep the management-events selector in the same call. Data events are billed per event: scope by resources.ARN for very busy functions.',
      cli:
        'aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors \'[{"Name":"Management events","FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]},{"Name":"Lambda invokes","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::Lambda::Function"]}]}]\'',
      cloudformation:
        'Type: AWS::CloudTrail::Trail\nProperties:\n  IsLogging: true\n  IsMultiRegionTrail: true\n  S3BucketName: !Ref TrailBucket\n  AdvancedEventSelectors:\n    - Name: Management events\n      FieldSelectors:\n        - Field: eventCategory\n          Equals: [Management]\n    - Name: Lambda invokes\n      FieldSelectors:\n        - Field: eventCategory\n          Equals: [Data]\n        - Field: resources.type\n          Equals: [AWS::Lambda::Function]',
      terraform:
        'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = aws_s3_bucket.trail.id\n  is_multi_region_trail = true\n  enable_logging        = true\n\n  advanced_event_selector {\n    name = "Management events"\n    field_selector {\n      field  = "eventCategory"\n      equals = ["Management"]\n    }\n  }\n  advanced_event_selector {\n    name = "Lambda invokes"\n    field_selector {\n      field  = "eventCategory"\n      equals = ["Data"]\n    }\n    field_selector {\n      field  = "resources.type"\n      equals = ["AWS::Lambda::Function"]\n    }\n  }\n}',
    },
    messages: {
      logged: 'Invocations of {{name}} are recorded as data events by trail {{trail}}.',
      noTrail: 'There is no CloudTrail trail, so invocations of {{name}} are not recorded.',
      notSelected: 'No trail covering {{region}} records Invoke data events of {{name}}.',
      partial: 'Trail {{trail}} records Invoke data events of {{name}} only for some callers.',
      trailStopped: 'Trail {{trail}} selects Invoke data events of {{name}} but is not logging.',
    },
    // Trails are account infrastructure that a function's template rarely contains, and
    // whether a trail is logging is runtime state: only a live inventory answers this.
    liveOnly: true,
  },
  evaluate(fn, { pass, fail, inventory }) {
    const event = lambdaInvokeEvent(fn.arn ?? fn.id)
    // Every region: a multi-region trail is homed elsewhere. A trail gap anywhere makes the
    // verdict unknown (through the inventory view), since it could hide such a trail.
    const trails = inventory.list('cloudtrail.trail')
    if (trails.length === 0) return fail('noTrail', { name: fn.name })

    const applicable = trails.filter((t) => trailAppliesTo(t, fn.region, fn.accountId))
    const full = applicable.filter((t) => trailCoverage(t, event) === 'all')
    const logging = full.find((t) => t.isLogging)
    if (logging) return pass('logged', { name: fn.name, trail: logging.name })
    if (full[0]) return fail('trailStopped', { name: fn.name, trail: full[0].name })
    const some = applicable.find((t) => trailCoverage(t, event) === 'some')
    if (some) return fail('partial', { name: fn.name, trail: some.name })
    return fail('notSelected', { name: fn.name, region: fn.region })
  },
})
