import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'config-recorder-records-all-resources',
    resourceType: 'config.recorder',
    title: 'AWS Config recorder records every supported resource type, global ones in some region',
    severity: 'medium',
    categories: ['logging', 'governance'],
    description:
      'Checks that the recorder records all supported resource types (recordingGroup.allSupported, or the ALL_SUPPORTED_RESOURCE_TYPES strategy) without an exclusion list, and that global resource types (IAM users, roles, groups and policies) are recorded by at least one recorder among the scanned regions (includeGlobalResourceTypes), as CIS asks. Recording them in one region is enough and avoids duplicates. Service-linked recorders are skipped.',
    risk: 'Resource types left out of recording — IAM above all, where most privilege changes happen — have no configuration history and no Config rule coverage, exactly where an investigation or an auditor will look.',
    remediation: {
      text: 'Set the recording group to all supported resource types, and include global resource types in one region (usually the home region).',
      cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<config-role-arn> --recording-group allSupported=true,includeGlobalResourceTypes=true',
      cloudformation: 'Type: AWS::Config::ConfigurationRecorder\nProperties:\n  RoleARN: !GetAtt ConfigRole.Arn\n  RecordingGroup:\n    AllSupported: true\n    IncludeGlobalResourceTypes: true   # in one region',
      terraform: 'resource "aws_config_configuration_recorder" "default" {\n  name     = "default"\n  role_arn = aws_iam_role.config.arn\n  recording_group {\n    all_supported                 = true\n    include_global_resource_types = true # in one region\n  }\n}',
    },
    messages: {
      complete: 'Recorder {{name}} in {{region}} records every supported resource type; global types are recorded in {{globalRegion}}.',
      partial: 'Recorder {{name}} in {{region}} records only selected resource types ({{detail}}).',
      noGlobal: 'No scanned region records global resource types (IAM): recorder {{name}} in {{region}} leaves them out, as do the others.',
    },
    liveOnly: true,
  },
  evaluate(recorder, { pass, fail, skip, inventory }) {
    if (recorder.serviceLinked) return skip('service-linked recorder: another AWS service configures it for its own use')
    const data = { name: recorder.name, region: recorder.region }
    const all = recorder.allSupported || recorder.recordingStrategy === 'ALL_SUPPORTED_RESOURCE_TYPES'
    if (!all || recorder.exclusionResourceTypes.length > 0) {
      const detail = recorder.exclusionResourceTypes.length ? `excludes ${recorder.exclusionResourceTypes.length} type(s), e.g. ${recorder.exclusionResourceTypes[0]}` : `${recorder.resourceTypes.length} type(s) listed`
      return fail('partial', { data: { ...data, detail }, at: 'allSupported' })
    }
    if (recorder.includeGlobalResourceTypes) return pass('complete', { ...data, globalRegion: recorder.region })
    const elsewhere = inventory.list('config.recorder').find((r) => !r.serviceLinked && r.includeGlobalResourceTypes)
    return elsewhere ? pass('complete', { ...data, globalRegion: elsewhere.region }) : fail('noGlobal', { data, at: 'includeGlobalResourceTypes' })
  },
})
