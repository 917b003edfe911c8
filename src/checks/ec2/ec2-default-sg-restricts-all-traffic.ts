import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-default-sg-restricts-all-traffic',
    resourceType: 'ec2.security-group',
    title: 'Default security group of the VPC allows no traffic',
    severity: 'high',
    categories: ['network', 'least-privilege'],
    description:
      'Applies to each VPC\'s security group named `default`. AWS creates it with an inbound rule that allows all traffic from members of the group and an outbound rule that allows all traffic anywhere. Passes when both rule lists are empty. The group cannot be deleted; resources launched without an explicit security group land in it.',
    risk: 'Anything launched without a chosen security group — a quick test instance, a Lambda function or endpoint created with defaults — silently joins the default group, can talk to every other member and reach the internet. An empty default group makes such mistakes fail closed and visible.',
    remediation: {
      text: 'Move any resource that uses the default group to a purpose-built group, then delete every inbound and outbound rule of the default group. In Terraform, declare aws_default_security_group without rules: Terraform then removes all of them.',
      cli: "aws ec2 revoke-security-group-ingress --group-id <default-sg-id> --ip-permissions \"$(aws ec2 describe-security-groups --group-ids <default-sg-id> --query 'SecurityGroups[0].IpPermissions')\"\naws ec2 revoke-security-group-egress --group-id <default-sg-id> --ip-permissions \"$(aws ec2 describe-security-groups --group-ids <default-sg-id> --query 'SecurityGroups[0].IpPermissionsEgress')\"",
      terraform: 'resource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n  # no ingress or egress blocks: Terraform removes every rule\n}',
    },
    messages: {
      closed: 'The default security group {{name}} of {{vpc}} has no rules.',
      open: 'The default security group {{name}} of {{vpc}} still has {{ingress}} inbound and {{egress}} outbound rule(s).',
    },
  },
  evaluate(sg, { pass, fail, skip }) {
    if (sg.groupName !== 'default') return skip('not a default security group')
    const vpc = sg.vpcId ?? 'EC2-Classic'
    if (!sg.ingress.length && !sg.egress.length) return pass('closed', { name: sg.name, vpc })
    return fail('open', { data: { name: sg.name, vpc, ingress: sg.ingress.length, egress: sg.egress.length }, at: sg.ingress.length ? 'ingress' : 'egress' })
  },
})
