import { defineCheck } from '../../core/check.js'
import { analyzeExternalAccess } from '../../analysis/iam/index.js'

export default defineCheck({
  meta: {
    id: 'backup-vault-policy-not-public',
    resourceType: 'backup.vault',
    title: 'AWS Backup vault access policy does not grant access to everyone',
    severity: 'critical',
    categories: ['public-exposure'],
    description: 'Reads the vault access policy with the condition-aware IAM engine and fails for every Allow statement that reaches anyone or any AWS account (a `*` principal without a condition narrowing it to accounts or an organisation). Vaults without an access policy pass. A Deny for everyone (for example on backup:DeleteRecoveryPoint) is the recommended use of these policies and is never reported.',
    risk: 'A public grant can let any AWS account copy recovery points out of the vault, or delete them — taking away the copy meant to survive a ransomware attack or an account compromise.',
    remediation: {
      text: 'Limit the policy\'s Allow statements to named accounts or the organisation (aws:PrincipalOrgID); keep Deny statements that protect recovery points.',
      cli: 'aws backup put-backup-vault-access-policy --backup-vault-name <vault> --policy file://policy.json',
      cloudformation:
        'Type: AWS::Backup::BackupVault\nProperties:\n  BackupVaultName: primary\n  AccessPolicy:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Deny\n        Principal: "*"\n        Action: [backup:DeleteRecoveryPoint, backup:UpdateRecoveryPointLifecycle]\n        Resource: "*"',
      terraform:
        'resource "aws_backup_vault_policy" "primary" {\n  backup_vault_name = aws_backup_vault.primary.name\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = ["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"]\n      Resource  = "*"\n    }]\n  })\n}',
    },
    messages: {
      private: 'The access policy of backup vault {{name}} grants nothing to the public.',
      public: 'Statement {{statement}} of the access policy of backup vault {{name}} lets anyone perform {{actions}}.',
      publicAuthenticated: 'Statement {{statement}} of the access policy of backup vault {{name}} lets any AWS account perform {{actions}}.',
    },
  },
  evaluate(v, { pass, fail, inventory }) {
    if (!v.policy) return pass('private', { name: v.name })
    const owner = v.accountId ?? inventory.accountId ?? 'unknown-account'
    const analysis = analyzeExternalAccess(v.policy, { ownerAccount: owner, ...(v.arn ? { resourceArn: v.arn } : {}) })
    if (!analysis.isPublic) return pass('private', { name: v.name })
    return analysis.publicStatements.map((s) =>
      fail(s.reach.some((r) => r.kind === 'public') ? 'public' : 'publicAuthenticated', {
        data: { name: v.name, statement: s.label, actions: (s.notAction ? 'every action except ' : '') + s.actions.join(', ') },
        at: 'policy',
        subject: `statement ${s.label}`,
      }),
    )
  },
})
