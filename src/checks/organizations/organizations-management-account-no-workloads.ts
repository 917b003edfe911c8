import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'organizations-management-account-no-workloads',
    resourceType: 'organizations.organization',
    reads: ['lambda.function', 'ec2.vpc'],
    title: 'The Organizations management account runs no workloads (heuristic)',
    severity: 'info',
    categories: ['governance'],
    description:
      'Informational heuristic, for the management account of an organization only: looks for signs of workloads in the scanned regions — Lambda functions and VPCs other than the default ones. Other accounts are skipped. It cannot see every kind of workload, so a pass means only that none of these signs was found.',
    risk: 'SCPs do not apply to the management account, and its principals can act on every member account. Workloads there need people and pipelines with access to it, and a flaw in one of them exposes the whole organization.',
    remediation: {
      text: 'Move applications, functions and networks out of the management account into member accounts, and keep the management account for billing, account management and organization-wide settings.',
      cli: 'aws lambda list-functions --region <region>\naws ec2 describe-vpcs --filters Name=is-default,Values=false --region <region>\n# migrate them to a member account, then delete them here',
      cloudformation: '# Deploy application stacks to member accounts (for example with CloudFormation StackSets\n# targeting organizational units), not to the management account.',
      terraform: '# Configure the AWS provider for application stacks with a member-account role, e.g.\nprovider "aws" {\n  assume_role {\n    role_arn = "arn:aws:iam::<workload-account-id>:role/deployer"\n  }\n}',
    },
    messages: {
      clean: 'No Lambda functions or non-default VPCs were found in the management account.',
      workloads: 'The management account runs workloads: {{functions}} Lambda function(s) and {{vpcs}} non-default VPC(s), e.g. {{example}}.',
    },
    liveOnly: true,
  },
  evaluate(org, { pass, fail, skip, inventory }) {
    if (!org.member) return skip('the account is not in an AWS organization')
    if (!org.isManagementAccount) return skip('not the management account')
    const functions = inventory.list('lambda.function')
    const vpcs = inventory.list('ec2.vpc').filter((v) => !v.isDefault)
    if (functions.length + vpcs.length === 0) return pass('clean', {})
    return fail('workloads', { functions: functions.length, vpcs: vpcs.length, example: functions[0] ? `function ${functions[0].name} (${functions[0].region})` : `VPC ${vpcs[0]!.id} (${vpcs[0]!.region})` })
  },
})
