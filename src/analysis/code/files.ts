/**
 * Which files of a code archive are read and what for. Decided from the path alone (and, for
 * Python packages installed next to the handler, from the names in `*.dist-info/top_level.txt`),
 * so the archive reader can skip everything else without inflating it.
 *
 * Policy (docs/code-inspection.md):
 *  - the owner's code and config (everything outside dependency directories) is scanned for
 *    secrets, and its .py/.js/.ts files are analyzed for SQL building and dynamic execution;
 *  - dependency directories (node_modules, site-packages, vendor, installed Python packages) are
 *    not scanned for secrets or code patterns: third-party code is judged by the advisory
 *    matcher, and its test fixtures are full of sample keys; their package metadata is read
 *    for the dependency inventory;
 *  - binaries, source maps and compiled Python are never read.
 */
import type { CodeLanguage } from '../../model/lambda.js'

/** One file of an archive, as text. */
export interface CodeFile {
  path: string
  text: string
}

/** Dependency manifests the inventory understands. */
export type ManifestKind =
  | 'package-lock'
  | 'yarn-lock'
  | 'requirements'
  | 'poetry-lock'
  | 'pipfile-lock'
  | 'go-sum'
  | 'npm-installed'
  | 'python-installed'

/** What to do with one file. */
export interface FilePlan {
  /** Read it at all. */
  read: boolean
  /** Scan it for secrets. */
  secrets: boolean
  /** Analyze it as source code. */
  language?: CodeLanguage
  manifest?: ManifestKind
}

const SKIP: FilePlan = { read: false, secrets: false }

const BINARY_EXTENSIONS = new Set(
  'so dylib dll exe bin o a lib node wasm pyc pyo pyd class jar war ear zip gz tgz bz2 xz zst 7z rar tar whl egg png jpg jpeg gif bmp ico webp tif tiff svgz pdf mp3 mp4 wav ogg avi mov woff woff2 ttf otf eot db sqlite sqlite3 parquet pkl pickle npy npz h5 onnx pt pb tflite map'.split(' '),
)
const JS_EXTENSIONS = new Set(['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx'])
const DEPENDENCY_SEGMENTS = new Set(['node_modules', 'site-packages', 'dist-packages', 'vendor', 'bower_components', '.venv', 'venv', '__pycache__'])

function extension(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

/** Archive paths as the analyzers report them: forward slashes, no leading `./`. */
export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '')
}

/** True for paths inside a dependency directory. `pythonDependencies` holds prefixes of installed Python packages (`requests/`, `python/yaml/`, `six.py`). */
export function isDependencyPath(path: string, pythonDependencies: readonly string[] = []): boolean {
  const segments = path.split('/')
  if (segments.slice(0, -1).some((s) => DEPENDENCY_SEGMENTS.has(s) || s.endsWith('.dist-info') || s.endsWith('.egg-info'))) return true
  return pythonDependencies.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p))
}

/** `node_modules/<name>/package.json` or `node_modules/@scope/<name>/package.json`, at any depth. */
function isInstalledNpmManifest(path: string): boolean {
  return /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@][^/]*\/package\.json$/.test(path)
}

function manifestKind(path: string, inDependency: boolean): ManifestKind | undefined {
  const name = basename(path)
  if (isInstalledNpmManifest(path)) return 'npm-installed'
  if (/\.dist-info\/METADATA$/.test(path) || /\.egg-info\/PKG-INFO$/.test(path)) return 'python-installed'
  // npm keeps a copy of the lockfile as node_modules/.package-lock.json (lockfile v3).
  if (name === '.package-lock.json' && /(?:^|\/)node_modules\/\.package-lock\.json$/.test(path)) return 'package-lock'
  if (inDependency) return undefined
  if (name === 'package-lock.json' || name === 'npm-shrinkwrap.json') return 'package-lock'
  if (name === 'yarn.lock') return 'yarn-lock'
  if (/^requirements[\w.-]*\.txt$/i.test(name)) return 'requirements'
  if (name === 'poetry.lock') return 'poetry-lock'
  if (name === 'Pipfile.lock') return 'pipfile-lock'
  if (name === 'go.sum') return 'go-sum'
  return undefined
}

/** Decides what to do with one archive entry, from its path. */
export function planFile(rawPath: string, pythonDependencies: readonly string[] = []): FilePlan {
  const path = normalizePath(rawPath)
  if (!path || path.endsWith('/')) return SKIP
  const ext = extension(path)
  if (BINARY_EXTENSIONS.has(ext)) return SKIP
  const inDependency = isDependencyPath(path, pythonDependencies)
  const manifest = manifestKind(path, inDependency)
  if (inDependency) return manifest ? { read: true, secrets: false, manifest } : SKIP
  let language: CodeLanguage | undefined
  if (ext === 'py') language = 'python'
  else if (JS_EXTENSIONS.has(ext) && !/\.d\.[mc]?ts$/.test(path) && !/\.min\.[mc]?js$/.test(path)) language = 'javascript'
  return { read: true, secrets: true, ...(language ? { language } : {}), ...(manifest ? { manifest } : {}) }
}

/** Roots Python imports from: the archive root (functions) and `python/` (layers). */
const PYTHON_ROOTS = ['', 'python/']

/** The `top_level.txt` files to read first, to learn which top-level directories are installed packages. */
export function pythonTopLevelFiles(paths: readonly string[]): string[] {
  return paths.map(normalizePath).filter((p) => PYTHON_ROOTS.some((r) => new RegExp(`^${r.replace('/', '\\/')}[^/]+\\.(?:dist|egg)-info\\/top_level\\.txt$`).test(p)))
}

/** PEP 503 normalization, with `_` as Python module names use it. */
function moduleName(distribution: string): string {
  return distribution.toLowerCase().replace(/[-.]+/g, '_')
}

/**
 * Prefixes of Python packages installed beside the code (`pip install -t .`): every name a
 * `top_level.txt` lists, and for dist-info directories without one, the distribution name
 * itself (`requests-2.31.0.dist-info` → `requests/`).
 */
export function pythonDependencyPrefixes(paths: readonly string[], topLevel: ReadonlyMap<string, string>): string[] {
  const prefixes = new Set<string>()
  const infoDirs = new Set<string>()
  for (const raw of paths) {
    const p = normalizePath(raw)
    for (const root of PYTHON_ROOTS) {
      const m = new RegExp(`^${root.replace('/', '\\/')}([^/]+)\\.(dist|egg)-info\\/`).exec(p)
      if (m?.[1]) infoDirs.add(`${root}${m[1]}.${m[2]}-info`)
    }
  }
  for (const dir of infoDirs) {
    const root = dir.startsWith('python/') ? 'python/' : ''
    const listed = topLevel.get(`${dir}/top_level.txt`)
    const names = listed !== undefined ? listed.split(/\r?\n/).map((l) => l.trim()).filter((l) => /^[\w.]+$/.test(l)) : [moduleName(dir.slice(root.length).split('-')[0] ?? '')]
    for (const n of names) {
      const path = n.replace(/\./g, '/')
      prefixes.add(`${root}${path}/`)
      prefixes.add(`${root}${path}.py`)
    }
  }
  return [...prefixes].sort()
}

/** Minified bundles: long lines that hold whole libraries. Only specific secret patterns apply there. */
export function isMinified(path: string, text: string): boolean {
  if (/\.min\.[mc]?js$/.test(path)) return true
  if (text.length < 20_000) return false
  const lines = text.split('\n').length
  return text.length / lines > 300
}

/** True when decoded text looks binary (NUL bytes near the start). */
export function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000')
}
