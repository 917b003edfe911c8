import { defineCheck } from '../../core/check.js'
import { analyzeExternalAccess } from '../../analysis/iam/index.js'
import type { PolicyStatement } from '../../model/common.js'

/**
 * `elasticfilesystem:AccessedViaMountTarget` true: the request came through one of the file
 * system's mount targets, which only networks routed to its VPC can reach. The EFS console's
 * "prevent anonymous access" policy grants `*` exactly this way.
 */
function onlyViaMountTarget(st: PolicyStatement | undefined): boolean {
  const bool = st?.Condition?.Bool ?? st?.Condition?.bool
  if (!bool) return false
  const entry = Object.entries(bool).find(([k]) => k.toLowerCase() === 'elasticfilesystem:accessedviamounttarget')
  if (!entry) return false
  const values = Array.isArray(entry[1]) ? entry[1] : [entry[1]]
  return values.length > 0 && values.every((v) => String(v).toLowerCase() === 'true')
}

export default defineCheck({
  meta: {
    id: 'efs-file-system-policy-not-public',
    resourceType: 'efs.file-system',
    title: 'EFS file system policy does not grant access to everyone',
    severity: 'high',
    categories: ['public-exposure', 'least-privilege'],
    description:
      'Reads the file system policy with the condition-aware IAM engine and fails for every Allow statement that reaches anyone or any AWS account (`"Principal": "*"` without a condition pinning callers to accounts, an organisation, a VPC or VPC endpoint). A grant limited to requests that arrive through a mount target (`elasticfilesystem:AccessedViaMountTarget` true) is network-bounded and not reported. File systems without a policy pass: then IAM policies and the mount targets\' security groups decide.',
    risk: 'A public grant of elasticfilesystem:ClientMount / ClientWrite / ClientRootAccess lets any principal of any account mount the file system from wherever its mount targets are reachable (peered VPCs, shared subnets, VPNs), read and change every file, and act as root.',
    remediation: {
      text: 'Replace the wildcard principal with the roles that mount the file system, or add an aws:PrincipalOrgID / aws:SourceVpc condition; keep a Deny for requests without aws:SecureTransport.',
      cli: 'aws efs put-file-system-policy --file-system-id <fs-id> --policy file://policy.json',
      cloudformation:
        'Type: AWS::EFS::FileSystem\nProperties:\n  Encrypted: true\n  FileSystemPolicy:\n    Version: "2012-10-17"\n    Statement:\n      - Effect: Allow\n        Principal: { AWS: !Sub "arn:aws:iam::${AWS::AccountId}:role/app-task-role" }\n        Action: [elasticfilesystem:ClientMount, elasticfilesystem:ClientWrite]\n        Resource: "*"\n      - Effect: Deny\n        Principal: { AWS: "*" }\n        Action: "*"\n        Resource: "*"\n        Condition: { Bool: { aws:SecureTransport: "false" } }',
      terraform:
        'resource "aws_efs_file_system_policy" "this" {\n  file_system_id = aws_efs_file_system.this.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = aws_iam_role.app.arn }\n      Action    = ["elasticfilesystem:ClientMount", "elasticfilesystem:ClientWrite"]\n      Resource  = aws_efs_file_system.this.arn\n    }]\n  })\n}',
    },
    messages: {
      private: 'The policy of EFS file system {{name}} grants nothing to the public.',
      public: 'Statement {{statement}} of the policy of EFS file system {{name}} lets anyone perform {{actions}}.',
      publicAuthenticated: 'Statement {{statement}} of the policy of EFS file system {{name}} lets any AWS account perform {{actions}}.',
    },
  },
  evaluate(fs, { pass, fail, inventory }) {
    if (!fs.policy) return pass('private', { name: fs.name })
    const owner = fs.accountId ?? inventory.accountId ?? 'unknown-account'
    const analysis = analyzeExternalAccess(fs.policy, { ownerAccount: owner, ...(fs.arn ? { resourceArn: fs.arn } : {}) })
    const open = analysis.publicStatements.filter((s) => !onlyViaMountTarget(fs.policy?.Statement[s.index]))
    if (!open.length) return pass('private', { name: fs.name })
    return open.map((s) =>
      fail(s.reach.some((r) => r.kind === 'public') ? 'public' : 'publicAuthenticated', {
        data: { name: fs.name, statement: s.label, actions: (s.notAction ? 'every action except ' : '') + s.actions.join(', ') },
        at: 'policy',
        subject: `statement ${s.label}`,
      }),
    )
  },
})
