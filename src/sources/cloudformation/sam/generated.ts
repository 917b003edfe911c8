/**
 * Resources the SAM transform generates. They point back at the SAM source lines (the
 * function, its `Events` entry, its `FunctionUrlConfig` …), so findings on a generated role or
 * permission still lead to the line to change, and suppressions on the SAM function apply.
 */
import { pointer } from '../../iac/yaml-source.js'
import type { CfnTemplate, TemplateResource } from '../template.js'

type Path = readonly (string | number)[]

export interface SamSource {
  template: CfnTemplate
  /** The SAM resource the generated one comes from. */
  logicalId: string
  /** Where inside the SAM resource's Properties the generated resource is described (e.g. ['Events', 'Get']). */
  at?: Path
  /** Maps a path of the generated resource's properties to a path of the SAM resource's properties. */
  mapPath?: (path: Path) => Path | undefined
}

/** Line of a path inside a SAM function's Properties, falling back on Globals.Function. */
export function samPropertyLine(template: CfnTemplate, logicalId: string, path: Path, globalsSection = 'Function'): number | undefined {
  return template.lineAt(['Resources', logicalId, 'Properties', ...path]) ?? template.lineAt(['Globals', globalsSection, ...path])
}

export function generatedResource(logicalId: string, type: string, properties: Record<string, unknown>, src: SamSource): TemplateResource {
  const { template } = src
  const sam = template.resources.get(src.logicalId)
  const atLine = src.at ? samPropertyLine(template, src.logicalId, src.at) : undefined
  const atPos = src.at ? template.doc.positions.get(pointer(['Resources', src.logicalId, 'Properties', ...src.at])) : undefined
  return {
    logicalId,
    type,
    properties,
    ...(sam?.condition ? { condition: sam.condition } : {}),
    dependsOn: [],
    file: template.file,
    startLine: atLine ?? sam?.startLine ?? 1,
    endLine: atPos?.endLine ?? atLine ?? sam?.endLine ?? 1,
    lineOf: (path) => {
      const mapped = src.mapPath ? src.mapPath(path) : src.at ? [...src.at, ...path] : path
      return (mapped && samPropertyLine(template, src.logicalId, mapped)) ?? atLine ?? sam?.startLine
    },
    origins: [logicalId, src.logicalId],
  }
}
