/**
 * `--inspect-code`: downloads every Zip function's deployment package and every layer version
 * its functions use, analyzes them in memory, and records the result on the functions. Runs after
 * the collectors, and asks GetFunction / GetLayerVersion for the download link right before each
 * download, because the presigned links are valid for only 10 minutes (AWS Lambda API reference:
 * FunctionCodeLocation, LayerVersionContentOutput) and a large account takes longer than that.
 *
 * Each layer version is downloaded once per scan (layer versions are immutable). Archives are
 * fetched a few at a time, and each one has a size and time budget; a failure never stops the
 * scan, it becomes `unresolved.code` (or `unresolved['layers.<i>.code']`) on the function.
 */
import type { CodeInspection, LambdaFunction } from '../../../model/lambda.js'
import type { AdvisoryIndex } from '../../../analysis/code/advisories/osv.js'
import { AwsCallError } from '../classify-error.js'
import { mapLimit, Semaphore } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { unresolvedReason } from '../outcome.js'
import { analyzeArchive } from './analyze-archive.js'
import { downloadArchive, DownloadError } from './download.js'
import { CodeLimitError, CorruptArchiveError, DEFAULT_CODE_LIMITS, type CodeLimits } from './limits.js'

/** IAM actions code inspection adds to a scan (`clearsky permissions --inspect-code`). */
export const CODE_INSPECTION_ACTIONS: readonly string[] = ['lambda:GetFunction', 'lambda:GetLayerVersion']

export interface CodeInspectionOptions {
  limits?: Partial<CodeLimits>
  /** Archives downloaded and analyzed at once (default 3). */
  concurrency?: number
  /** Offline advisory database (`--advisories`); without it dependencies are listed but not matched. */
  advisories?: AdvisoryIndex
  /** Replaces the HTTP download (tests). */
  download?: (url: string, maxBytes: number, signal: AbortSignal) => Promise<Buffer>
}

type Outcome = { ok: true; inspection: CodeInspection } | { ok: false; reason: string }

/** A CodeInspection for an archive deliberately not inspected. */
export function notInspected(reason: string): CodeInspection {
  return { inspected: false, reason, filesScanned: 0, secrets: [], sqlInjection: [], dynamicExec: [], dependencies: [] }
}

const CONTAINER_IMAGE = 'container image: the code is in an ECR image, which code inspection does not pull'

function reasonOf(err: unknown, limits: CodeLimits, timedOut: boolean): string {
  if (err instanceof AwsCallError) return unresolvedReason(err)
  if (err instanceof CodeLimitError) return `limit: ${err.message}`
  if (err instanceof CorruptArchiveError || err instanceof DownloadError) return err.message
  if (timedOut) return `time limit: the archive was not inspected within ${Math.round(limits.timeoutMs / 1000)} s`
  return `Error (${(err as Error)?.message ?? String(err)})`
}

/** `arn:aws:lambda:r:a:layer:name:3` → the layer ARN, its version number and region. */
function layerVersionOf(arn: string): { layerArn: string; version: number; region: string } | undefined {
  const m = /^(arn:[^:]+:lambda:([^:]+):\d{12}:layer:[^:]+):(\d+)$/.exec(arn)
  return m ? { layerArn: m[1]!, region: m[2]!, version: Number(m[3]) } : undefined
}

export async function inspectFunctionCode(ctx: AwsContext, functions: readonly LambdaFunction[], opts: CodeInspectionOptions = {}): Promise<{ functions: LambdaFunction[]; notes: string[] }> {
  const L = await import('@aws-sdk/client-lambda')
  const limits: CodeLimits = { ...DEFAULT_CODE_LIMITS, ...opts.limits }
  const slots = new Semaphore(Math.max(1, Math.min(opts.concurrency ?? 3, 8)))
  const download = opts.download ?? downloadArchive
  const stats = { packages: 0, layers: 0, failed: 0 }

  /** Gets a fresh link, downloads and analyzes, within the archive's time budget. */
  const inspectArchive = (getLocation: () => Promise<string | undefined>): Promise<Outcome> =>
    slots.run(async () => {
      let timer: AbortSignal | undefined
      try {
        const location = await getLocation()
        if (!location) return { ok: false, reason: 'Lambda returned no download location for the code' }
        timer = AbortSignal.timeout(limits.timeoutMs)
        const signal = AbortSignal.any([ctx.signal, timer])
        const buffer = await download(location, limits.maxPackageBytes, signal)
        return { ok: true, inspection: await analyzeArchive(buffer, limits, signal, opts.advisories) }
      } catch (err) {
        if (ctx.signal.aborted) throw err
        return { ok: false, reason: reasonOf(err, limits, Boolean(timer?.aborted)) }
      }
    }, ctx.signal)

  const layerRuns = new Map<string, Promise<Outcome>>()
  const layerOutcome = (arn: string): Promise<Outcome> => {
    let run = layerRuns.get(arn)
    if (!run) {
      const parsed = layerVersionOf(arn)
      run = parsed
        ? inspectArchive(async () => {
            const out = await ctx.send(parsed.region, 'lambda:GetLayerVersion', new L.GetLayerVersionCommand({ LayerName: parsed.layerArn, VersionNumber: parsed.version }))
            return out.Content?.Location
          }).then((o) => {
            if (o.ok) stats.layers++
            return o
          })
        : Promise.resolve({ ok: false, reason: `not a layer version ARN: ${arn}` })
      // Only a cancel rejects; whoever awaits the run sees it, and a run nobody awaits any
      // more (the scan is being cancelled) must not become an unhandled rejection.
      run.catch(() => undefined)
      layerRuns.set(arn, run)
    }
    return run
  }

  const done = new Map<string, number>()
  const result = await mapLimit(functions, 32, async (fn) => {
    const progress = () => {
      const n = (done.get(fn.region) ?? 0) + 1
      done.set(fn.region, n)
      ctx.progress({ region: fn.region, collector: 'lambda.code', collected: n, done: false })
    }
    if (fn.packageType === 'Image') {
      progress()
      return { ...fn, code: notInspected(CONTAINER_IMAGE) }
    }
    const [own, layers] = await Promise.all([
      inspectArchive(async () => {
        const out = await ctx.send(fn.region, 'lambda:GetFunction', new L.GetFunctionCommand({ FunctionName: fn.arn ?? fn.name }))
        return out.Code?.Location
      }),
      Promise.all(fn.layers.map((l) => layerOutcome(l.arn))),
    ])
    progress()
    const unresolved = { ...(fn.unresolved ?? {}) }
    const next: LambdaFunction = { ...fn }
    if (own.ok) {
      next.code = own.inspection
      stats.packages++
    } else {
      unresolved['code'] = own.reason
      stats.failed++
    }
    next.layers = fn.layers.map((l, i) => {
      const o = layers[i]!
      if (o.ok) return { ...l, code: o.inspection }
      unresolved[`layers.${i}.code`] = o.reason
      return l
    })
    if (Object.keys(unresolved).length) next.unresolved = unresolved
    return next
  })
  for (const [region, n] of done) ctx.progress({ region, collector: 'lambda.code', collected: n, done: true })

  const failedLayers = (await Promise.all(layerRuns.values())).filter((o) => !o.ok).length
  const notes = [
    `code inspection: ${stats.packages} deployment package(s) and ${stats.layers} layer version(s) analyzed` +
      (stats.failed || failedLayers ? `; ${stats.failed} package(s) and ${failedLayers} layer version(s) could not be read (see unresolved code fields)` : '') +
      (opts.advisories ? `; dependencies matched against ${opts.advisories.count} advisories from ${opts.advisories.source}` : '; no advisory database given (--advisories), dependencies were not matched'),
  ]
  return { functions: result, notes }
}

