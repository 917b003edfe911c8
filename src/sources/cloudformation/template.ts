/**
 * A parsed CloudFormation template: its sections as plain values (intrinsics still in `Fn::`
 * form) and, for every resource, where it and each of its properties sit in the file.
 */
import { DocumentError, loadYamlDocument, pointer, type LoadedDocument } from '../iac/yaml-source.js'

export interface ParameterDecl {
  Type?: string
  Default?: unknown
  NoEcho?: unknown
  AllowedValues?: unknown[]
}

/** One entry of `Resources`, or a resource the SAM transform generated. */
export interface TemplateResource {
  logicalId: string
  type: string
  /** Raw properties; intrinsic functions are not resolved yet. */
  properties: Record<string, unknown>
  condition?: string
  metadata?: unknown
  dependsOn: string[]
  file: string
  startLine: number
  endLine: number
  /** Line of a property (path relative to `Properties`), when the source knows it. */
  lineOf(path: readonly (string | number)[]): number | undefined
  /** Last line of a property's value, when the source knows it. */
  endLineOf?(path: readonly (string | number)[]): number | undefined
  /** Logical ids in this file the resource was built from (itself, the SAM function it came from). */
  origins: string[]
}

export interface CfnTemplate {
  file: string
  stackName: string
  transforms: string[]
  parameters: Record<string, ParameterDecl>
  conditions: Record<string, unknown>
  mappings: Record<string, unknown>
  resources: Map<string, TemplateResource>
  /** SAM `Globals` section. */
  globals: Record<string, unknown>
  doc: LoadedDocument
  /** Line of any template path (absolute, from the document root). */
  lineAt(path: readonly (string | number)[]): number | undefined
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Parses template text. Throws DocumentError with a position for anything that is not a template. */
export function parseTemplate(file: string, text: string, stackName: string): CfnTemplate {
  if (/^\s*[{[]/.test(text)) checkJson(text)
  const doc = loadYamlDocument(text)
  const root = doc.value
  if (!isObject(root)) throw new DocumentError({ code: 'NOT_A_TEMPLATE', message: 'the template must be a mapping at the top level', line: 1, column: 1 })
  const lineAt = (path: readonly (string | number)[]) => doc.positions.get(pointer(path))?.line
  const resourcesRaw = root.Resources
  if (resourcesRaw !== undefined && !isObject(resourcesRaw))
    throw new DocumentError({ code: 'NOT_A_TEMPLATE', message: 'Resources must be a mapping of logical ids to resources', line: lineAt(['Resources']) ?? 1 })
  const resources = new Map<string, TemplateResource>()
  for (const [logicalId, raw] of Object.entries(resourcesRaw ?? {})) {
    // Fn::ForEach (AWS::LanguageExtensions) keys generate resources at deploy time; they are
    // reported as a note by the loader and not expanded.
    if (logicalId.startsWith('Fn::ForEach::')) continue
    const pos = doc.positions.get(pointer(['Resources', logicalId]))
    if (!isObject(raw) || typeof raw.Type !== 'string')
      throw new DocumentError({ code: 'NOT_A_TEMPLATE', message: `resource ${logicalId} has no Type`, line: pos?.line ?? 1 })
    const base = ['Resources', logicalId, 'Properties']
    const dependsOn = raw.DependsOn === undefined ? [] : Array.isArray(raw.DependsOn) ? raw.DependsOn.map(String) : [String(raw.DependsOn)]
    resources.set(logicalId, {
      logicalId,
      type: raw.Type,
      properties: isObject(raw.Properties) ? raw.Properties : {},
      ...(typeof raw.Condition === 'string' ? { condition: raw.Condition } : {}),
      ...(raw.Metadata !== undefined ? { metadata: raw.Metadata } : {}),
      dependsOn,
      file,
      startLine: pos?.line ?? 1,
      endLine: pos?.endLine ?? pos?.line ?? 1,
      lineOf: (path) => lineAt([...base, ...path]),
      endLineOf: (path) => doc.positions.get(pointer([...base, ...path]))?.endLine,
      origins: [logicalId],
    })
  }
  const transform = root.Transform
  const transforms = (Array.isArray(transform) ? transform : transform === undefined ? [] : [transform]).filter((t): t is string => typeof t === 'string')
  return {
    file,
    stackName,
    transforms,
    parameters: (isObject(root.Parameters) ? root.Parameters : {}) as Record<string, ParameterDecl>,
    conditions: isObject(root.Conditions) ? root.Conditions : {},
    mappings: isObject(root.Mappings) ? root.Mappings : {},
    resources,
    globals: isObject(root.Globals) ? root.Globals : {},
    doc,
    lineAt,
  }
}

/** JSON templates are checked by the JSON grammar first: YAML accepts things JSON does not. */
function checkJson(text: string): void {
  try {
    JSON.parse(text)
  } catch (err) {
    const message = (err as Error).message
    const at = /position (\d+)/.exec(message)
    let line: number | undefined
    let column: number | undefined
    if (at) {
      const before = text.slice(0, Number(at[1]))
      line = before.split('\n').length
      column = before.length - before.lastIndexOf('\n')
    } else {
      const lc = /line (\d+) column (\d+)/.exec(message)
      if (lc) {
        line = Number(lc[1])
        column = Number(lc[2])
      }
    }
    // Node quotes the input in some messages: no control character may reach a terminal.
    const clean = message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
    throw new DocumentError({ code: 'JSON_SYNTAX', message: clean, ...(line ? { line } : {}), ...(column ? { column } : {}) })
  }
}
