/**
 * Resource dependency cycles. CloudFormation refuses a template whose resources depend on
 * each other in a circle (through Ref, Fn::GetAtt, Fn::Sub or DependsOn); we report it as an
 * error for the file, and resolution of the values involved stays bounded.
 */
import type { IacFileError } from '../iac/types.js'
import type { CfnTemplate } from './template.js'
import { isRecord } from './values.js'

/** Logical ids a value refers to. */
export function referencedIds(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) referencedIds(v, out)
  else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Ref' && typeof v === 'string' && !v.startsWith('AWS::')) out.add(v)
      else if (k === 'Fn::GetAtt') {
        const id = typeof v === 'string' ? v.split('.')[0] : Array.isArray(v) ? v[0] : undefined
        if (typeof id === 'string') out.add(id)
      } else if (k === 'Fn::Sub') {
        const text = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : ''
        const vars = Array.isArray(v) && isRecord(v[1]) ? v[1] : {}
        for (const m of text.matchAll(/\$\{([^!}][^}]*)\}/g)) {
          const name = m[1]!.split('.')[0]!
          if (!name.startsWith('AWS::') && !(name in vars)) out.add(name)
        }
        if (Array.isArray(v)) referencedIds(v[1], out)
      } else referencedIds(v, out)
    }
  }
  return out
}

export function findDependencyCycles(t: CfnTemplate): IacFileError[] {
  const edges = new Map<string, string[]>()
  for (const [id, res] of t.resources) {
    const deps = referencedIds(res.properties)
    for (const d of res.dependsOn) deps.add(d)
    edges.set(id, [...deps].filter((d) => t.resources.has(d)))
  }
  const errors: IacFileError[] = []
  const state = new Map<string, 1 | 2>()
  const stack: string[] = []
  const seen = new Set<string>()
  const visit = (id: string) => {
    state.set(id, 1)
    stack.push(id)
    for (const next of edges.get(id) ?? []) {
      const s = state.get(next)
      if (s === 1) {
        const cycle = [...stack.slice(stack.indexOf(next)), next]
        const key = [...new Set(cycle)].sort().join(',')
        if (!seen.has(key)) {
          seen.add(key)
          errors.push({ file: t.file, line: t.resources.get(next)?.startLine ?? 1, code: 'CIRCULAR', message: `circular dependency between resources: ${cycle.join(' → ')}` })
        }
      } else if (s === undefined) visit(next)
    }
    stack.pop()
    state.set(id, 2)
  }
  // Iterative enough: depth is bounded by the number of resources (CloudFormation allows 500).
  for (const id of edges.keys()) if (!state.has(id)) visit(id)
  return errors
}
