import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'config-recorder-enabled',
    resourceType: 'account.region',
    reads: ['config.recorder'],
    title: 'AWS Config records configuration changes in the region',
    severity: 'medium',
    categories: ['logging', 'governance'],
    description:
      'Checks that the region has a customer-managed AWS Config configuration recorder that is recording and whose last recording attempt did not fail. Service-linked recorders, which another AWS service creates for its own use, do not count. What the recorder records is checked by config-recorder-records-all-resources, where it delivers by config-delivery-channel-healthy.',
    risk: 'Without a recorder there is no configuration history: nobody can tell what a security group, bucket policy or role looked like before an incident, who changed it, or when, and Config rules and conformance packs have nothing to evaluate.',
    remediation: {
      text: 'Create a recorder for all resource types with a service role, a delivery channel to an S3 bucket, and start it. Recording is billed per configuration item; periodic (daily) recording costs less than continuous.',
      cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=arn:aws:iam::<account>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig --recording-group allSupported=true,includeGlobalResourceTypes=true\naws configservice put-delivery-channel --delivery-channel name=default,s3BucketName=<config-bucket>\naws configservice start-configuration-recorder --configuration-recorder-name default',
      cloudformation:
        'Recorder:\n  Type: AWS::Config::ConfigurationRecorder\n  Properties:\n    RoleARN: !Sub arn:aws:iam::${AWS::AccountId}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig\n    RecordingGroup:\n      AllSupported: true\n      IncludeGlobalResourceTypes: true\nDeliveryChannel:\n  Type: AWS::Config::DeliveryChannel\n  Properties:\n    S3BucketName: !Ref ConfigBucket',
      terraform:
        'resource "aws_config_configuration_recorder" "default" {\n  name     = "default"\n  role_arn = aws_iam_service_linked_role.config.arn\n  recording_group {\n    all_supported                 = true\n    include_global_resource_types = true\n  }\n}\n\nresource "aws_config_delivery_channel" "default" {\n  name           = "default"\n  s3_bucket_name = aws_s3_bucket.config.id\n  depends_on     = [aws_config_configuration_recorder.default]\n}\n\nresource "aws_config_configuration_recorder_status" "default" {\n  name       = aws_config_configuration_recorder.default.name\n  is_enabled = true\n  depends_on = [aws_config_delivery_channel.default]\n}',
    },
    messages: {
      recording: 'AWS Config recorder {{recorder}} is recording in {{region}}.',
      noRecorder: 'There is no AWS Config configuration recorder in {{region}}.',
      notRecording: 'AWS Config recorder {{recorder}} in {{region}} is stopped.',
      failing: 'AWS Config recorder {{recorder}} in {{region}} is on but its last recording failed ({{error}}).',
    },
    liveOnly: true,
  },
  evaluate(account, { pass, fail, inventory }) {
    const region = account.region
    const recorders = inventory.list('config.recorder', { region }).filter((r) => !r.serviceLinked)
    const recorder = recorders.find((r) => r.recording) ?? recorders[0]
    if (!recorder) return fail('noRecorder', { region })
    if (!recorder.recording) return fail('notRecording', { recorder: recorder.name, region })
    if (recorder.lastStatus === 'Failure') return fail('failing', { recorder: recorder.name, region, error: recorder.lastErrorCode ?? 'no error code' })
    return pass('recording', { recorder: recorder.name, region })
  },
})
