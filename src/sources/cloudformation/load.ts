/**
 * The CloudFormation/SAM/CDK adapter: parses each template, applies the SAM transform,
 * follows local nested stacks (passing parameters down), and runs the per-service adapters.
 * A template that cannot be parsed becomes an error for its file; the others go on.
 */
import { readFileSync, statSync } from 'node:fs'
import { basename, dirname, extname, resolve as resolvePath, relative, isAbsolute } from 'node:path'
import { MAX_NESTED_DEPTH, MAX_TEMPLATE_BYTES } from '../iac/limits.js'
import { metadataSuppressions, parseSuppressionComments, type AddressRegion } from '../iac/suppressions.js'
import { emptyResult, type IacAdapter, type IacAdapterResult, type IacFile, type IacOptions } from '../iac/types.js'
import { DocumentError, pointer } from '../iac/yaml-source.js'
import { adaptEc2 } from './adapters/ec2.js'
import { adaptEc2Compute } from './adapters/ec2-compute.js'
import { adaptEc2Launch } from './adapters/ec2-launch.js'
import { adaptEc2Vpn } from './adapters/ec2-vpn.js'
import { adaptS3 } from './adapters/s3.js'
import { adaptIam } from './adapters/iam.js'
import { adaptIamUsersAndGroups } from './adapters/iam-users.js'
import { adaptLambda } from './adapters/lambda.js'
import { adaptMonitoring } from './adapters/monitoring.js'
import { adaptDataStores } from './adapters/data-stores.js'
import { adaptApiGateway } from './adapters/apigateway.js'
import { adaptOpenApiRoutes } from './adapters/apigateway-openapi.js'
import { adaptEdge } from './adapters/edge.js'
import { adaptEksNodegroups } from './adapters/eks-nodegroup.js'
import { adaptRdsGlobalClusters } from './adapters/rds-global-cluster.js'
import { adaptGuardDuty } from './adapters/guardduty.js'
import { adaptSecretsManager } from './adapters/secretsmanager.js'
import { adaptSsm } from './adapters/ssm.js'
import { findDependencyCycles } from './dependencies.js'
import { Resolver } from './resolver.js'
import { applySamTransform, SAM_TRANSFORM } from './sam/transform.js'
import { Stack } from './stack.js'
import { parseTemplate, type CfnTemplate } from './template.js'
import { isRecord, isUnresolved } from './values.js'

/** Names that say nothing about the stack: the directory names it instead. */
const GENERIC_NAMES = new Set(['template', 'main', 'stack', 'cloudformation', 'cfn', 'packaged', 'index', 'infra', 'infrastructure', 'sam'])

/** A stack name for a template: CloudFormation's own naming rules, derived from the file. */
export function stackNameFor(file: string, kind: IacFile['kind']): string {
  let base = basename(file)
  if (kind === 'cdk') base = base.replace(/\.template\.json$/, '')
  else base = base.slice(0, base.length - extname(base).length)
  if (GENERIC_NAMES.has(base.toLowerCase())) base = basename(dirname(resolvePath(file))) || base
  const name = base.replace(/[^A-Za-z0-9-]/g, '-').replace(/^[^A-Za-z]+/, '')
  return (name || 'stack').slice(0, 128)
}

export function readTemplateText(file: string): string {
  const size = statSync(file).size
  if (size > MAX_TEMPLATE_BYTES)
    throw new DocumentError({ code: 'TOO_LARGE', message: `${(size / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB this scanner reads (CloudFormation itself accepts at most 1 MB)` })
  return readFileSync(file, 'utf8')
}

interface Loaded {
  file: IacFile
  template: CfnTemplate
}

export const cloudFormationAdapter: IacAdapter = {
  id: 'cloudformation',
  kinds: ['cloudformation', 'cdk'],
  load(files: readonly IacFile[], options: IacOptions): IacAdapterResult {
    const result = emptyResult()
    const parsed = new Map<string, Loaded>()
    const tryParse = (file: IacFile, stackName: string): CfnTemplate | undefined => {
      try {
        const template = parseTemplate(file.path, readTemplateText(file.path), stackName)
        result.files.push(file.path)
        return template
      } catch (err) {
        if (err instanceof DocumentError) result.errors.push({ file: file.path, ...err.detail })
        else result.errors.push({ file: file.path, code: 'READ', message: (err as Error).message })
        return undefined
      }
    }
    for (const f of files) {
      const template = tryParse(f, stackNameFor(f.path, f.kind))
      if (template) parsed.set(resolvePath(f.path), { file: f, template })
    }
    // Templates another scanned template nests are scanned through their parent, with the
    // parameters it passes; not a second time on their own.
    const nestedTargets = new Set<string>()
    for (const { template } of parsed.values()) for (const n of nestedStacks(template)) if (n.path) nestedTargets.add(n.path)
    const roots = [...parsed.values()].filter((l) => !nestedTargets.has(resolvePath(l.file.path)))
    if (!roots.length && parsed.size) roots.push(...parsed.values()) // every template nests another: scan them all
    const usedPrefixes = new Set<string>()
    const scanStack = (template: CfnTemplate, parameters: Record<string, unknown>, depth: number, chain: string[]) => {
      let prefix = template.file
      if (usedPrefixes.has(prefix)) prefix = `${template.file}@${template.stackName}`
      usedPrefixes.add(prefix)
      const stack = processTemplate(template, options, parameters, prefix, result)
      for (const nested of nestedStacks(template)) {
        const res = template.resources.get(nested.logicalId)!
        if (!nested.path) {
          result.notes.push(`${template.file}:${res.startLine}: nested stack ${nested.logicalId} (${nested.reason}) is not scanned`)
          continue
        }
        if (chain.includes(nested.path) || depth + 1 > MAX_NESTED_DEPTH) {
          result.errors.push({ file: template.file, line: res.startLine, code: 'CIRCULAR', message: `nested stack ${nested.logicalId} includes ${nested.path}, which is already being scanned above it` })
          continue
        }
        const shown = displayPath(nested.path, template.file)
        const loaded = parsed.get(nested.path)
        const child = loaded
          ? { ...loaded.template, stackName: `${template.stackName}-${nested.logicalId}`, resources: new Map(loaded.template.resources) }
          : tryParse({ path: shown, kind: 'cloudformation' }, `${template.stackName}-${nested.logicalId}`)
        if (!child) continue
        const passed = stack.props(res)
        const params = isRecord(passed.Parameters) ? passed.Parameters : {}
        scanStack(child, params, depth + 1, [...chain, nested.path])
      }
    }
    for (const root of roots) scanStack(root.template, options.parameters, 0, [resolvePath(root.file.path)])
    return result
  },
}

/** Keeps the nested template's path in the style the user gave (relative stays relative). */
function displayPath(absolute: string, parentFile: string): string {
  if (isAbsolute(parentFile)) return absolute
  const rel = relative(process.cwd(), absolute)
  return rel.startsWith('..') ? absolute : rel
}

interface NestedRef {
  logicalId: string
  /** Absolute path of a local template; undefined when the template is remote or computed. */
  path?: string
  reason?: string
}

/** AWS::CloudFormation::Stack (TemplateURL) and AWS::Serverless::Application (Location) with a local path. */
export function nestedStacks(template: CfnTemplate): NestedRef[] {
  const out: NestedRef[] = []
  for (const res of template.resources.values()) {
    let loc: unknown
    if (res.type === 'AWS::CloudFormation::Stack') loc = res.properties.TemplateURL
    else if (res.type === 'AWS::Serverless::Application') loc = res.properties.Location
    else continue
    if (typeof loc !== 'string') out.push({ logicalId: res.logicalId, reason: isRecord(loc) ? 'a Serverless Application Repository app or a computed location' : 'no location' })
    else if (/^(https?|s3):\/\//i.test(loc)) out.push({ logicalId: res.logicalId, reason: `remote template ${loc}` })
    else out.push({ logicalId: res.logicalId, path: resolvePath(dirname(template.file), loc) })
  }
  return out
}

/**
 * Runs the transform, the adapters and the suppression readers over one template. `regions`
 * (where each suppressible entity sits) default to the template's resources; serverless.yml
 * passes its function keys.
 */
export function processTemplate(template: CfnTemplate, options: IacOptions, parameters: Record<string, unknown>, idPrefix: string, result: IacAdapterResult, regionsOverride?: AddressRegion[]): Stack {
  // Suppressions and regions come from the template as written, before SAM rewrites it.
  const regions: AddressRegion[] = regionsOverride ?? []
  if (!regionsOverride) for (const res of template.resources.values()) regions.push({ address: res.logicalId, startLine: res.startLine, endLine: res.endLine })
  const comments = parseSuppressionComments(template.file, template.doc.lines, regions)
  result.suppressions.push(...comments.suppressions)
  result.errors.push(...comments.errors)
  for (const res of template.resources.values()) {
    if (res.metadata === undefined) continue
    const line = template.doc.positions.get(pointer(['Resources', res.logicalId, 'Metadata']))?.line ?? res.startLine
    const m = metadataSuppressions(template.file, res.logicalId, res.metadata, line)
    result.suppressions.push(...m.suppressions)
    result.errors.push(...m.errors)
  }
  const raw = template.doc.value as Record<string, unknown>
  for (const key of Object.keys(isRecord(raw?.Resources) ? raw.Resources : {}))
    if (key.startsWith('Fn::ForEach::')) result.notes.push(`${template.file}:${template.lineAt(['Resources', key]) ?? 1}: ${key} is not expanded; the resources it generates are not scanned`)
  for (const t of template.transforms)
    if (t !== SAM_TRANSFORM && t !== 'AWS::LanguageExtensions') result.notes.push(`${template.file}: transform ${t} is not applied; resources it adds are not scanned`)

  if (template.transforms.includes(SAM_TRANSFORM)) {
    const decide = new Resolver(template, { accountId: options.accountId, region: options.region, partition: options.partition, parameters })
    result.notes.push(...applySamTransform(template, { partition: options.partition, resolve: (v) => {
      const r = decide.resolve(v)
      return isUnresolved(r) ? undefined : r
    } }))
  }
  result.errors.push(...findDependencyCycles(template))
  const stack = new Stack(template, options, parameters, idPrefix)
  adaptLambda(stack)
  adaptIam(stack)
  adaptIamUsersAndGroups(stack)
  adaptEc2(stack)
  adaptEc2Compute(stack)
  adaptEc2Launch(stack)
  adaptEc2Vpn(stack)
  adaptS3(stack)
  adaptMonitoring(stack)
  adaptDataStores(stack)
  adaptApiGateway(stack)
  adaptOpenApiRoutes(stack)
  adaptEdge(stack)
  adaptEksNodegroups(stack)
  adaptRdsGlobalClusters(stack)
  adaptGuardDuty(stack)
  adaptSecretsManager(stack)
  adaptSsm(stack)
  result.resources.push(...stack.out)
  result.errors.push(...stack.resolver.errors)
  return stack
}
