/**
 * Systems Manager Parameter Store (AWS JSON 1.1): DescribeParameters, metadata only, from a
 * region's `parameters` fixture. Like AWS, a page may hold fewer items than asked for, even
 * none, and still carry a NextToken (`emptyPages` forces that); there is no GetParameter.
 */
import { encodeToken, paginate } from '../pagination.js'
import { JSON_ERRORS } from './common.js'
import type { ServiceDef } from './types.js'

export interface FixtureParameter {
  name: string
  type?: 'String' | 'StringList' | 'SecureString'
  keyId?: string
  tier?: 'Standard' | 'Advanced' | 'Intelligent-Tiering'
}

declare module '../fixture.js' {
  interface FixtureRegion {
    parameters?: FixtureParameter[]
    /** DescribeParameters answers the first page empty, with a NextToken (AWS does this under load). */
    emptyParameterPage?: boolean
  }
}

export const ssm: ServiceDef = {
  signingName: 'ssm',
  iamPrefix: 'ssm',
  protocol: 'json-1.1',
  target: 'AmazonSSM',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    DescribeParameters: {
      handle(input, ctx) {
        const params = [...(ctx.data.parameters ?? [])].sort((a, b) => a.name.localeCompare(b.name))
        if (ctx.data.emptyParameterPage && !input.NextToken && params.length) return { Parameters: [], NextToken: encodeToken(0) }
        const p = paginate(params, { token: input.NextToken, requested: input.MaxResults, defaultSize: 50, maxSize: 50, fixtureMax: ctx.fixturePageSize('DescribeParameters'), tokenName: 'NextToken', errorCode: 'InvalidNextToken' })
        return {
          Parameters: p.items.map((x) => {
            const type = x.type ?? 'String'
            return {
              Name: x.name,
              ARN: `arn:aws:ssm:${ctx.region}:${ctx.accountId}:parameter/${x.name.replace(/^\//, '')}`,
              Type: type,
              KeyId: type === 'SecureString' ? (x.keyId ?? 'alias/aws/ssm') : undefined,
              LastModifiedDate: new Date('2024-06-01T00:00:00Z'),
              LastModifiedUser: `arn:aws:iam::${ctx.accountId}:user/admin`,
              Version: 1,
              Tier: x.tier ?? 'Standard',
              Policies: [],
              DataType: 'text',
            }
          }),
          NextToken: p.next,
        }
      },
    },
  },
}
