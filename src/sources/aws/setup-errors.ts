/**
 * Problems with how the scan was set up (credentials, region), as opposed to problems with
 * what was found. The CLI prints the message as one line and exits 2.
 */
export class AwsSetupError extends Error {
  override name = 'AwsSetupError'
}

/** No credentials anywhere in the chain (env, profile, SSO, IMDS), or AWS rejected them. */
export class NoCredentialsError extends AwsSetupError {
  override name = 'NoCredentialsError'
}

export const HOW_TO_PROVIDE_CREDENTIALS =
  'set AWS_PROFILE or pass --profile <name>, export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or run `aws sso login`'

export const HOW_TO_SET_REGION = 'pass --region <region> (or --all-regions), set AWS_REGION, or set `region` in your AWS profile'
