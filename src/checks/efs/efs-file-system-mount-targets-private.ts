import { defineCheck } from '../../core/check.js'
import { findSubnet } from '../../analysis/network.js'
import type { EfsMountTarget } from '../../model/efs.js'

const byFileSystem = (mt: EfsMountTarget) => mt.fileSystemId

export default defineCheck({
  meta: {
    id: 'efs-file-system-mount-targets-private',
    resourceType: 'efs.file-system',
    reads: ['efs.mount-target', 'ec2.subnet'],
    title: 'EFS file system has no mount target in a subnet that assigns public IP addresses',
    severity: 'medium',
    categories: ['network', 'public-exposure'],
    description:
      'Joins each mount target of the file system to its subnet and fails when a subnet assigns public IPv4 addresses to what is launched in it (MapPublicIpOnLaunch), the usual mark of a public subnet (AWS Foundational Security Best Practices, EFS.6). A file system without mount targets is skipped: no network can reach it. A subnet that is not in the inventory makes the verdict unknown.',
    risk: 'A mount target lives in a subnet built for internet-facing instances: its NFS endpoint sits next to hosts that are reachable from the internet, and a security group rule or network ACL mistake is all that separates the file data from the outside.',
    remediation: {
      text: 'Create mount targets in private subnets (one per Availability Zone, MapPublicIpOnLaunch off), move clients over, and delete the mount targets in public subnets; or, if the subnet should not hand out public addresses at all, turn MapPublicIpOnLaunch off on it.',
      cli: 'aws efs create-mount-target --file-system-id <fs-id> --subnet-id <private-subnet-id> --security-groups <sg-id>\naws efs delete-mount-target --mount-target-id <mount-target-in-public-subnet>\n# or stop the subnet from assigning public addresses:\naws ec2 modify-subnet-attribute --subnet-id <subnet-id> --no-map-public-ip-on-launch',
      cloudformation: 'Type: AWS::EFS::MountTarget\nProperties:\n  FileSystemId: !Ref FileSystem\n  SubnetId: !Ref PrivateSubnetA   # a subnet with MapPublicIpOnLaunch: false\n  SecurityGroups:\n    - !Ref NfsSecurityGroup',
      terraform: 'resource "aws_efs_mount_target" "private_a" {\n  file_system_id  = aws_efs_file_system.this.id\n  subnet_id       = aws_subnet.private_a.id # map_public_ip_on_launch = false\n  security_groups = [aws_security_group.nfs.id]\n}',
    },
    messages: {
      private: 'Every mount target of EFS file system {{name}} is in a subnet that assigns no public IP addresses ({{count}} mount targets).',
      public: 'EFS file system {{name}} has mount targets in subnets that assign public IP addresses on launch: {{subnets}}.',
    },
  },
  evaluate(fs, { pass, fail, skip, unknown, inventory }) {
    const targets = inventory.lookup('efs.mount-target', byFileSystem, fs.fileSystemId, { region: fs.region })
    if (targets.length === 0) return skip('the file system has no mount targets')
    const publicSubnets: string[] = []
    const missing: string[] = []
    for (const mt of targets) {
      const subnet = findSubnet(inventory, mt.subnetId, fs.region)
      if (!subnet) missing.push(mt.subnetId)
      else if (subnet.mapPublicIpOnLaunch) publicSubnets.push(mt.subnetId)
    }
    if (publicSubnets.length) return fail('public', { data: { name: fs.name, subnets: [...new Set(publicSubnets)].sort().join(', ') } })
    if (missing.length) return unknown(`subnet ${[...new Set(missing)].join(', ')} is not in the inventory, so whether it assigns public addresses is unknown`)
    return pass('private', { name: fs.name, count: targets.length })
  },
})
