import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { isMinified, planFile, pythonDependencyPrefixes, pythonTopLevelFiles } from './files.js'

describe('planFile', () => {
  it('scans the owner\'s code and config for secrets, and .py/.js/.ts as source', () => {
    assert.deepEqual(planFile('app.py'), { read: true, secrets: true, language: 'python' })
    assert.deepEqual(planFile('./src/handler.mjs'), { read: true, secrets: true, language: 'javascript' })
    assert.deepEqual(planFile('lib/index.ts'), { read: true, secrets: true, language: 'javascript' })
    assert.deepEqual(planFile('config/.env'), { read: true, secrets: true })
    assert.deepEqual(planFile('.npmrc'), { read: true, secrets: true })
  })
  it('does not analyze type declarations or minified files as source, but scans them for secrets', () => {
    assert.deepEqual(planFile('types/index.d.ts'), { read: true, secrets: true })
    assert.deepEqual(planFile('public/app.min.js'), { read: true, secrets: true })
  })
  it('skips binaries, source maps and compiled Python', () => {
    for (const p of ['bin/tool.so', 'a.pyc', 'index.js.map', 'img/logo.png', 'lib/native.node', 'dir/']) assert.equal(planFile(p).read, false, p)
  })
  it('reads only package metadata inside dependency directories', () => {
    assert.equal(planFile('node_modules/lodash/lodash.js').read, false)
    assert.deepEqual(planFile('node_modules/lodash/package.json'), { read: true, secrets: false, manifest: 'npm-installed' })
    assert.deepEqual(planFile('nodejs/node_modules/@aws-sdk/client-s3/package.json'), { read: true, secrets: false, manifest: 'npm-installed' })
    assert.equal(planFile('node_modules/lodash/node_modules/x/test/package.json').manifest, undefined, 'a package.json below a package root is not a package')
    assert.deepEqual(planFile('node_modules/.package-lock.json'), { read: true, secrets: false, manifest: 'package-lock' })
    assert.deepEqual(planFile('requests-2.31.0.dist-info/METADATA'), { read: true, secrets: false, manifest: 'python-installed' })
    assert.equal(planFile('python/lib/python3.12/site-packages/yaml/__init__.py').read, false)
  })
  it('knows lockfiles and requirements files outside dependency directories', () => {
    assert.equal(planFile('package-lock.json').manifest, 'package-lock')
    assert.equal(planFile('yarn.lock').manifest, 'yarn-lock')
    assert.equal(planFile('requirements-prod.txt').manifest, 'requirements')
    assert.equal(planFile('poetry.lock').manifest, 'poetry-lock')
    assert.equal(planFile('Pipfile.lock').manifest, 'pipfile-lock')
    assert.equal(planFile('go.sum').manifest, 'go-sum')
    assert.equal(planFile('node_modules/x/package-lock.json').read, false)
  })
  it('treats Python packages installed beside the code as dependencies', () => {
    const deps = ['requests/', 'requests.py', 'yaml/', 'six.py']
    assert.equal(planFile('requests/api.py', deps).read, false)
    assert.equal(planFile('six.py', deps).read, false)
    assert.equal(planFile('handler.py', deps).language, 'python')
    assert.equal(planFile('requests_helper.py', deps).language, 'python', 'a prefix must match a whole directory or file name')
  })
})

describe('pythonDependencyPrefixes', () => {
  const paths = ['handler.py', 'PyYAML-6.0.1.dist-info/METADATA', 'PyYAML-6.0.1.dist-info/top_level.txt', 'yaml/__init__.py', 'requests-2.31.0.dist-info/METADATA', 'requests/api.py', 'python/six-1.16.0.dist-info/RECORD']
  it('lists the top_level.txt files to read first', () => {
    assert.deepEqual(pythonTopLevelFiles(paths), ['PyYAML-6.0.1.dist-info/top_level.txt'])
  })
  it('uses top_level.txt names, else the distribution name, under the root the dist-info sits in', () => {
    const prefixes = pythonDependencyPrefixes(paths, new Map([['PyYAML-6.0.1.dist-info/top_level.txt', '_yaml\nyaml\n']]))
    assert.deepEqual(prefixes, ['_yaml.py', '_yaml/', 'python/six.py', 'python/six/', 'requests.py', 'requests/', 'yaml.py', 'yaml/'])
  })
})

describe('isMinified', () => {
  it('by name, or by very long lines in a large file', () => {
    assert.equal(isMinified('a.min.js', 'x'), true)
    assert.equal(isMinified('bundle.js', 'var a=1;'.repeat(5000)), true)
    assert.equal(isMinified('handler.js', 'const a = 1\n'.repeat(5000)), false)
  })
})
