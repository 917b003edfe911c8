import type {
  EventSourceMappingConfiguration,
  FunctionConfiguration,
  FunctionEventInvokeConfig,
  GetFunctionCodeSigningConfigResponse,
  GetFunctionResponse,
  GetFunctionUrlConfigResponse,
  GetPolicyResponse,
} from '@aws-sdk/client-lambda'
import type { LambdaEventSourceMapping, LambdaFunction } from '../../../model/lambda.js'
import type { Unresolved } from '../../../model/common.js'
import { parseArn, unqualifiedFunctionArn } from '../arn.js'
import { AwsCallError, isAbort } from '../classify-error.js'
import { selectedDetails, type Collector, type CollectResult } from '../collector.js'
import { mapLimit } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { absent, failed, fetchOptional, gapFrom, unresolvedReason, type Fetched } from '../outcome.js'
import { collectPages } from '../paginate.js'
import { parsePolicyDocument } from '../policy-document.js'
import { LAMBDA_DETAIL_GROUPS, LAMBDA_DETAIL_READERS, LAMBDA_DETAILS, notCollectedReason, type LambdaDetailGroup } from './lambda-function-details.js'

/** Everything the per-function calls returned (or why they could not). */
export interface FunctionDetails {
  /** GetFunction: tags and reserved concurrency. */
  getFunction: Fetched<GetFunctionResponse>
  policy: Fetched<GetPolicyResponse>
  url: Fetched<GetFunctionUrlConfigResponse>
  codeSigning: Fetched<GetFunctionCodeSigningConfigResponse>
  eventInvoke: Fetched<FunctionEventInvokeConfig>
  /** This function's mappings from the region-wide ListEventSourceMappings. */
  eventSourceMappings: Fetched<LambdaEventSourceMapping[]>
}

/** Maps ListFunctions' configuration plus the per-function answers to the model. Pure. */
export function mapLambdaFunction(cfg: FunctionConfiguration, d: FunctionDetails, where: { region: string; accountId: string }): LambdaFunction {
  const arn = cfg.FunctionArn ?? ''
  const name = cfg.FunctionName ?? parseArn(arn)?.resource.split(':')[1] ?? arn
  const unresolved: Unresolved = {}

  const environment = { ...(cfg.Environment?.Variables ?? {}) }
  // Lambda could not decrypt the variables (a disabled or inaccessible KMS key): their
  // values are unknown, not absent.
  if (cfg.Environment?.Error) unresolved.environment = `${cfg.Environment.Error.ErrorCode ?? 'Error'} (lambda:ListFunctions)`

  const vpcCfg = cfg.VpcConfig
  const inVpc = Boolean(vpcCfg && (vpcCfg.VpcId || (vpcCfg.SubnetIds?.length ?? 0) > 0))

  let tags: Record<string, string> | undefined
  let reservedConcurrency: number | null = null
  if (d.getFunction.ok) {
    const gf = d.getFunction.value
    reservedConcurrency = gf.Concurrency?.ReservedConcurrentExecutions ?? null
    // GetFunction leaves tags out (TagsError) when the caller may not lambda:ListTags.
    if (gf.TagsError) unresolved.tags = `${gf.TagsError.ErrorCode ?? 'Error'} (lambda:ListTags)`
    else tags = { ...(gf.Tags ?? {}) }
  } else if (!d.getFunction.absent) {
    unresolved.tags = d.getFunction.reason
    unresolved.reservedConcurrency = d.getFunction.reason
  } else {
    tags = {}
  }

  let policy: LambdaFunction['policy'] = null
  if (d.policy.ok) {
    const parsed = parsePolicyDocument(d.policy.value.Policy)
    if (parsed.ok) policy = parsed.document
    else if (d.policy.value.Policy !== undefined) unresolved.policy = `ParseError (${parsed.error})`
  } else if (!d.policy.absent) unresolved.policy = d.policy.reason

  let url: LambdaFunction['url'] = null
  if (d.url.ok) {
    const u = d.url.value
    url = {
      authType: u.AuthType === 'NONE' ? 'NONE' : 'AWS_IAM',
      ...(u.FunctionUrl ? { url: u.FunctionUrl } : {}),
      ...(u.Cors
        ? {
            cors: {
              allowOrigins: u.Cors.AllowOrigins ?? [],
              allowMethods: u.Cors.AllowMethods ?? [],
              allowHeaders: u.Cors.AllowHeaders ?? [],
              allowCredentials: u.Cors.AllowCredentials ?? false,
            },
          }
        : {}),
    }
    if (u.AuthType !== 'NONE' && u.AuthType !== 'AWS_IAM') unresolved['url.authType'] = `unexpected AuthType ${String(u.AuthType)}`
  } else if (!d.url.absent) unresolved.url = d.url.reason

  let codeSigningConfigArn: string | null = null
  if (d.codeSigning.ok) codeSigningConfigArn = d.codeSigning.value.CodeSigningConfigArn || null
  else if (!d.codeSigning.absent) unresolved.codeSigningConfigArn = d.codeSigning.reason

  let eventInvokeConfig: LambdaFunction['eventInvokeConfig'] = null
  if (d.eventInvoke.ok) {
    const e = d.eventInvoke.value
    eventInvokeConfig = {
      ...(e.DestinationConfig?.OnFailure?.Destination ? { onFailureDestination: e.DestinationConfig.OnFailure.Destination } : {}),
      ...(e.DestinationConfig?.OnSuccess?.Destination ? { onSuccessDestination: e.DestinationConfig.OnSuccess.Destination } : {}),
      ...(e.MaximumRetryAttempts !== undefined ? { maximumRetryAttempts: e.MaximumRetryAttempts } : {}),
      ...(e.MaximumEventAgeInSeconds !== undefined ? { maximumEventAgeInSeconds: e.MaximumEventAgeInSeconds } : {}),
    }
  } else if (!d.eventInvoke.absent) unresolved.eventInvokeConfig = d.eventInvoke.reason

  let eventSourceMappings: LambdaEventSourceMapping[] = []
  if (d.eventSourceMappings.ok) eventSourceMappings = d.eventSourceMappings.value
  else if (!d.eventSourceMappings.absent) unresolved.eventSourceMappings = d.eventSourceMappings.reason

  const fn: LambdaFunction = {
    id: arn,
    arn,
    name,
    accountId: parseArn(arn)?.account || where.accountId,
    region: where.region,
    ...(tags ? { tags } : {}),
    ...(cfg.Runtime ? { runtime: cfg.Runtime } : {}),
    packageType: cfg.PackageType === 'Image' ? 'Image' : 'Zip',
    ...(cfg.Handler ? { handler: cfg.Handler } : {}),
    role: cfg.Role ?? '',
    architectures: cfg.Architectures?.length ? [...cfg.Architectures] : ['x86_64'],
    ...(cfg.MemorySize !== undefined ? { memorySize: cfg.MemorySize } : {}),
    ...(cfg.Timeout !== undefined ? { timeout: cfg.Timeout } : {}),
    environment,
    ...(cfg.KMSKeyArn ? { kmsKeyArn: cfg.KMSKeyArn } : {}),
    ...(inVpc
      ? {
          vpc: {
            ...(vpcCfg!.VpcId ? { vpcId: vpcCfg!.VpcId } : {}),
            subnetIds: vpcCfg!.SubnetIds ?? [],
            securityGroupIds: vpcCfg!.SecurityGroupIds ?? [],
            ...(vpcCfg!.Ipv6AllowedForDualStack !== undefined ? { ipv6AllowedForDualStack: vpcCfg!.Ipv6AllowedForDualStack } : {}),
          },
        }
      : {}),
    ...(cfg.DeadLetterConfig?.TargetArn ? { deadLetterTargetArn: cfg.DeadLetterConfig.TargetArn } : {}),
    tracingMode: cfg.TracingConfig?.Mode === 'Active' ? 'Active' : 'PassThrough',
    layers: (cfg.Layers ?? []).map((l) => ({ arn: l.Arn ?? '', ...(l.CodeSize !== undefined ? { codeSize: l.CodeSize } : {}) })),
    logging: {
      logGroup: cfg.LoggingConfig?.LogGroup || `/aws/lambda/${name}`,
      ...(cfg.LoggingConfig?.LogFormat ? { logFormat: cfg.LoggingConfig.LogFormat } : {}),
    },
    ...(cfg.CodeSha256 ? { codeSha256: cfg.CodeSha256 } : {}),
    ...(cfg.LastModified ? { lastModified: cfg.LastModified } : {}),
    policy,
    url,
    codeSigningConfigArn,
    reservedConcurrency,
    eventInvokeConfig,
    eventSourceMappings,
  }
  if (Object.keys(unresolved).length) fn.unresolved = unresolved
  return fn
}

/**
 * Groups the region's event source mappings by the function they invoke. Mappings on a version
 * or alias count for the function itself (versions and aliases are not collected). Pure.
 */
export function groupEventSourceMappings(list: readonly EventSourceMappingConfiguration[]): Map<string, LambdaEventSourceMapping[]> {
  const byFunction = new Map<string, LambdaEventSourceMapping[]>()
  for (const m of list) {
    if (!m.FunctionArn) continue
    const key = unqualifiedFunctionArn(m.FunctionArn)
    const mapped: LambdaEventSourceMapping = {
      uuid: m.UUID ?? '',
      ...(m.EventSourceArn ? { eventSourceArn: m.EventSourceArn } : {}),
      ...(m.State ? { state: m.State } : {}),
      ...(m.DestinationConfig?.OnFailure?.Destination ? { onFailureDestination: m.DestinationConfig.OnFailure.Destination } : {}),
    }
    const entry = byFunction.get(key)
    if (entry) entry.push(mapped)
    else byFunction.set(key, [mapped])
  }
  return byFunction
}

const listings = new WeakMap<AwsContext, Map<string, Promise<FunctionConfiguration[]>>>()

/**
 * The region's ListFunctions listing, made once per scan and shared: collectors that only need
 * the functions' configuration (their execution roles) start from it instead of waiting for
 * every function's details, which take most of a scan.
 */
export function listFunctionConfigurations(ctx: AwsContext, region: string): Promise<FunctionConfiguration[]> {
  let byRegion = listings.get(ctx)
  if (!byRegion) listings.set(ctx, (byRegion = new Map()))
  let listing = byRegion.get(region)
  if (!listing) {
    listing = (async () => {
      const L = await import('@aws-sdk/client-lambda')
      // ListFunctions returns at most 50 functions per page whatever MaxItems says.
      return collectPages(
        (Marker) => ctx.send(region, 'lambda:ListFunctions', new L.ListFunctionsCommand({ MaxItems: 50, ...(Marker ? { Marker } : {}) })),
        (p) => p.NextMarker,
        (p) => p.Functions,
      )
    })()
    byRegion.set(region, listing)
  }
  return listing
}

/** Functions whose details are fetched at once; the rate limiters bound the actual calls. */
const FUNCTIONS_IN_PROGRESS = 64

/**
 * A detail call's answer that the function itself no longer exists: it was deleted after
 * ListFunctions. Compared by identity; otherwise it reads as "absent".
 */
const functionGone: Fetched<never> = { ok: false, absent: true }

/**
 * Lambda answers ResourceNotFoundException both when the function has no policy, URL or async
 * configuration ("The resource you requested does not exist.", "… doesn't have an
 * EventInvokeConfig") and when there is no such function; only the latter says
 * "Function not found: <arn>".
 */
function isFunctionGone(err: unknown): boolean {
  return err instanceof AwsCallError && err.kind === 'NotFound' && /Function not found/i.test(err.message)
}

/**
 * Calls a detail group's API unless no selected check reads it: then its fields are marked
 * unresolved (`not collected: …`) instead, so a check that reads them anyway is `unknown`.
 */
async function fetchIf<T>(wanted: ReadonlySet<string>, group: LambdaDetailGroup, call: () => Promise<T>): Promise<Fetched<T>> {
  if (!wanted.has(group)) return failed(notCollectedReason(group))
  try {
    return { ok: true, value: await call() }
  } catch (err) {
    return isFunctionGone(err) ? functionGone : fetchOptional(Promise.reject(err))
  }
}

export const lambdaFunctionCollector: Collector = {
  id: 'lambda.function',
  produces: ['lambda.function'],
  // The code signing config collector reads the configs functions name.
  details: { groups: LAMBDA_DETAILS, readers: LAMBDA_DETAIL_READERS, derived: { 'lambda.code-signing-config': ['code-signing'] } },
  actions: [
    'lambda:ListFunctions',
    'lambda:GetFunction',
    // Not called: GetFunction only returns the function's tags when the caller may ListTags.
    'lambda:ListTags',
    'lambda:GetPolicy',
    'lambda:GetFunctionUrlConfig',
    'lambda:GetFunctionCodeSigningConfig',
    'lambda:GetFunctionEventInvokeConfig',
    'lambda:ListEventSourceMappings',
  ],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const L = await import('@aws-sdk/client-lambda')
    const progress = (collected: number) => ctx.progress({ region, collector: 'lambda.function', collected, done: false })

    const wanted = selectedDetails(lambdaFunctionCollector, ctx.details, ctx.wanted)
    // One region-wide listing of mappings instead of one call per function.
    const mappings: Promise<Fetched<EventSourceMapping[]>> = wanted.has('event-source-mappings')
      ? collectPages(
          (Marker) => ctx.send(region, 'lambda:ListEventSourceMappings', new L.ListEventSourceMappingsCommand({ MaxItems: 100, ...(Marker ? { Marker } : {}) })),
          (p) => p.NextMarker,
          (p) => p.EventSourceMappings,
        ).then(
          (list) => ({ ok: true as const, value: list }),
          (err: unknown) => {
            if (isAbort(err)) throw err
            return failed(unresolvedReason(err))
          },
        )
      : Promise.resolve(failed(notCollectedReason('event-source-mappings')))

    // Handled here too: when the scan is cancelled, this may reject before the listing below
    // does, and an unhandled rejection would crash the run. Awaiting it later still rethrows.
    mappings.catch(() => undefined)

    let configs: FunctionConfiguration[]
    try {
      configs = await listFunctionConfigurations(ctx, region)
    } catch (err) {
      await mappings.catch(() => undefined)
      return { resources: {}, gaps: [gapFrom(err, 'lambda.function', region)] }
    }

    const esm = await mappings
    const byFunction = esm.ok ? groupEventSourceMappings(esm.value) : undefined
    let done = 0
    const functions = await mapLimit(configs, FUNCTIONS_IN_PROGRESS, async (cfg) => {
      const FunctionName = cfg.FunctionArn ?? cfg.FunctionName
      const [getFunction, policy, url, codeSigning, eventInvoke] = await Promise.all([
        fetchIf(wanted, 'get-function', () => ctx.send(region, 'lambda:GetFunction', new L.GetFunctionCommand({ FunctionName }))),
        fetchIf(wanted, 'policy', () => ctx.send(region, 'lambda:GetPolicy', new L.GetPolicyCommand({ FunctionName }))),
        fetchIf(wanted, 'url', () => ctx.send(region, 'lambda:GetFunctionUrlConfig', new L.GetFunctionUrlConfigCommand({ FunctionName }))),
        // Container-image functions cannot use code signing: no call needed.
        cfg.PackageType === 'Image' && wanted.has('code-signing')
          ? Promise.resolve(absent)
          : fetchIf(wanted, 'code-signing', () => ctx.send(region, 'lambda:GetFunctionCodeSigningConfig', new L.GetFunctionCodeSigningConfigCommand({ FunctionName }))),
        fetchIf(wanted, 'event-invoke', () => ctx.send(region, 'lambda:GetFunctionEventInvokeConfig', new L.GetFunctionEventInvokeConfigCommand({ FunctionName }))),
      ])
      progress(++done)
      // Deleted after the listing: GetFunction finds nothing, or (when a narrow selection skips
      // GetFunction) another per-function call says the function is not found. Kept, it would be
      // judged on its calls' "none" answers: no policy, no URL.
      if (!getFunction.ok && getFunction.absent) return undefined
      if ([policy, url, codeSigning, eventInvoke].includes(functionGone)) return undefined
      const eventSourceMappings: Fetched<LambdaEventSourceMapping[]> = byFunction
        ? { ok: true, value: byFunction.get(cfg.FunctionArn ?? '') ?? [] }
        : (esm as Fetched<never>)
      return mapLambdaFunction(cfg, { getFunction, policy, url, codeSigning, eventInvoke, eventSourceMappings }, { region, accountId: ctx.accountId })
    })
    const skipped = LAMBDA_DETAIL_GROUPS.filter((g) => !wanted.has(g))
    return {
      resources: { 'lambda.function': functions.filter((f): f is LambdaFunction => f !== undefined) },
      gaps: [],
      // Said once for the inventory too, so a snapshot tells which details it lacks.
      ...(skipped.length
        ? { partial: [{ resourceType: 'lambda.function', kind: 'fields', region, fields: skipped.flatMap((g) => LAMBDA_DETAILS[g].fields), reason: `not collected: no selected check reads them (${skipped.map((g) => LAMBDA_DETAILS[g].actions[0]).join(', ')} skipped)` }] }
        : {}),
    }
  },
}

type EventSourceMapping = EventSourceMappingConfiguration
