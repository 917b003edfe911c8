import { defineCheck } from '../../core/check.js'
import type { NetworkInterface } from '../../model/ec2.js'

const groupsOf = (eni: NetworkInterface) => eni.securityGroupIds

export default defineCheck({
  meta: {
    id: 'ec2-sg-unused',
    resourceType: 'ec2.security-group',
    reads: ['ec2.network-interface'],
    title: 'Security group is attached to a network interface',
    severity: 'low',
    categories: ['network', 'governance'],
    description:
      'Fails for a security group that no network interface in its region uses — no instance, Lambda function, load balancer, endpoint, database or other ENI-based resource. Default groups are skipped (they cannot be deleted; ec2-default-sg-restricts-all-traffic covers them). Live-only: network interfaces exist only in a running account.',
    risk: 'Unused groups pile up with stale, often over-broad rules; the next person who needs "a group that allows X" reuses one without knowing what else it allows, and reviews waste time on rules that protect nothing.',
    remediation: {
      text: 'Confirm that nothing references the group (launch templates, Auto Scaling groups, other groups\' rules, infrastructure code), then delete it.',
      cli: 'aws ec2 describe-network-interfaces --filters Name=group-id,Values=<sg-id> --query "NetworkInterfaces[].NetworkInterfaceId"\naws ec2 delete-security-group --group-id <sg-id>',
    },
    messages: {
      used: 'Security group {{name}} is attached to {{count}} network interface(s).',
      unused: 'Security group {{name}} is not attached to any network interface.',
    },
    liveOnly: true,
  },
  evaluate(sg, { pass, fail, skip, inventory }) {
    if (sg.groupName === 'default') return skip('default security groups cannot be deleted')
    const users = inventory.lookup('ec2.network-interface', groupsOf, sg.groupId, { region: sg.region })
    return users.length ? pass('used', { name: sg.name, count: users.length }) : fail('unused', { data: { name: sg.name } })
  },
})
