import check from './ec2-volume-encrypted.js'
import { testCheck } from '../../../test/check-tester.js'
import { ebsVolume } from '../../../test/factories/index.js'

testCheck(check, {
  valid: [
    { name: 'encrypted with a CMK', resource: ebsVolume() },
    { name: 'encrypted, unattached', resource: ebsVolume({ kmsKeyId: undefined, state: 'available', attachedInstanceIds: [] }) },
  ],
  invalid: [{ name: 'unencrypted', resource: ebsVolume({ encrypted: false, kmsKeyId: undefined }), messageId: 'unencrypted', at: 'encrypted' }],
  unknown: [
    { name: 'template leaves it to the account default', resource: ebsVolume({ encrypted: false, unresolved: { encrypted: 'Encrypted is not set' } }) },
    { name: 'volumes not listed', resource: ebsVolume(), gaps: [{ resourceType: 'ec2.volume', region: 'us-east-1', code: 'Throttled', message: 'throttled' }] },
  ],
  iac: {
    cloudformation: {
      good: ['Type: AWS::EC2::Volume\nProperties: { AvailabilityZone: us-east-1a, Size: 10, Encrypted: true }\n'],
      bad: ['Type: AWS::EC2::Volume\nProperties: { AvailabilityZone: us-east-1a, Size: 10, Encrypted: false }\n'],
    },
    terraform: {
      good: ['resource "aws_ebs_volume" "data" {\n  availability_zone = "us-east-1a"\n  size              = 10\n  encrypted         = true\n}\n'],
      bad: ['resource "aws_ebs_volume" "data" {\n  availability_zone = "us-east-1a"\n  size              = 10\n  encrypted         = false\n}\n'],
    },
  },
})
