import { createHash } from 'node:crypto'
import { ApiError } from '../errors.js'
import { arns, type FixtureFunction, type FixtureLayer } from '../fixture.js'
import { paginate } from '../pagination.js'
import { FIXED_DATE, nameFromArn } from './common.js'
import { codeDownloadUrl } from '../code-downloads.js'
import type { CallContext, Input, OperationDef, ServiceDef } from './types.js'

/** Lambda's answer when a function, policy, URL or config does not exist: 404 with a `Type: User` body. */
function notFound(message: string): ApiError {
  return new ApiError('ResourceNotFoundException', message, 404)
}

function invalid(message: string): ApiError {
  return new ApiError('InvalidParameterValueException', message, 400)
}

/** Deterministic ids derived from a name, so answers are stable across runs. */
function hashed(s: string, len = 32): string {
  return createHash('sha256').update(s).digest('hex').slice(0, len)
}

function uuidOf(s: string): string {
  const h = hashed(s)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}

/** FunctionName may be a name, a full ARN or a partial ARN (`123456789012:function:name`), with or without a qualifier. */
function findFunction(input: Input, ctx: CallContext): FixtureFunction {
  const raw = String(input.FunctionName ?? '')
  let name = raw
  if (raw.startsWith('arn:')) {
    const parts = raw.split(':')
    if (parts[3] !== ctx.region || parts[4] !== ctx.accountId) throw notFound(`Function not found: ${raw}`)
    name = parts[6] ?? ''
  } else if (raw.includes(':function:')) {
    name = raw.split(':')[2] ?? ''
  } else if (raw.includes(':')) {
    name = raw.split(':')[0]!
  }
  const fn = (ctx.data.functions ?? []).find((f) => f.name === name)
  if (!fn) throw notFound(`Function not found: ${arns.function(ctx.region, ctx.accountId, name)}`)
  return fn
}

function functionArn(fn: FixtureFunction, ctx: CallContext): string {
  return arns.function(ctx.region, ctx.accountId, fn.name)
}

function vpcIdOf(fn: FixtureFunction, ctx: CallContext): string {
  const subnetId = fn.vpc?.subnetIds[0]
  if (!subnetId) return ''
  return (ctx.data.subnets ?? []).find((s) => s.subnetId === subnetId)?.vpcId ?? 'vpc-00000000000000000'
}

/** FunctionConfiguration as ListFunctions, GetFunction and GetFunctionConfiguration return it. */
function configuration(fn: FixtureFunction, ctx: CallContext) {
  const image = fn.packageType === 'Image'
  return {
    FunctionName: fn.name,
    FunctionArn: functionArn(fn, ctx),
    Runtime: image ? undefined : fn.runtime,
    Role: fn.role,
    Handler: image ? undefined : (fn.handler ?? 'index.handler'),
    CodeSize: fn.codeSize ?? 1024,
    Description: '',
    Timeout: fn.timeout ?? 3,
    MemorySize: fn.memorySize ?? 128,
    LastModified: fn.lastModified ?? FIXED_DATE,
    CodeSha256: fn.codeSha256 ?? Buffer.from(hashed(fn.name, 64), 'hex').toString('base64'),
    Version: '$LATEST',
    // A function taken out of its VPC still reports VpcConfig, with empty lists and VpcId "".
    VpcConfig: fn.vpc ? { SubnetIds: fn.vpc.subnetIds, SecurityGroupIds: fn.vpc.securityGroupIds, VpcId: vpcIdOf(fn, ctx), Ipv6AllowedForDualStack: fn.vpc.ipv6AllowedForDualStack ?? false } : undefined,
    DeadLetterConfig: fn.deadLetterTargetArn ? { TargetArn: fn.deadLetterTargetArn } : undefined,
    Environment: fn.environment ? { Variables: fn.environment } : undefined,
    KMSKeyArn: fn.kmsKeyArn,
    TracingConfig: { Mode: fn.tracing ?? 'PassThrough' },
    RevisionId: uuidOf(`${fn.name}/revision`),
    Layers: fn.layers?.map((Arn) => ({ Arn, CodeSize: 2048 })),
    State: 'Active',
    LastUpdateStatus: 'Successful',
    PackageType: fn.packageType ?? 'Zip',
    Architectures: fn.architectures ?? ['x86_64'],
    EphemeralStorage: { Size: 512 },
    SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    RuntimeVersionConfig: image ? undefined : { RuntimeVersionArn: `arn:aws:lambda:${ctx.region}::runtime:${hashed(fn.runtime ?? 'x', 64)}` },
    LoggingConfig: { LogFormat: fn.logFormat ?? 'Text', LogGroup: fn.logGroup ?? `/aws/lambda/${fn.name}` },
  }
}

function urlConfig(fn: FixtureFunction, ctx: CallContext) {
  const url = fn.url!
  const cors = url.cors
  return {
    FunctionUrl: `https://${hashed(`${ctx.region}/${fn.name}/url`)}.lambda-url.${ctx.region}.on.aws/`,
    FunctionArn: functionArn(fn, ctx),
    AuthType: url.authType,
    Cors: cors
      ? { AllowCredentials: cors.allowCredentials ?? false, AllowHeaders: cors.allowHeaders, AllowMethods: cors.allowMethods, AllowOrigins: cors.allowOrigins, ExposeHeaders: cors.exposeHeaders, MaxAge: cors.maxAge }
      : undefined,
    CreationTime: '2024-01-15T10:00:00.000000Z',
    LastModifiedTime: '2024-01-15T10:00:00.000000Z',
    InvokeMode: url.invokeMode ?? 'BUFFERED',
  }
}

function findLayer(input: Input, ctx: CallContext): FixtureLayer | undefined {
  const name = nameFromArn(String(input.LayerName ?? ''), 'layer')
  return (ctx.data.layers ?? []).find((l) => l.name === name)
}

function layerVersionItem(layer: FixtureLayer, v: FixtureLayer['versions'][number], ctx: CallContext) {
  return {
    LayerVersionArn: arns.layerVersion(ctx.region, ctx.accountId, layer.name, v.version),
    Version: v.version,
    Description: v.description,
    CreatedDate: v.createdDate ?? FIXED_DATE,
    CompatibleRuntimes: v.compatibleRuntimes,
    CompatibleArchitectures: v.compatibleArchitectures,
  }
}

function cscDetail(id: string, ctx: CallContext) {
  const csc = (ctx.data.codeSigningConfigs ?? []).find((c) => c.id === id)
  if (!csc) return undefined
  return {
    CodeSigningConfigId: csc.id,
    CodeSigningConfigArn: arns.codeSigningConfig(ctx.region, ctx.accountId, csc.id),
    Description: csc.description,
    AllowedPublishers: { SigningProfileVersionArns: csc.allowedPublishers },
    CodeSigningPolicies: { UntrustedArtifactOnDeployment: csc.untrustedArtifactOnDeployment },
    LastModified: FIXED_DATE,
  }
}

/** Lambda caps these list pages at 50 (event source mappings at 100) whatever MaxItems says. */
function page<T>(items: T[], input: Input, ctx: CallContext, operation: string, maxSize = 50) {
  return paginate(items, { token: input.Marker, requested: input.MaxItems, defaultSize: maxSize, maxSize, fixtureMax: ctx.fixturePageSize(operation), tokenName: 'Marker', sizeName: 'MaxItems' })
}

const byFunction = (input: Input) => (input.FunctionName === undefined ? undefined : String(input.FunctionName))

const get = (path: string): OperationDef['http'] => ({ method: 'GET', path })

const operations: Record<string, OperationDef> = {
  ListFunctions: {
    http: get('/2015-03-31/functions'),
    handle(input, ctx) {
      const p = page(ctx.data.functions ?? [], input, ctx, 'ListFunctions')
      return { Functions: p.items.map((f) => configuration(f, ctx)), NextMarker: p.next }
    },
  },
  GetFunction: {
    http: get('/2015-03-31/functions/{FunctionName}'),
    family: 'GetFunction',
    resource: byFunction,
    handle(input, ctx) {
      const fn = findFunction(input, ctx)
      const code =
        fn.packageType === 'Image'
          ? { RepositoryType: 'ECR', ImageUri: fn.imageUri ?? `${ctx.accountId}.dkr.ecr.${ctx.region}.amazonaws.com/${fn.name}:latest`, ResolvedImageUri: `${ctx.accountId}.dkr.ecr.${ctx.region}.amazonaws.com/${fn.name}@sha256:${hashed(fn.name, 64)}` }
          : fn.codeZipBase64 !== undefined
            ? { RepositoryType: 'S3', Location: codeDownloadUrl(ctx.baseUrl, ctx, 'function', fn.name) }
            : { RepositoryType: 'S3', Location: `https://awslambda-${ctx.region}-tasks.s3.${ctx.region}.amazonaws.com/snapshots/${ctx.accountId}/${fn.name}-${uuidOf(fn.name)}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=600` }
      return {
        Configuration: configuration(fn, ctx),
        Code: code,
        Tags: fn.tags && Object.keys(fn.tags).length ? fn.tags : undefined,
        Concurrency: fn.reservedConcurrency !== undefined ? { ReservedConcurrentExecutions: fn.reservedConcurrency } : undefined,
      }
    },
  },
  GetFunctionConfiguration: {
    http: get('/2015-03-31/functions/{FunctionName}/configuration'),
    resource: byFunction,
    handle: (input, ctx) => configuration(findFunction(input, ctx), ctx),
  },
  GetFunctionConcurrency: {
    http: get('/2019-09-30/functions/{FunctionName}/concurrency'),
    resource: byFunction,
    handle(input, ctx) {
      const fn = findFunction(input, ctx)
      return fn.reservedConcurrency !== undefined ? { ReservedConcurrentExecutions: fn.reservedConcurrency } : {}
    },
  },
  GetPolicy: {
    http: get('/2015-03-31/functions/{FunctionName}/policy'),
    family: 'GetPolicy',
    resource: byFunction,
    handle(input, ctx) {
      const fn = findFunction(input, ctx)
      if (!fn.policy) throw notFound('The resource you requested does not exist.')
      return { Policy: JSON.stringify(fn.policy), RevisionId: uuidOf(`${fn.name}/policy`) }
    },
  },
  GetFunctionUrlConfig: {
    http: get('/2021-10-31/functions/{FunctionName}/url'),
    resource: byFunction,
    handle(input, ctx) {
      const fn = findFunction(input, ctx)
      if (!fn.url) throw notFound('The resource you requested does not exist.')
      return urlConfig(fn, ctx)
    },
  },
  ListFunctionUrlConfigs: {
    http: get('/2021-10-31/functions/{FunctionName}/urls'),
    resource: byFunction,
    handle(input, ctx) {
      const fn = findFunction(input, ctx)
      const p = page(fn.url ? [urlConfig(fn, ctx)] : [], input, ctx, 'ListFunctionUrlConfigs')
      return { FunctionUrlConfigs: p.items.map(({ InvokeMode: _i, ...rest }) => rest), NextMarker: p.next }
    },
  },
  GetFunctionCodeSigningConfig: {
    http: get('/2020-06-30/functions/{FunctionName}/code-signing-config'),
    resource: byFunction,
    handle(input, ctx) {
      const fn = findFunction(input, ctx)
      if (fn.packageType === 'Image') throw invalid('Code signing is not supported for functions created with container images.')
      // A function without a code signing config answers 200 with an empty ARN.
      return { CodeSigningConfigArn: fn.codeSigningConfigArn ?? '', FunctionName: fn.name }
    },
  },
  GetCodeSigningConfig: {
    http: get('/2020-04-22/code-signing-configs/{CodeSigningConfigArn}'),
    resource: (input) => String(input.CodeSigningConfigArn ?? ''),
    handle(input, ctx) {
      const raw = String(input.CodeSigningConfigArn ?? '')
      const id = raw.startsWith('arn:') ? (raw.split(':')[6] ?? '') : raw
      const detail = raw.startsWith('arn:') && (raw.split(':')[3] !== ctx.region || raw.split(':')[4] !== ctx.accountId) ? undefined : cscDetail(id, ctx)
      if (!detail) throw notFound(`The code signing configuration cannot be found. Check that the provided configuration is not deleted: ${raw}.`)
      return { CodeSigningConfig: detail }
    },
  },
  ListCodeSigningConfigs: {
    http: get('/2020-04-22/code-signing-configs'),
    handle(input, ctx) {
      const p = page(ctx.data.codeSigningConfigs ?? [], input, ctx, 'ListCodeSigningConfigs')
      return { CodeSigningConfigs: p.items.map((c) => cscDetail(c.id, ctx)), NextMarker: p.next }
    },
  },
  GetFunctionEventInvokeConfig: {
    http: get('/2019-09-25/functions/{FunctionName}/event-invoke-config'),
    resource: byFunction,
    handle(input, ctx) {
      const fn = findFunction(input, ctx)
      const c = fn.eventInvokeConfig
      if (!c) throw notFound(`The function ${functionArn(fn, ctx)} doesn't have an EventInvokeConfig`)
      return {
        LastModified: new Date('2024-01-15T10:00:00Z'),
        FunctionArn: `${functionArn(fn, ctx)}:$LATEST`,
        MaximumRetryAttempts: c.maximumRetryAttempts,
        MaximumEventAgeInSeconds: c.maximumEventAgeInSeconds,
        DestinationConfig: { OnSuccess: c.onSuccess ? { Destination: c.onSuccess } : {}, OnFailure: c.onFailure ? { Destination: c.onFailure } : {} },
      }
    },
  },
  ListEventSourceMappings: {
    http: get('/2015-03-31/event-source-mappings'),
    handle(input, ctx) {
      let items = ctx.data.eventSourceMappings ?? []
      if (input.FunctionName !== undefined) {
        const name = nameFromArn(String(input.FunctionName), 'function')
        items = items.filter((m) => m.functionName === name)
      }
      if (input.EventSourceArn !== undefined) items = items.filter((m) => m.eventSourceArn === input.EventSourceArn)
      const p = page(items, input, ctx, 'ListEventSourceMappings', 100)
      return {
        EventSourceMappings: p.items.map((m) => ({
          UUID: m.uuid,
          BatchSize: m.batchSize ?? 10,
          MaximumBatchingWindowInSeconds: 0,
          EventSourceArn: m.eventSourceArn,
          FunctionArn: arns.function(ctx.region, ctx.accountId, m.functionName),
          LastModified: new Date('2024-01-15T10:00:00Z'),
          State: m.state ?? 'Enabled',
          StateTransitionReason: 'USER_INITIATED',
          DestinationConfig: m.onFailure ? { OnFailure: { Destination: m.onFailure } } : undefined,
        })),
        NextMarker: p.next,
      }
    },
  },
  ListLayers: {
    http: get('/2018-10-31/layers'),
    handle(input, ctx) {
      const layers = (ctx.data.layers ?? []).filter((l) => l.versions.length > 0)
      const p = page(layers, input, ctx, 'ListLayers')
      return {
        Layers: p.items.map((l) => {
          const latest = l.versions.reduce((a, b) => (b.version > a.version ? b : a))
          return { LayerName: l.name, LayerArn: arns.layer(ctx.region, ctx.accountId, l.name), LatestMatchingVersion: layerVersionItem(l, latest, ctx) }
        }),
        NextMarker: p.next,
      }
    },
  },
  ListLayerVersions: {
    http: get('/2018-10-31/layers/{LayerName}/versions'),
    resource: (input) => String(input.LayerName ?? ''),
    handle(input, ctx) {
      const layer = findLayer(input, ctx)
      // Newest first, as Lambda lists them.
      const versions = layer ? [...layer.versions].sort((a, b) => b.version - a.version) : []
      const p = page(versions, input, ctx, 'ListLayerVersions')
      return { LayerVersions: p.items.map((v) => layerVersionItem(layer!, v, ctx)), NextMarker: p.next }
    },
  },
  GetLayerVersion: {
    http: get('/2018-10-31/layers/{LayerName}/versions/{VersionNumber}'),
    resource: (input) => String(input.LayerName ?? ''),
    handle(input, ctx) {
      const layer = findLayer(input, ctx)
      const v = layer?.versions.find((x) => x.version === Number(input.VersionNumber))
      if (!layer || !v) throw notFound('The resource you requested does not exist.')
      return {
        Content: {
          Location:
            v.contentZipBase64 !== undefined
              ? codeDownloadUrl(ctx.baseUrl, ctx, 'layer', layer.name, v.version)
              : `https://awslambda-${ctx.region}-layers.s3.${ctx.region}.amazonaws.com/snapshots/${ctx.accountId}/${layer.name}-${uuidOf(layer.name)}`,
          CodeSha256: 'lAyErSHA256=',
          CodeSize: 2048,
        },
        LayerArn: arns.layer(ctx.region, ctx.accountId, layer.name),
        ...layerVersionItem(layer, v, ctx),
      }
    },
  },
  GetLayerVersionPolicy: {
    http: get('/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy'),
    resource: (input) => String(input.LayerName ?? ''),
    handle(input, ctx) {
      const layer = findLayer(input, ctx)
      const v = layer?.versions.find((x) => x.version === Number(input.VersionNumber))
      if (!layer || !v || !v.policy) throw notFound('The resource you requested does not exist.')
      return { Policy: JSON.stringify(v.policy), RevisionId: uuidOf(`${layer.name}/${v.version}/policy`) }
    },
  },
  ListTags: {
    http: get('/2017-03-31/tags/{Resource}'),
    resource: (input) => String(input.Resource ?? ''),
    handle(input, ctx) {
      const fn = findFunction({ FunctionName: input.Resource }, ctx)
      return { Tags: fn.tags ?? {} }
    },
  },
}

export const lambda: ServiceDef = {
  signingName: 'lambda',
  iamPrefix: 'lambda',
  protocol: 'rest-json',
  defaultFamily: 'control',
  errors: {
    accessDenied: { code: 'AccessDeniedException', status: 403 },
    throttling: { code: 'TooManyRequestsException', status: 429, body: { Reason: 'CallerRateLimitExceeded' }, headers: { 'retry-after': '1' } },
    invalidToken: { code: 'UnrecognizedClientException', status: 403, message: 'The security token included in the request is invalid.' },
    internal: { code: 'ServiceException' },
    unavailable: { code: 'ServiceException' },
  },
  operations,
}
