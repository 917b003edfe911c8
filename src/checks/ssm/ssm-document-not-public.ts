import { defineCheck } from '../../core/check.js'

export default defineCheck({
  meta: {
    id: 'ssm-document-not-public',
    resourceType: 'ssm.document',
    title: 'Systems Manager documents owned by the account are not public',
    severity: 'critical',
    categories: ['public-exposure'],
    description: 'Checks the sharing permissions of every Systems Manager document the account owns: a document shared with `All` is public and fails. Sharing with named accounts passes (review those accounts separately). Live only: sharing is a runtime permission, not part of the document.',
    risk: 'A public document can be read and run by any AWS account: its commands, scripts, parameter names and anything embedded in them — internal host names, bucket names, sometimes credentials — are published.',
    remediation: {
      text: 'Remove the All permission (share with specific accounts if needed), and turn on the account-level block for public sharing of documents.',
      cli: 'aws ssm modify-document-permission --name <document> --permission-type Share --account-ids-to-remove All\naws ssm update-service-setting --setting-id /ssm/documents/console/public-sharing-permission --setting-value Disable',
    },
    messages: {
      private: 'Document {{name}} is not shared publicly.',
      public: 'Document {{name}} is shared with everyone (All).',
    },
    liveOnly: true,
  },
  evaluate(doc, { pass, fail }) {
    return doc.sharedWith.some((a) => a.toLowerCase() === 'all') ? fail('public', { data: { name: doc.name }, at: 'sharedWith' }) : pass('private', { name: doc.name })
  },
})
