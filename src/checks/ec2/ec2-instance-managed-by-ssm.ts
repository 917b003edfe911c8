import { defineCheck } from '../../core/check.js'
import type { SsmManagedInstance } from '../../model/ssm.js'

const nodeInstanceId = (n: SsmManagedInstance) => n.instanceId

export default defineCheck({
  meta: {
    id: 'ec2-instance-managed-by-ssm',
    resourceType: 'ec2.instance',
    reads: ['ssm.managed-instance'],
    title: 'EC2 instances are managed by Systems Manager',
    severity: 'medium',
    categories: ['governance', 'lifecycle'],
    description:
      'Fails a running or stopped EC2 instance that Systems Manager does not list as a managed node (DescribeInstanceInformation in the instance\'s region): its SSM Agent is missing, cannot reach the Systems Manager endpoints, or has no permissions (no instance profile with AmazonSSMManagedInstanceCore, and Default Host Management Configuration off). A registered instance stays listed while it is stopped (with ping status ConnectionLost), so stopped instances are judged too, as the FSBP control judges them; instances in transition (pending, stopping, shutting down) are skipped. If the managed nodes of the region could not be listed the verdict is unknown. Live only: management is a runtime relation between an agent and the service.',
    risk: 'An instance outside Systems Manager is out of reach of Patch Manager, State Manager, Inventory and Session Manager: it is not patched or inventoried with the rest of the fleet, and reaching it needs SSH or RDP keys and open ports instead of audited sessions.',
    remediation: {
      text: 'Attach an instance profile whose role has AmazonSSMManagedInstanceCore (or turn on Default Host Management Configuration for the region), make sure the SSM Agent is installed and running (it is preinstalled on Amazon Linux, Ubuntu and Windows AMIs from AWS), and give the instance a route to the ssm, ssmmessages and ec2messages endpoints (NAT or VPC interface endpoints).',
      cli: 'aws ec2 associate-iam-instance-profile --instance-id <instance-id> --iam-instance-profile Name=<profile-with-AmazonSSMManagedInstanceCore>\n# or for every instance of the region:\naws ssm update-service-setting --setting-id /ssm/managed-instance/default-ec2-instance-management-role --setting-value <role-name>',
      cloudformation: 'SsmRole:\n  Type: AWS::IAM::Role\n  Properties:\n    AssumeRolePolicyDocument:\n      Version: "2012-10-17"\n      Statement: [{ Effect: Allow, Principal: { Service: ec2.amazonaws.com }, Action: sts:AssumeRole }]\n    ManagedPolicyArns: [arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore]\nSsmProfile:\n  Type: AWS::IAM::InstanceProfile\n  Properties: { Roles: [!Ref SsmRole] }\nInstance:\n  Type: AWS::EC2::Instance\n  Properties:\n    ImageId: <ami-id>\n    InstanceType: t3.micro\n    IamInstanceProfile: !Ref SsmProfile',
      terraform: 'resource "aws_iam_role" "ssm" {\n  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }] })\n}\nresource "aws_iam_role_policy_attachment" "ssm" {\n  role       = aws_iam_role.ssm.name\n  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"\n}\nresource "aws_iam_instance_profile" "ssm" {\n  role = aws_iam_role.ssm.name\n}\nresource "aws_instance" "app" {\n  ami                  = "<ami-id>"\n  instance_type        = "t3.micro"\n  iam_instance_profile = aws_iam_instance_profile.ssm.name\n}',
    },
    messages: {
      managed: 'Instance {{name}} is a Systems Manager managed node (ping status {{ping}}).',
      unmanaged: 'Instance {{name}} ({{state}}) is not a Systems Manager managed node.',
    },
    liveOnly: true,
  },
  evaluate(instance, { pass, fail, skip, inventory }) {
    // A stopped instance that was ever registered is still listed (ConnectionLost); one never registered is not.
    if (instance.state !== 'running' && instance.state !== 'stopped') return skip(`the instance is ${instance.state}`)
    const [node] = inventory.lookup('ssm.managed-instance', nodeInstanceId, instance.instanceId, { region: instance.region })
    return node ? pass('managed', { name: instance.name, ping: node.pingStatus ?? 'unknown' }) : fail('unmanaged', { data: { name: instance.name, state: instance.state } })
  },
})
