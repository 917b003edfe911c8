import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-volume-encrypted',
    resourceType: 'ec2.volume',
    title: 'EBS volume is encrypted',
    severity: 'medium',
    categories: ['encryption'],
    description: 'Passes when the EBS volume is encrypted (at rest, in transit between the instance and EBS, and in every snapshot taken of it). In a template, a volume without `Encrypted` is encrypted only if the account has EBS encryption by default on in that region, which the template cannot tell: such a volume is reported unknown.',
    risk: 'An unencrypted volume\'s snapshots are unencrypted too, and can be shared with other accounts or made public; data on it is also readable by anyone who gets raw access to the snapshot.',
    remediation: {
      text: 'Volumes cannot be encrypted in place: snapshot the volume, copy the snapshot with encryption, create a volume from the copy and swap it in. Turn on EBS encryption by default so that new volumes are always encrypted.',
      cli: 'aws ec2 create-snapshot --volume-id <volume-id>\naws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snapshot-id> --encrypted --kms-key-id <key-arn>\naws ec2 create-volume --snapshot-id <encrypted-copy-id> --availability-zone <az>',
      cloudformation: 'Type: AWS::EC2::Volume\nProperties:\n  AvailabilityZone: us-east-1a\n  Size: 100\n  Encrypted: true\n  KmsKeyId: alias/aws/ebs',
      terraform: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "us-east-1a"\n  size              = 100\n  encrypted         = true\n}',
    },
    messages: {
      encrypted: 'EBS volume {{name}} is encrypted.',
      unencrypted: 'EBS volume {{name}} is not encrypted.',
    },
  },
  evaluate(volume, { pass, fail }) {
    return volume.encrypted ? pass('encrypted', { name: volume.name }) : fail('unencrypted', { data: { name: volume.name }, at: 'encrypted' })
  },
})
