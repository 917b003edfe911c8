import type { PolicyDocument, ResourceBase } from './common.js'

export interface LambdaVpcConfig {
  vpcId?: string
  subnetIds: string[]
  securityGroupIds: string[]
  ipv6AllowedForDualStack?: boolean
}

export interface LambdaFunctionUrl {
  /** `AWS_IAM` or `NONE` (anyone on the internet can call it). */
  authType: 'AWS_IAM' | 'NONE'
  url?: string
  cors?: {
    allowOrigins: string[]
    allowMethods: string[]
    allowHeaders: string[]
    allowCredentials: boolean
  }
}

export interface LambdaEventInvokeConfig {
  onFailureDestination?: string
  onSuccessDestination?: string
  maximumRetryAttempts?: number
  maximumEventAgeInSeconds?: number
}

export interface LambdaEventSourceMapping {
  uuid: string
  eventSourceArn?: string
  state?: string
  /** Failure destination of a stream or queue mapping (SQS/Kafka/streams). */
  onFailureDestination?: string
}

export interface LambdaLayerRef {
  /** Layer version ARN: arn:aws:lambda:region:account:layer:name:version */
  arn: string
  codeSize?: number
}

/** `lambda.function`: one function with everything the control plane says about it. */
export interface LambdaFunction extends ResourceBase {
  runtime?: string
  packageType: 'Zip' | 'Image'
  handler?: string
  /** Execution role ARN. */
  role: string
  architectures: string[]
  memorySize?: number
  timeout?: number
  /**
   * Environment variables. Snapshots mask secret-looking values unless the user asks
   * otherwise; checks must never put a value into a message.
   */
  environment: Record<string, string>
  /** Customer managed KMS key for environment variables; absent means the AWS managed key. */
  kmsKeyArn?: string
  vpc?: LambdaVpcConfig
  deadLetterTargetArn?: string
  tracingMode: 'Active' | 'PassThrough'
  layers: LambdaLayerRef[]
  logging: { logGroup: string; logFormat?: string }
  codeSha256?: string
  lastModified?: string
  /** Resource-based policy; `null` when the function has none (not when it could not be read). */
  policy: PolicyDocument | null
  /** Function URL config; `null` when the function has no URL. */
  url: LambdaFunctionUrl | null
  codeSigningConfigArn: string | null
  /** Reserved concurrency; `null` when none is reserved. */
  reservedConcurrency: number | null
  eventInvokeConfig: LambdaEventInvokeConfig | null
  eventSourceMappings: LambdaEventSourceMapping[]
}

export interface LambdaLayerVersion {
  version: number
  arn: string
  createdDate?: string
  compatibleRuntimes: string[]
  /** Layer version policy; `null` when none. */
  policy: PolicyDocument | null
}

/** `lambda.layer`: a layer owned by the scanned account, with its versions. */
export interface LambdaLayer extends ResourceBase {
  versions: LambdaLayerVersion[]
}

/** `lambda.code-signing-config` */
export interface LambdaCodeSigningConfig extends ResourceBase {
  untrustedArtifactOnDeployment: 'Warn' | 'Enforce'
  allowedPublisherProfileArns: string[]
}
