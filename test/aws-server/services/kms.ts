import { ApiError } from '../errors.js'
import { arns, type FixtureKmsKey } from '../fixture.js'
import { paginate } from '../pagination.js'
import { JSON_ERRORS } from './common.js'
import type { CallContext, Input, ServiceDef } from './types.js'

const CREATED = new Date('2024-01-15T10:00:00Z')

/** KeyId may be a key id or a key ARN (aliases are not modelled). */
function findKey(input: Input, ctx: CallContext): FixtureKmsKey {
  const raw = String(input.KeyId ?? '')
  if (!raw) throw new ApiError('ValidationException', "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null", 400)
  let id = raw
  if (raw.startsWith('arn:')) {
    const parts = raw.split(':')
    if (parts[3] !== ctx.region || parts[4] !== ctx.accountId) throw new ApiError('NotFoundException', `Key '${raw}' does not exist`, 400)
    id = (parts[5] ?? '').replace(/^key\//, '')
  }
  const key = (ctx.data.keys ?? []).find((k) => k.keyId === id)
  if (!key) throw new ApiError('NotFoundException', `Key '${arns.key(ctx.region, ctx.accountId, id)}' does not exist`, 400)
  return key
}

function defaultKeyPolicy(ctx: CallContext) {
  return {
    Version: '2012-10-17',
    Id: 'key-default-1',
    Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ctx.accountId}:root` }, Action: 'kms:*', Resource: '*' }],
  }
}

export const kms: ServiceDef = {
  signingName: 'kms',
  iamPrefix: 'kms',
  protocol: 'json-1.1',
  target: 'TrentService',
  defaultFamily: 'read',
  errors: JSON_ERRORS,
  operations: {
    ListKeys: {
      family: 'ListKeys',
      handle(input, ctx) {
        // KMS pages with Marker / NextMarker / Truncated, not NextToken.
        const p = paginate(ctx.data.keys ?? [], { token: input.Marker, requested: input.Limit, defaultSize: 100, maxSize: 1000, fixtureMax: ctx.fixturePageSize('ListKeys'), tokenName: 'Marker', sizeName: 'Limit', errorCode: 'InvalidMarkerException' })
        return { Keys: p.items.map((k) => ({ KeyId: k.keyId, KeyArn: arns.key(ctx.region, ctx.accountId, k.keyId) })), NextMarker: p.next, Truncated: p.next !== undefined }
      },
    },
    DescribeKey: {
      family: 'DescribeKey',
      resource: (input) => String(input.KeyId ?? ''),
      handle(input, ctx) {
        const k = findKey(input, ctx)
        const spec = k.keySpec ?? 'SYMMETRIC_DEFAULT'
        return {
          KeyMetadata: {
            AWSAccountId: ctx.accountId,
            KeyId: k.keyId,
            Arn: arns.key(ctx.region, ctx.accountId, k.keyId),
            CreationDate: CREATED,
            Enabled: (k.keyState ?? 'Enabled') === 'Enabled',
            Description: k.description ?? '',
            KeyUsage: k.keyUsage ?? 'ENCRYPT_DECRYPT',
            KeyState: k.keyState ?? 'Enabled',
            Origin: k.origin ?? 'AWS_KMS',
            KeyManager: k.manager ?? 'CUSTOMER',
            CustomerMasterKeySpec: spec,
            KeySpec: spec,
            EncryptionAlgorithms: spec === 'SYMMETRIC_DEFAULT' ? ['SYMMETRIC_DEFAULT'] : undefined,
            MultiRegion: false,
          },
        }
      },
    },
    GetKeyRotationStatus: {
      family: 'GetKeyRotationStatus',
      resource: (input) => String(input.KeyId ?? ''),
      handle(input, ctx) {
        const k = findKey(input, ctx)
        // Rotation applies only to symmetric keys with key material KMS generated.
        if ((k.keySpec ?? 'SYMMETRIC_DEFAULT') !== 'SYMMETRIC_DEFAULT' || (k.origin ?? 'AWS_KMS') !== 'AWS_KMS') {
          throw new ApiError('UnsupportedOperationException', `${arns.key(ctx.region, ctx.accountId, k.keyId)} origin is ${k.origin ?? 'AWS_KMS'} or key spec is ${k.keySpec} which is not valid for this operation.`, 400)
        }
        // AWS managed keys rotate every year, always.
        const enabled = k.manager === 'AWS' ? true : Boolean(k.rotationEnabled)
        return { KeyRotationEnabled: enabled, KeyId: arns.key(ctx.region, ctx.accountId, k.keyId), RotationPeriodInDays: enabled ? 365 : undefined, NextRotationDate: enabled ? new Date('2025-01-15T10:00:00Z') : undefined }
      },
    },
    GetKeyPolicy: {
      family: 'GetKeyPolicy',
      resource: (input) => String(input.KeyId ?? ''),
      handle(input, ctx) {
        const k = findKey(input, ctx)
        const name = input.PolicyName ?? 'default'
        if (name !== 'default') throw new ApiError('NotFoundException', `No such policy exists: ${name}`, 400)
        return { Policy: JSON.stringify(k.policy ?? defaultKeyPolicy(ctx)), PolicyName: 'default' }
      },
    },
  },
}
