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
  /**
   * What the layer version's archive contains (`--inspect-code`). A layer version is immutable,
   * so it is downloaded once per scan and the same result appears on every function that uses
   * it. Absent when code inspection was not enabled. When the archive could not be read, the
   * function's `unresolved` map holds `layers.<i>.code`.
   */
  code?: CodeInspection
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
  /**
   * What the deployment package contains (`--inspect-code`). Absent when code inspection was
   * not enabled. When the package could not be read (GetFunction denied, download failed, a
   * size or time limit was hit), `unresolved.code` holds the reason.
   */
  code?: CodeInspection
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

/** A place in a code package: the path inside the archive and a 1-based line number. */
export interface CodeLocation {
  path: string
  line: number
}

/** A secret-looking value in a file of the package. The value itself is never stored. */
export interface CodeSecretFinding extends CodeLocation {
  /** Id of the pattern in data/secret-patterns.json (`aws-access-key-id`, `private-key` …). */
  patternId: string
}

/** Source languages the code analyzers understand. */
export type CodeLanguage = 'python' | 'javascript'

/** How a SQL text was built from values instead of being passed with parameters. */
export type SqlConstruction = 'f-string' | 'percent-format' | 'format-method' | 'concatenation' | 'template-literal'

/** SQL text built by string interpolation or concatenation that reaches a query call. */
export interface CodeSqlFinding extends CodeLocation {
  language: CodeLanguage
  /** The call the built text reaches, as written (`cursor.execute`, `pool.query`, `knex.raw`). */
  sink: string
  construction: SqlConstruction
}

/** Event data that reaches a call which runs code or a shell command. */
export interface CodeDynamicExecFinding extends CodeLocation {
  language: CodeLanguage
  /** The call, as written (`eval`, `os.system`, `subprocess.run`, `child_process.exec`, `new Function`). */
  sink: string
  /** The request-derived name that reaches it (`event`, `body`, `queryStringParameters`, or a variable assigned from one). */
  source: string
}

/** Package ecosystems, spelled as OSV spells them. */
export type CodeEcosystem = 'npm' | 'PyPI' | 'Go'

/** A third-party package found in a lockfile, a requirements file or installed package metadata. */
export interface CodeDependency {
  ecosystem: CodeEcosystem
  name: string
  /** The exact version; absent when the manifest does not pin one (`requests>=2` in requirements.txt). */
  version?: string
  /** The file it was read from, inside the archive. */
  manifestPath: string
}

/** A dependency version that an advisory of the `--advisories` database lists as affected. */
export interface CodeVulnerability {
  /** Advisory id (`GHSA-…`, `PYSEC-…`, `GO-…`). */
  advisoryId: string
  aliases: string[]
  ecosystem: CodeEcosystem
  name: string
  version: string
  manifestPath: string
  /** The advisory's own severity (database_specific.severity, or computed from its CVSS v3 vector), upper case; absent when it gives none. */
  severity?: string
  /** The first fixed version above the installed one, when the advisory names one. */
  fixedIn?: string
  summary?: string
}

/**
 * The result of downloading and analyzing one code archive (a function's deployment package or
 * a layer version). Nothing in it is ever executed. Lists hold at most a bounded number of
 * entries each (see `truncated`).
 */
export interface CodeInspection {
  /** False when the archive was deliberately not inspected (a container image); `reason` says why. */
  inspected: boolean
  reason?: string
  /** Files whose text was analyzed. */
  filesScanned: number
  secrets: CodeSecretFinding[]
  sqlInjection: CodeSqlFinding[]
  dynamicExec: CodeDynamicExecFinding[]
  dependencies: CodeDependency[]
  /** Matches against the advisory database; absent when no database was given (`--advisories`). */
  vulnerabilities?: CodeVulnerability[]
  /**
   * What limits left out: files over the per-file size limit, entries with an implausible
   * compression ratio or that could not be read, findings beyond the per-list maximum. A check
   * that finds nothing says unknown when a left-out file could have held what it looks for.
   */
  truncated?: CodeTruncation[]
}

/** Something a limit left out of a code inspection. */
export interface CodeTruncation {
  reason: 'file-too-large' | 'compression-ratio' | 'unreadable-entry' | 'findings-cap' | 'dependencies-cap'
  /** How many files (or findings, or dependencies) were left out. */
  count: number
  /** The first few paths concerned. */
  paths: string[]
  /** Which analyses the left-out files would have fed: `secrets`, `source` (SQL and dynamic execution), `dependencies`. */
  affects: ('secrets' | 'source' | 'dependencies')[]
  /** One sentence for reports. */
  detail: string
}
