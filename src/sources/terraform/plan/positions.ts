/**
 * Where the resources of a plan are written: the `.tf` files of the directory the plan
 * sits in (and of the local modules it calls), read without evaluating them. A finding from
 * a plan then points at the same file and line as one from the configuration.
 */
import { join, resolve } from 'node:path'
import type { Block } from '../hcl/ast.js'
import type { LineSpan } from '../instance.js'
import { sourceKey } from '../../iac/suppressions.js'
import { spanLines, staticLines } from '../config/body.js'
import type { ParsedFile } from '../config/files.js'
import { isLocalSource, type ModuleConfig } from '../config/module.js'
import { cachedModule, type ModuleCache } from '../config/root.js'
import { MAX_MODULE_DEPTH } from '../config/scope.js'

export interface BlockPosition {
  file: ParsedFile
  block: Block
  span: LineSpan
  lines: Record<string, LineSpan>
  sources: string[]
}

/** Block positions by module path and address without instance keys: `module.net.aws_subnet.private`. */
export type PositionIndex = Map<string, BlockPosition>

/** Positions of a root module's blocks, and the module directories read to find them. */
export function hclPositions(rootDir: string, cache: ModuleCache): { index: PositionIndex; configs: ModuleConfig[] } {
  const index: PositionIndex = new Map()
  const configs: ModuleConfig[] = []
  const visit = (dir: string, prefix: string, callSources: string[], chain: string[]) => {
    const config = cachedModule(cache, dir)
    if (!configs.includes(config)) configs.push(config)
    for (const r of config.resources.values()) {
      const key = `${prefix}${r.type}.${r.name}`
      index.set(key, { file: r.file, block: r.block, span: spanLines(r.file, r.block), lines: staticLines(r.block.body, r.file), sources: [sourceKey(r.file.path, `${r.type}.${r.name}`), ...callSources] })
    }
    for (const call of config.modules.values()) {
      if (!isLocalSource(call.source)) continue
      const child = join(dir, call.source)
      if (chain.includes(resolve(child)) || chain.length > MAX_MODULE_DEPTH) continue
      visit(child, `${prefix}module.${call.name}.`, [...callSources, sourceKey(call.file.path, `module.${call.name}`)], [...chain, resolve(child)])
    }
  }
  visit(rootDir, '', [], [resolve(rootDir)])
  return { index, configs }
}

/** `module.a["x"].aws_b.c[0]` → `module.a.aws_b.c`. */
export function withoutKeys(address: string): string {
  // A hand-edited plan may hold anything here: a non-string address matches no resource.
  return typeof address === 'string' ? address.replace(/\[[^\]]*\]/g, '') : ''
}
