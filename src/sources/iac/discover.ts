/**
 * Finds infrastructure-as-code files under the given paths by what they contain, not by
 * their name: a `template.yaml` is only a CloudFormation template if it looks like one.
 */
import { closeSync, lstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs'
import { basename, extname, join, sep } from 'node:path'
import { MAX_FILES_VISITED, SNIFF_BYTES } from './limits.js'
import type { IacFile, IacFileError, IacKind } from './types.js'

/** Directories that never hold source templates: dependencies, VCS data, tool caches and build output. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.terraform', '.serverless', '.aws-sam', '.venv', 'venv', '__pycache__', '.idea', '.vscode'])

const CANDIDATE_EXT = new Set(['.yaml', '.yml', '.json', '.template', '.tf'])

export interface Discovery {
  files: IacFile[]
  /** Explicitly named files that are not a template of a known kind. */
  errors: IacFileError[]
}

/** Walks `paths` (files or directories) and returns every template it recognises, sorted. */
export function discoverIacFiles(paths: readonly string[]): Discovery {
  const found = new Map<string, IacKind>()
  const errors: IacFileError[] = []
  let visited = 0
  const visit = (path: string, explicit: boolean) => {
    if (++visited > MAX_FILES_VISITED) return
    let st: Stats
    try {
      // Paths the user named are followed through symbolic links; links met while walking
      // are not (they can loop, and usually point at vendored copies).
      st = explicit ? statSync(path) : lstatSync(path)
    } catch (err) {
      if (explicit) errors.push({ file: path, code: 'NOT_FOUND', message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` })
      return
    }
    if (st.isDirectory()) {
      const name = basename(path)
      if (!explicit && SKIP_DIRS.has(name)) return
      if (name === 'cdk.out') return visitCdkOut(path)
      let entries: string[]
      try {
        entries = readdirSync(path).sort()
      } catch {
        return
      }
      for (const e of entries) visit(join(path, e), false)
      return
    }
    if (!st.isFile()) return
    if (!explicit && !CANDIDATE_EXT.has(extname(path).toLowerCase())) return
    const kind = classify(path, sniff(path))
    if (kind) found.set(path, kind)
    else if (explicit) errors.push({ file: path, code: 'NOT_A_TEMPLATE', message: 'not a CloudFormation/SAM template, CDK output or serverless.yml' })
  }
  const visitCdkOut = (dir: string) => {
    // cdk.out holds synthesized templates next to asset directories (bundled code) and
    // manifests; only the *.template.json files are templates. Nested cloud assemblies
    // (stages) live in assembly-* subdirectories.
    let entries: string[]
    try {
      entries = readdirSync(dir).sort()
    } catch {
      return
    }
    for (const e of entries) {
      const p = join(dir, e)
      if (e.endsWith('.template.json')) found.set(p, 'cdk')
      else if (e.startsWith('assembly-') && isDir(p)) visitCdkOut(p)
    }
  }
  for (const p of paths) visit(p, true)
  return { files: [...found].map(([path, kind]) => ({ path, kind })).sort((a, b) => a.path.localeCompare(b.path)), errors }
}

function isDir(path: string): boolean {
  try {
    return lstatSync(path).isDirectory()
  } catch {
    return false
  }
}

/** The first SNIFF_BYTES of a file, as text ('' when unreadable). */
export function sniff(path: string): string {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const buf = Buffer.alloc(SNIFF_BYTES)
    const n = readSync(fd, buf, 0, SNIFF_BYTES, 0)
    return buf.subarray(0, n).toString('utf8')
  } catch {
    return ''
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Decides what a file is from its name and first bytes; undefined when it is none of ours. */
export function classify(path: string, head: string): IacKind | undefined {
  const lower = path.toLowerCase()
  if (lower.endsWith('.tf') || lower.endsWith('.tf.json')) return 'terraform'
  if (lower.split(sep).includes('cdk.out') && lower.endsWith('.template.json')) return 'cdk'
  // `terraform show -json` output (plan or state): format_version with the Terraform version or the plan's sections.
  if (/"format_version"\s*:/.test(head) && /"(terraform_version|planned_values|resource_changes)"\s*:/.test(head)) return 'terraform'
  if (looksLikeServerless(head)) return 'serverless'
  if (looksLikeCloudFormation(head)) return 'cloudformation'
  return undefined
}

function looksLikeServerless(head: string): boolean {
  const yaml = /^service\s*:/m.test(head) && /^provider\s*:/m.test(head)
  const json = /^\s*\{/.test(head) && /"service"\s*:/.test(head) && /"provider"\s*:\s*\{/.test(head) && !/"AWSTemplateFormatVersion"/.test(head)
  return yaml || json
}

function looksLikeCloudFormation(head: string): boolean {
  if (/^\s*["']?AWSTemplateFormatVersion["']?\s*:/m.test(head)) return true
  if (/["']?Transform["']?\s*:\s*\[?\s*["']?AWS::Serverless-2016-10-31/.test(head)) return true
  // A template without the version line: a top-level Resources map holding AWS:: types.
  const yamlResources = /^Resources\s*:/m.test(head) && /[\s{,]Type\s*:\s*["']?(AWS|Custom)::/.test(head)
  const jsonResources = /^\s*\{/.test(head) && /"Resources"\s*:\s*\{/.test(head) && /"Type"\s*:\s*"AWS::/.test(head)
  return yamlResources || jsonResources
}
