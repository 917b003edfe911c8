import type { AwsCredentialIdentityProvider } from '@smithy/types'
import { classifyError } from './classify-error.js'
import type { ClientPool } from './clients.js'
import { partitionOf } from './arn.js'
import { AwsSetupError, HOW_TO_PROVIDE_CREDENTIALS, NoCredentialsError } from './setup-errors.js'

/**
 * The standard credential chain (environment, shared config and credentials files with SSO and
 * credential_process, web identity, container and instance metadata), resolved once up front so
 * that "no credentials" is one clear line, not a failure in every collector.
 */
export async function resolveCredentials(profile: string | undefined): Promise<AwsCredentialIdentityProvider> {
  const { fromNodeProviderChain } = await import('@aws-sdk/credential-providers')
  const provider = fromNodeProviderChain(profile ? { profile } : {})
  try {
    await provider()
  } catch (err) {
    throw new NoCredentialsError(credentialsMessage(err, profile))
  }
  return provider
}

export function credentialsMessage(err: unknown, profile: string | undefined): string {
  const text = err instanceof Error ? err.message : String(err)
  const named = profile ?? process.env.AWS_PROFILE
  if (/sso/i.test(text) && /expired|invalid|refresh|token/i.test(text))
    return `the AWS SSO session${named ? ` of profile '${named}'` : ''} has expired or is invalid: run \`aws sso login${named ? ` --profile ${named}` : ''}\``
  if (named && /profile/i.test(text) && /not found|could not be found|does not exist/i.test(text))
    return `AWS profile '${named}' was not found in the AWS config or credentials file: ${HOW_TO_PROVIDE_CREDENTIALS}`
  return `no AWS credentials found${named ? ` for profile '${named}'` : ''}: ${HOW_TO_PROVIDE_CREDENTIALS}`
}

/** The region from the environment (AWS_REGION, then AWS_DEFAULT_REGION) or the profile. */
export async function defaultRegion(profile: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION
  if (fromEnv) return fromEnv
  // The SDK's own resolution reads the shared config file for the (named) profile.
  const { STSClient } = await import('@aws-sdk/client-sts')
  const probe = new STSClient(profile ? { profile } : {})
  try {
    return (await probe.config.region()) || undefined
  } catch {
    return undefined
  } finally {
    probe.destroy()
  }
}

const REGION = /^[a-z]{2}(-[a-z0-9]+)+-\d+$/

export function assertRegionName(region: string): void {
  if (!REGION.test(region)) throw new AwsSetupError(`'${region}' is not an AWS region name (expected something like us-east-1)`)
}

export interface CallerIdentity {
  accountId: string
  arn: string
  partition: string
}

/** STS GetCallerIdentity: the account and partition every ARN and bucket key is built from. */
export async function callerIdentity(pool: ClientPool, region: string, signal: AbortSignal): Promise<CallerIdentity> {
  const { GetCallerIdentityCommand } = await import('@aws-sdk/client-sts')
  const sts = await pool.get('sts', region)
  try {
    const out = (await sts.send(new GetCallerIdentityCommand({}), { abortSignal: signal })) as { Account?: string; Arn?: string }
    if (!out.Account) throw new AwsSetupError('sts:GetCallerIdentity returned no account id')
    return { accountId: out.Account, arn: out.Arn ?? '', partition: partitionOf(out.Arn) }
  } catch (err) {
    if (err instanceof AwsSetupError) throw err
    const c = classifyError(err)
    if (c.kind === 'Aborted') throw err
    if (c.kind === 'OptInRequired' || /ExpiredToken|InvalidClientTokenId|SignatureDoesNotMatch|IncompleteSignature|UnrecognizedClient/.test(c.code))
      throw new NoCredentialsError(`AWS rejected the credentials in ${region} (${c.code}; if the region is not enabled for the account, set AWS_REGION to one that is): ${HOW_TO_PROVIDE_CREDENTIALS}`)
    if (c.kind === 'AccessDenied') throw new AwsSetupError(`sts:GetCallerIdentity was denied (${c.code}); clearsky needs it to learn the account id`)
    throw new AwsSetupError(`could not identify the AWS account (sts:GetCallerIdentity in ${region}): ${c.code}: ${c.message}`)
  }
}
