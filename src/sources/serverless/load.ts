/**
 * The serverless.yml adapter: parse (same YAML reader as CloudFormation, so intrinsic tags
 * work in `resources`), resolve framework variables, convert to the CloudFormation the
 * framework deploys, and hand that to the CloudFormation pipeline.
 */
import { readTemplateText, processTemplate } from '../cloudformation/load.js'
import { isRecord, isUnresolved } from '../cloudformation/values.js'
import { emptyResult, type IacAdapter, type IacAdapterResult, type IacFile, type IacOptions } from '../iac/types.js'
import { DocumentError, loadYamlDocument } from '../iac/yaml-source.js'
import { serverlessToCloudFormation } from './to-cloudformation.js'
import { VariableResolver } from './variables.js'

export const serverlessAdapter: IacAdapter = {
  id: 'serverless',
  kinds: ['serverless'],
  load(files: readonly IacFile[], options: IacOptions): IacAdapterResult {
    const result = emptyResult()
    for (const f of files) {
      try {
        loadOne(f.path, options, result)
      } catch (err) {
        if (err instanceof DocumentError) result.errors.push({ file: f.path, ...err.detail })
        else throw err
      }
    }
    return result
  },
}

function loadOne(file: string, options: IacOptions, result: IacAdapterResult): void {
  const doc = loadYamlDocument(readTemplateText(file))
  if (!isRecord(doc.value)) throw new DocumentError({ code: 'NOT_A_TEMPLATE', message: 'serverless.yml must be a mapping at the top level', line: 1, column: 1 })
  result.files.push(file)
  const root = doc.value
  const provider = isRecord(root.provider) ? root.provider : {}
  const env = options.env ?? {}
  // The stage: --stage, else provider.stage (which may itself use ${opt:stage, …}), else dev.
  const probe = new VariableResolver({ root, stage: options.stage ?? 'dev', region: options.region, accountId: options.accountId, env, ...(options.stage ? { optStage: options.stage } : {}) })
  const providerStage = provider.stage === undefined ? undefined : probe.resolveTree(provider.stage)
  const stage = options.stage ?? (typeof providerStage === 'string' ? providerStage : 'dev')
  const providerRegion = provider.region === undefined ? undefined : probe.resolveTree(provider.region)
  const region = typeof providerRegion === 'string' && !isUnresolved(providerRegion) ? providerRegion : options.region
  const resolver = new VariableResolver({ root, stage, region, accountId: options.accountId, env, ...(options.stage ? { optStage: options.stage } : {}) })
  const config = resolver.resolveTree(root) as Record<string, unknown>
  const notes: string[] = []
  const { template, regions } = serverlessToCloudFormation({ file, doc, config, stage, region, partition: options.partition, notes })
  result.notes.push(...notes)
  processTemplate(template, { ...options, region, stage }, {}, file, result, regions)
}
