import { defineCheck } from '../../core/check.js'
import data from '../../../data/secret-read-actions.json' with { type: 'json' }
import { identityGrantOnProbes, principalCapabilityContext } from '../../analysis/iam/capability.js'
import { probeGroups } from '../../analysis/iam/probes.js'
import { executionRoleOf, listForMessage, missingReason } from '../../analysis/lambda/execution-role.js'

const SECRET_READS: readonly { action: string; reads: string }[] = data.actions

export default defineCheck({
  meta: {
    id: 'lambda-execution-role-secrets-scoped',
    resourceType: 'lambda.function',
    reads: ['iam.role', 'iam.policy'],
    title: 'Lambda execution role reads only its own secrets, parameters and keys',
    severity: 'high',
    categories: ['secrets', 'least-privilege'],
    description:
      'Asks the IAM engine whether the execution role\'s policies (capped by its boundary) allow the actions that return secret material — listed in data/secret-read-actions.json: secretsmanager:GetSecretValue, ssm:GetParameter, GetParameters, GetParametersByPath and kms:Decrypt — on every resource of their type: a secret, parameter or key of the account that the policy does not name. So `"Resource": "*"` fails, and so do `arn:aws:secretsmanager:*:*:secret:*` and `arn:aws:kms:<region>:<account>:key/*`; a grant on `secret:orders/*` or on one key passes. A grant that applies only under request conditions (kms:ViaService, a source VPC …) still covers every resource and fails with its own message.',
    risk:
      'A function that may read every secret, parameter and key turns one compromise — an injection, a malicious dependency — into the loss of every credential stored in the account, including those of unrelated workloads.',
    remediation: {
      text: 'Grant the read actions on the ARNs (or a name prefix) of the secrets and parameters the function uses, and kms:Decrypt on the keys that encrypt them.',
      cli: 'aws iam put-role-policy --role-name <role> --policy-name secrets --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"secretsmanager:GetSecretValue","Resource":"arn:aws:secretsmanager:<region>:<account>:secret:orders/*"}]}\'',
      cloudformation:
        'Statement:\n  - Effect: Allow\n    Action: secretsmanager:GetSecretValue\n    Resource: !Ref DbSecret            # not "*"\n  - Effect: Allow\n    Action: kms:Decrypt\n    Resource: !GetAtt SecretsKey.Arn',
      terraform:
        'statement {\n  actions   = ["secretsmanager:GetSecretValue"]\n  resources = [aws_secretsmanager_secret.db.arn] # not ["*"]\n}\nstatement {\n  actions   = ["kms:Decrypt"]\n  resources = [aws_kms_key.secrets.arn]\n}',
    },
    messages: {
      scoped: 'The execution role {{role}} of {{name}} reads secrets, parameters and keys only by name.',
      'every-resource': 'The execution role {{role}} of {{name}} may call {{actions}} on every secret, parameter or key of the account.',
      'every-resource-conditional': 'The execution role {{role}} of {{name}} may call {{actions}} on every secret, parameter or key of the account when request conditions hold.',
    },
  },
  evaluate(fn, { pass, fail, unknown, inventory }) {
    const r = executionRoleOf(fn, inventory)
    if (!r.ok) return unknown(r.reason, { at: 'role' })
    const { identity, facts, scope, names } = r.value
    const cc = principalCapabilityContext(facts)
    const always: string[] = []
    const sometimes: string[] = []
    for (const { action } of SECRET_READS) {
      const level = identityGrantOnProbes(identity, action, probeGroups(action, scope), cc)
      if (level === 'unconditional') always.push(action)
      else if (level === 'conditional') sometimes.push(action)
    }
    const missing = missingReason(identity)
    if (always.length > 0 && !identity.boundaryMissing) return fail('every-resource', { data: { ...names, actions: listForMessage(always) }, at: 'role' })
    if (missing) return unknown(missing, { at: 'role' })
    if (always.length + sometimes.length > 0) return fail('every-resource-conditional', { data: { ...names, actions: listForMessage([...always, ...sometimes]) }, at: 'role' })
    return pass('scoped', names)
  },
})
