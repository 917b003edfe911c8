import check from './efs-file-system-mount-targets-private.js'
import { testCheck } from '../../../test/check-tester.js'
import { efsFileSystem, efsMountTarget, subnet } from '../../../test/factories/index.js'

const fs = efsFileSystem()
const privateA = subnet({ id: 'subnet-a' })
const privateB = subnet({ id: 'subnet-b', availabilityZone: 'us-east-1b' })
const publicC = subnet({ id: 'subnet-c', availabilityZone: 'us-east-1c', mapPublicIpOnLaunch: true })
const mtA = efsMountTarget()
const mtB = efsMountTarget({ mountTargetId: 'fsmt-0b', subnetId: 'subnet-b', availabilityZone: 'us-east-1b' })
const mtC = efsMountTarget({ mountTargetId: 'fsmt-0c', subnetId: 'subnet-c', availabilityZone: 'us-east-1c' })
const subnetGap = { resourceType: 'ec2.subnet' as const, region: 'us-east-1', code: 'AccessDenied', message: 'denied' }

testCheck(check, {
  valid: [
    { name: 'mount targets in two private subnets', resource: fs, related: { 'efs.mount-target': [mtA, mtB], 'ec2.subnet': [privateA, privateB, publicC] } },
    { name: 'another file system\'s mount target in a public subnet', resource: fs, related: { 'efs.mount-target': [mtA, efsMountTarget({ mountTargetId: 'fsmt-other', fileSystemId: 'fs-other', subnetId: 'subnet-c' })], 'ec2.subnet': [privateA, publicC] } },
  ],
  invalid: [
    { name: 'one mount target in a public subnet', resource: fs, related: { 'efs.mount-target': [mtA, mtC], 'ec2.subnet': [privateA, publicC] }, messageId: 'public' },
    { name: 'public even when another subnet is unknown', resource: fs, related: { 'efs.mount-target': [mtB, mtC], 'ec2.subnet': [publicC] }, messageId: 'public' },
  ],
  unknown: [
    { name: 'the subnet is not in the inventory', resource: fs, related: { 'efs.mount-target': [mtA], 'ec2.subnet': [] } },
    { name: 'subnets could not be listed', resource: fs, related: { 'efs.mount-target': [mtA, mtB], 'ec2.subnet': [privateA] }, gaps: [subnetGap] },
    { name: 'mount targets could not be listed', resource: fs, related: { 'ec2.subnet': [privateA] }, gaps: [{ resourceType: 'efs.mount-target', region: 'us-east-1', code: 'AccessDenied', message: 'denied' }] },
    { name: 'the subnet of a mount target from a parameter', resource: fs, related: { 'efs.mount-target': [efsMountTarget({ unresolved: { subnetId: '!Ref Subnet' } })], 'ec2.subnet': [privateA] } },
  ],
  skip: [{ name: 'no mount targets', resource: fs, related: { 'efs.mount-target': [], 'ec2.subnet': [privateA] } }],
  iac: {
    cloudformation: {
      good: [
        'Fs:\n  Type: AWS::EFS::FileSystem\n  Properties: { Encrypted: true }\nPrivate:\n  Type: AWS::EC2::Subnet\n  Properties: { VpcId: vpc-1, CidrBlock: 10.0.1.0/24, AvailabilityZone: us-east-1a }\nMt:\n  Type: AWS::EFS::MountTarget\n  Properties: { FileSystemId: !Ref Fs, SubnetId: !Ref Private, SecurityGroups: [sg-1] }\n',
      ],
      bad: [
        'Fs:\n  Type: AWS::EFS::FileSystem\n  Properties: { Encrypted: true }\nPublic:\n  Type: AWS::EC2::Subnet\n  Properties: { VpcId: vpc-1, CidrBlock: 10.0.100.0/24, AvailabilityZone: us-east-1a, MapPublicIpOnLaunch: true }\nMt:\n  Type: AWS::EFS::MountTarget\n  Properties: { FileSystemId: !Ref Fs, SubnetId: !Ref Public, SecurityGroups: [sg-1] }\n',
      ],
    },
    terraform: {
      good: [
        'resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}\nresource "aws_subnet" "private" {\n  vpc_id            = "vpc-1"\n  cidr_block        = "10.0.1.0/24"\n  availability_zone = "us-east-1a"\n}\nresource "aws_efs_mount_target" "mt" {\n  file_system_id = aws_efs_file_system.fs.id\n  subnet_id      = aws_subnet.private.id\n}\n',
      ],
      bad: [
        'resource "aws_efs_file_system" "fs" {\n  encrypted = true\n}\nresource "aws_subnet" "public" {\n  vpc_id                  = "vpc-1"\n  cidr_block              = "10.0.100.0/24"\n  availability_zone       = "us-east-1a"\n  map_public_ip_on_launch = true\n}\nresource "aws_efs_mount_target" "mt" {\n  file_system_id = aws_efs_file_system.fs.id\n  subnet_id      = aws_subnet.public.id\n}\n',
      ],
    },
  },
})
