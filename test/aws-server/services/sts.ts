import { QUERY_ERRORS } from './common.js'
import type { ServiceDef } from './types.js'

export const sts: ServiceDef = {
  signingName: 'sts',
  iamPrefix: 'sts',
  protocol: 'query',
  apiVersion: '2011-06-15',
  xmlns: 'https://sts.amazonaws.com/doc/2011-06-15/',
  defaultFamily: 'read',
  errors: QUERY_ERRORS,
  operations: {
    GetCallerIdentity: {
      handle: (_input, ctx) => ({
        UserId: ctx.account.caller?.userId ?? 'AIDAEXAMPLESCANNER01',
        Account: ctx.accountId,
        Arn: ctx.callerArn,
      }),
    },
  },
}
