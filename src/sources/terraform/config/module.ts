/**
 * The declarations of one Terraform module (every `.tf` file of a directory): variables,
 * locals, outputs, managed resources, data sources and module calls, each with the file it
 * is written in. Duplicate declarations are errors, as they are for Terraform.
 */
import type { Attribute, Block, Expr } from '../hcl/ast.js'
import type { IacFileError } from '../../iac/types.js'
import { readHclFile, tfFilesIn, type ParsedFile } from './files.js'

export interface Declared<T> {
  decl: T
  file: ParsedFile
}

export interface ResourceDecl {
  mode: 'managed' | 'data'
  type: string
  name: string
  block: Block
  file: ParsedFile
}

export interface ModuleCallDecl {
  name: string
  block: Block
  file: ParsedFile
  source?: string
}

export interface ModuleConfig {
  dir: string
  files: ParsedFile[]
  variables: Map<string, Declared<Block>>
  locals: Map<string, Declared<Attribute>>
  outputs: Map<string, Declared<Block>>
  resources: Map<string, ResourceDecl>
  data: Map<string, ResourceDecl>
  modules: Map<string, ModuleCallDecl>
  errors: IacFileError[]
}

/** Reads a module directory. Files with errors are left out (their errors are in `errors`). */
export function loadModuleConfig(dir: string): ModuleConfig {
  const config: ModuleConfig = { dir, files: [], variables: new Map(), locals: new Map(), outputs: new Map(), resources: new Map(), data: new Map(), modules: new Map(), errors: [] }
  for (const path of tfFilesIn(dir)) {
    const r = readHclFile(path)
    if (r.error) config.errors.push(r.error)
    if (r.file) addFile(config, r.file)
  }
  return config
}

export function addFile(config: ModuleConfig, file: ParsedFile): void {
  config.files.push(file)
  const dup = (what: string, block: Block | Attribute) =>
    config.errors.push({ file: file.path, line: file.lines.line(block.start), column: file.lines.column(block.start), code: 'DUPLICATE', message: `${what} is declared more than once in this module` })
  for (const block of file.body.blocks) {
    const [a, b] = block.labels
    switch (block.type) {
      case 'variable':
        if (a === undefined) break
        if (config.variables.has(a)) dup(`variable "${a}"`, block)
        else config.variables.set(a, { decl: block, file })
        break
      case 'locals':
        for (const attr of block.body.attributes) {
          if (config.locals.has(attr.name)) dup(`local.${attr.name}`, attr)
          else config.locals.set(attr.name, { decl: attr, file })
        }
        break
      case 'output':
        if (a !== undefined) config.outputs.set(a, { decl: block, file })
        break
      case 'resource':
      case 'data': {
        if (a === undefined || b === undefined) break
        const map = block.type === 'resource' ? config.resources : config.data
        const key = `${a}.${b}`
        if (map.has(key)) dup(`${block.type === 'data' ? 'data.' : ''}${key}`, block)
        else map.set(key, { mode: block.type === 'resource' ? 'managed' : 'data', type: a, name: b, block, file })
        break
      }
      case 'module': {
        if (a === undefined) break
        if (config.modules.has(a)) {
          dup(`module "${a}"`, block)
          break
        }
        const src = attribute(block, 'source')
        const call: ModuleCallDecl = { name: a, block, file }
        if (src?.kind === 'literal' && typeof src.value === 'string') call.source = src.value
        config.modules.set(a, call)
        break
      }
    }
  }
}

export function attribute(block: Block, name: string): Expr | undefined {
  return block.body.attributes.find((a) => a.name === name)?.expr
}

/** A local module source (`./modules/x`, `../shared`); registry and git sources are not. */
export function isLocalSource(source: string | undefined): source is string {
  return source !== undefined && (source.startsWith('./') || source.startsWith('../'))
}
