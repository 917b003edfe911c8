import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { CodeDependency } from '../../../model/lambda.js'
import { dedupeDependencies, parseManifest } from './index.js'

const short = (deps: CodeDependency[]) => deps.map((d) => `${d.ecosystem}:${d.name}@${d.version ?? '*'}`)

describe('npm manifests', () => {
  it('package-lock.json v1: nested dependencies and npm: aliases', () => {
    const lock = JSON.stringify({
      lockfileVersion: 1,
      dependencies: {
        lodash: { version: '4.17.11' },
        express: { version: '4.17.1', dependencies: { qs: { version: '6.7.0' } } },
        'my-alias': { version: 'npm:left-pad@1.3.0' },
        local: { version: 'file:../local' },
      },
    })
    assert.deepEqual(short(parseManifest('package-lock', lock, 'package-lock.json')), ['npm:lodash@4.17.11', 'npm:express@4.17.1', 'npm:qs@6.7.0', 'npm:left-pad@1.3.0'])
  })
  it('package-lock.json v2/v3: packages by install path, scoped names, links and the root skipped', () => {
    const lock = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', version: '1.0.0' },
        'node_modules/@aws-sdk/client-s3': { version: '3.600.0' },
        'node_modules/a/node_modules/minimist': { version: '0.0.8' },
        'node_modules/linked': { link: true, resolved: 'packages/linked' },
        'packages/linked': { version: '0.1.0' },
        'node_modules/aliased': { name: 'real-name', version: '2.0.0' },
      },
    })
    assert.deepEqual(short(parseManifest('package-lock', lock, 'package-lock.json')), ['npm:@aws-sdk/client-s3@3.600.0', 'npm:minimist@0.0.8', 'npm:real-name@2.0.0'])
  })
  it('yarn.lock v1', () => {
    const lock = `# yarn lockfile v1\n\n"@babel/code-frame@^7.0.0", "@babel/code-frame@^7.10.4":\n  version "7.12.13"\n  resolved "https://registry.yarnpkg.com/x"\n\nlodash@^4.17.15:\n  version "4.17.15"\n`
    assert.deepEqual(short(parseManifest('yarn-lock', lock, 'yarn.lock')), ['npm:@babel/code-frame@7.12.13', 'npm:lodash@4.17.15'])
  })
  it('yarn.lock berry, workspaces skipped', () => {
    const lock = `__metadata:\n  version: 6\n\n"app@workspace:.":\n  version: 0.0.0-use.local\n  resolution: "app@workspace:."\n\n"lodash@npm:^4.17.21":\n  version: 4.17.21\n  resolution: "lodash@npm:4.17.21"\n\n"@types/node@npm:^20.0.0, @types/node@npm:^20.1.0":\n  version: 20.11.5\n  resolution: "@types/node@npm:20.11.5"\n`
    assert.deepEqual(short(parseManifest('yarn-lock', lock, 'yarn.lock')), ['npm:lodash@4.17.21', 'npm:@types/node@20.11.5'])
  })
  it('installed package.json', () => {
    assert.deepEqual(short(parseManifest('npm-installed', '{"name":"axios","version":"0.21.0","main":"index.js"}', 'node_modules/axios/package.json')), ['npm:axios@0.21.0'])
    assert.deepEqual(parseManifest('npm-installed', '{not json', 'node_modules/x/package.json'), [])
  })
})

describe('Python manifests', () => {
  it('requirements.txt: pins, extras, markers and hashes; unpinned kept without a version; options and URL references skipped', () => {
    const req = [
      '# comment',
      'requests==2.25.0',
      'urllib3[socks] == 1.26.4 ; python_version >= "3.6"',
      'boto3>=1.20',
      'Django',
      'PyYAML==5.3.1 \\',
      '    --hash=sha256:abc',
      '-r other.txt',
      '-e git+https://github.com/x/y.git#egg=y',
      'pkg @ https://example.com/pkg.whl',
      'wild==1.*',
    ].join('\n')
    assert.deepEqual(short(parseManifest('requirements', req, 'requirements.txt')), ['PyPI:requests@2.25.0', 'PyPI:urllib3@1.26.4', 'PyPI:boto3@*', 'PyPI:Django@*', 'PyPI:PyYAML@5.3.1', 'PyPI:wild@*'])
  })
  it('poetry.lock: package tables only, not their sub-tables', () => {
    const lock = `[[package]]\nname = "jinja2"\nversion = "2.10"\ndescription = "x"\n\n[package.dependencies]\nMarkupSafe = ">=0.23"\n\n[[package]]\nname = "markupsafe"\nversion = "1.1.1"\n\n[metadata]\nlock-version = "2.0"\n`
    assert.deepEqual(short(parseManifest('poetry-lock', lock, 'poetry.lock')), ['PyPI:jinja2@2.10', 'PyPI:markupsafe@1.1.1'])
  })
  it('Pipfile.lock: default and develop', () => {
    const lock = JSON.stringify({ _meta: {}, default: { flask: { version: '==0.12.2' } }, develop: { pytest: { version: '==7.0.0' }, editable: { path: '.' } } })
    assert.deepEqual(short(parseManifest('pipfile-lock', lock, 'Pipfile.lock')), ['PyPI:flask@0.12.2', 'PyPI:pytest@7.0.0', 'PyPI:editable@*'])
  })
  it('installed METADATA', () => {
    const meta = 'Metadata-Version: 2.1\nName: PyYAML\nVersion: 5.3.1\nSummary: YAML parser\n\nVersion: 9.9.9 in the long description\n'
    assert.deepEqual(short(parseManifest('python-installed', meta, 'PyYAML-5.3.1.dist-info/METADATA')), ['PyPI:PyYAML@5.3.1'])
  })
})

describe('go.sum', () => {
  it('module content lines only, each module version once', () => {
    const sum = 'golang.org/x/net v0.7.0 h1:abc=\ngolang.org/x/net v0.7.0/go.mod h1:def=\ngithub.com/aws/aws-lambda-go v1.41.0 h1:x=\ngithub.com/aws/aws-lambda-go v1.41.0 h1:x=\n'
    assert.deepEqual(short(parseManifest('go-sum', sum, 'go.sum')), ['Go:golang.org/x/net@v0.7.0', 'Go:github.com/aws/aws-lambda-go@v1.41.0'])
  })
})

describe('dedupeDependencies', () => {
  it('keeps the first manifest of each package version; PyPI names compared normalized', () => {
    const deps: CodeDependency[] = [
      { ecosystem: 'PyPI', name: 'PyYAML', version: '5.3.1', manifestPath: 'requirements.txt' },
      { ecosystem: 'PyPI', name: 'pyyaml', version: '5.3.1', manifestPath: 'PyYAML-5.3.1.dist-info/METADATA' },
      { ecosystem: 'npm', name: 'a', version: '1.0.0', manifestPath: 'package-lock.json' },
      { ecosystem: 'npm', name: 'a', version: '1.0.1', manifestPath: 'package-lock.json' },
    ]
    assert.deepEqual(
      dedupeDependencies(deps).map((d) => d.manifestPath),
      ['requirements.txt', 'package-lock.json', 'package-lock.json'],
    )
  })
})
