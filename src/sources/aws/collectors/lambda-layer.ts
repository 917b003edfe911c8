import type { GetLayerVersionPolicyResponse, LayersListItem, LayerVersionsListItem } from '@aws-sdk/client-lambda'
import type { Unresolved } from '../../../model/common.js'
import type { LambdaLayer, LambdaLayerVersion } from '../../../model/lambda.js'
import { parseArn } from '../arn.js'
import type { Collector, CollectResult } from '../collector.js'
import { mapLimit } from '../concurrency.js'
import type { AwsContext } from '../context.js'
import { failed, fetchOptional, gapFrom, unresolvedReason, type Fetched } from '../outcome.js'
import { isAbort } from '../classify-error.js'
import { collectPages } from '../paginate.js'
import { parsePolicyDocument } from '../policy-document.js'

export interface LayerVersionDetails {
  item: LayerVersionsListItem
  policy: Fetched<GetLayerVersionPolicyResponse>
}

/** Maps one layer and its versions (with their policies) to the model. Pure. */
export function mapLambdaLayer(layer: LayersListItem, versions: Fetched<LayerVersionDetails[]>, where: { region: string; accountId: string }): LambdaLayer {
  const arn = layer.LayerArn ?? ''
  const unresolved: Unresolved = {}
  const mapped: LambdaLayerVersion[] = []
  if (versions.ok) {
    versions.value.forEach(({ item, policy }, i) => {
      let doc: LambdaLayerVersion['policy'] = null
      if (policy.ok) {
        const parsed = parsePolicyDocument(policy.value.Policy)
        if (parsed.ok) doc = parsed.document
        else if (policy.value.Policy !== undefined) unresolved[`versions.${i}.policy`] = `ParseError (${parsed.error})`
      } else if (!policy.absent) unresolved[`versions.${i}.policy`] = policy.reason
      mapped.push({
        version: item.Version ?? Number(item.LayerVersionArn?.split(':').pop()),
        arn: item.LayerVersionArn ?? '',
        ...(item.CreatedDate ? { createdDate: item.CreatedDate } : {}),
        compatibleRuntimes: item.CompatibleRuntimes ?? [],
        policy: doc,
      })
    })
  } else if (!versions.absent) unresolved.versions = versions.reason
  const out: LambdaLayer = {
    id: arn,
    arn,
    name: layer.LayerName ?? parseArn(arn)?.resource.split(':')[1] ?? arn,
    accountId: parseArn(arn)?.account || where.accountId,
    region: where.region,
    versions: mapped,
  }
  if (Object.keys(unresolved).length) out.unresolved = unresolved
  return out
}

export const lambdaLayerCollector: Collector = {
  id: 'lambda.layer',
  produces: ['lambda.layer'],
  actions: ['lambda:ListLayers', 'lambda:ListLayerVersions', 'lambda:GetLayerVersionPolicy'],
  scope: 'regional',
  async collect(ctx: AwsContext, region: string): Promise<CollectResult> {
    const L = await import('@aws-sdk/client-lambda')
    let layers: LayersListItem[]
    try {
      layers = await collectPages(
        (Marker) => ctx.send(region, 'lambda:ListLayers', new L.ListLayersCommand({ MaxItems: 50, ...(Marker ? { Marker } : {}) })),
        (p) => p.NextMarker,
        (p) => p.Layers,
      )
    } catch (err) {
      return { resources: {}, gaps: [gapFrom(err, 'lambda.layer', region)] }
    }
    // ListLayers shows the account's own layers; the account check guards against anything else.
    const own = layers.filter((l) => !l.LayerArn || parseArn(l.LayerArn)?.account === ctx.accountId)
    const mapped = await mapLimit(own, 8, async (layer) => {
      const LayerName = layer.LayerArn ?? layer.LayerName
      let versions: Fetched<LayerVersionDetails[]>
      try {
        const items = await collectPages(
          (Marker) => ctx.send(region, 'lambda:ListLayerVersions', new L.ListLayerVersionsCommand({ LayerName, MaxItems: 50, ...(Marker ? { Marker } : {}) })),
          (p) => p.NextMarker,
          (p) => p.LayerVersions,
        )
        const details = await Promise.all(
          items.map(async (item) => ({
            item,
            policy: await fetchOptional(
              ctx.send(region, 'lambda:GetLayerVersionPolicy', new L.GetLayerVersionPolicyCommand({ LayerName, VersionNumber: item.Version })),
            ),
          })),
        )
        versions = { ok: true, value: details }
      } catch (err) {
        if (isAbort(err)) throw err
        versions = failed(unresolvedReason(err))
      }
      return mapLambdaLayer(layer, versions, { region, accountId: ctx.accountId })
    })
    return { resources: { 'lambda.layer': mapped }, gaps: [] }
  },
}
