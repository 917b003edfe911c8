import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ec2-snapshot-not-public',
    resourceType: 'ec2.snapshot',
    title: 'EBS snapshot is not shared with everyone',
    severity: 'critical',
    categories: ['public-exposure'],
    description: 'Fails when the account\'s own EBS snapshot grants create-volume permission to the group `all`: any AWS account can then restore it. Encrypted snapshots cannot be made public. Live-only: sharing is an attribute of existing snapshots.',
    risk: 'Anyone can create a volume from a public snapshot and read the whole disk: databases, keys, credentials in configuration files. Public snapshots are searched for systematically.',
    remediation: {
      text: 'Remove the public create-volume permission, share with specific accounts if needed, and turn on EBS snapshot Block Public Access in each region.',
      cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <snapshot-id> --attribute createVolumePermission --operation-type remove --group-names all\naws ec2 enable-snapshot-block-public-access --state block-all-sharing',
    },
    messages: {
      private: 'EBS snapshot {{name}} is not public.',
      public: 'EBS snapshot {{name}} can be restored by any AWS account.',
    },
    liveOnly: true,
  },
  evaluate(snapshot, { pass, fail }) {
    return snapshot.public ? fail('public', { data: { name: snapshot.name }, at: 'public' }) : pass('private', { name: snapshot.name })
  },
})
