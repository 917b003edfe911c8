/**
 * The Account Management API (REST-JSON, signing name `account`): GetAlternateContact from the
 * account's `alternateContacts`; a type that is not set answers ResourceNotFoundException.
 */
import { ApiError } from '../errors.js'
import type { ServiceDef } from './types.js'

export const account: ServiceDef = {
  signingName: 'account',
  iamPrefix: 'account',
  protocol: 'rest-json',
  global: true,
  defaultFamily: 'read',
  errors: {
    accessDenied: { code: 'AccessDeniedException', status: 403 },
    throttling: { code: 'TooManyRequestsException', status: 429 },
    invalidToken: { code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' },
    internal: { code: 'InternalServerException' },
    unavailable: { code: 'InternalServerException' },
  },
  operations: {
    GetAlternateContact: {
      http: { method: 'POST', path: '/getAlternateContact' },
      resource: (input) => String(input.AlternateContactType ?? ''),
      handle(input, ctx) {
        const type = String(input.AlternateContactType ?? '')
        const c = ctx.account.alternateContacts?.[type]
        if (!c) throw new ApiError('ResourceNotFoundException', 'No contact of the inputted alternate contact type found.', 404)
        return { AlternateContact: { AlternateContactType: type, Name: c.name, Title: c.title, EmailAddress: c.emailAddress, PhoneNumber: c.phoneNumber } }
      },
    },
  },
}
