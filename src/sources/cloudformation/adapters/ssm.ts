/**
 * AWS::SSM::Parameter → `ssm.parameter`. CloudFormation can only create String and StringList
 * parameters (SecureString is not a valid Type), so a secret kept in a template parameter is
 * always stored in plain text. Tier defaults to Standard, DataType to text.
 */
import type { Stack } from '../stack.js'

export function adaptSsm(stack: Stack): void {
  for (const res of stack.ofType('AWS::SSM::Parameter')) {
    const f = stack.fields(res)
    // Ref gives the parameter name (the given Name, or one CloudFormation generates).
    const name = f.str('name', ['Name']) ?? f.text('name', stack.ref(res))
    stack.emit(
      'ssm.parameter',
      f.finish({
        ...f.base(stack.resourceId(res), name),
        type: f.str('type', ['Type']) ?? 'String',
        tier: f.str('tier', ['Tier']) ?? 'Standard',
        dataType: f.str('dataType', ['DataType']) ?? 'text',
      }),
      res,
    )
  }
}
