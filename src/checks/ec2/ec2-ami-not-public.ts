import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-ami-not-public',
    resourceType: 'ec2.image',
    title: 'AMI owned by the account is not public',
    severity: 'high',
    categories: ['public-exposure'],
    description: 'Fails when an AMI the account owns has a launch permission for everyone. Only the account\'s own images are read (DescribeImages with Owners self). Live-only: launch permissions are an attribute of existing images.',
    risk: 'Anyone can launch a public AMI and read its disks: application code, configuration files, embedded keys and credentials baked into the image.',
    remediation: {
      text: 'Remove the public launch permission (share with specific accounts or the organization instead) and turn on AMI Block Public Access in each region.',
      cli: 'aws ec2 modify-image-attribute --image-id <ami-id> --launch-permission "Remove=[{Group=all}]"\naws ec2 enable-image-block-public-access --image-block-public-access-state block-new-sharing',
    },
    messages: {
      private: 'AMI {{name}} ({{imageId}}) is not public.',
      public: 'AMI {{name}} ({{imageId}}) can be launched by any AWS account.',
    },
    liveOnly: true,
  },
  evaluate(image, { pass, fail }) {
    return image.public ? fail('public', { data: { name: image.name, imageId: image.imageId }, at: 'public' }) : pass('private', { name: image.name, imageId: image.imageId })
  },
})
