/**
 * Walks an evaluated module tree and hands every managed resource instance to the adapters
 * as a TfInstance (the root module's and those of local child modules, count and for_each
 * expanded).
 */
import type { TfInstance } from '../instance.js'
import { sourceKey } from '../../iac/suppressions.js'
import { spanLines } from './body.js'
import type { ModuleScope } from './scope.js'

export function collectInstances(scope: ModuleScope, out: TfInstance[] = []): TfInstance[] {
  for (const decl of scope.config.resources.values()) {
    for (const exp of scope.expand(decl.block, `${scope.path ? `${scope.path}.` : ''}${decl.type}.${decl.name}`)) {
      const inst = scope.instance(decl, exp)
      const span = spanLines(decl.file, decl.block)
      const t: TfInstance = {
        address: inst.address,
        modulePath: scope.path,
        type: decl.type,
        name: decl.name,
        values: inst.values(),
        file: decl.file.path,
        location: { file: decl.file.path, startLine: span.startLine, endLine: span.endLine, address: inst.address },
        lines: inst.lines(),
        computed: (a) => inst.computed(a),
        sources: [sourceKey(decl.file.path, `${decl.type}.${decl.name}`), ...scope.callSources],
        id: `${decl.file.path}#${inst.address}`,
        placeholderId: inst.placeholderId,
      }
      if (inst.existence) t.existence = inst.existence
      out.push(t)
    }
  }
  for (const call of scope.config.modules.values()) {
    for (const exp of scope.expand(call.block, `${scope.path ? `${scope.path}.` : ''}module.${call.name}`)) {
      const child = scope.child(call, exp)
      if (child) collectInstances(child, out)
    }
  }
  return out
}
