import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { findCodeSecrets } from './secrets.js'

// Built at run time so that the repository itself holds no token-shaped literal.
const GITHUB = ['ghp', '_', 'R7x2Kq9LmN4pT8vW3yZ6aB1cD5eF0gH2iJ4k'].join('')
const AWS_KEY_ID = ['AKIA', 'Q3RZ7XKP2LMN4TWY'].join('')

describe('findCodeSecrets', () => {
  it('reports path, line and pattern id, never the value', () => {
    const found = findCodeSecrets({ path: 'src/config.js', text: `const a = 1\nconst token = "${GITHUB}"\nconst key = '${AWS_KEY_ID}'\n` })
    assert.deepEqual(found, [
      { path: 'src/config.js', line: 2, patternId: 'github-token' },
      { path: 'src/config.js', line: 3, patternId: 'aws-access-key-id' },
    ])
    assert.ok(!JSON.stringify(found).includes(GITHUB.slice(4)))
  })
  it('ignores documented examples and placeholders', () => {
    assert.deepEqual(findCodeSecrets({ path: 'README.md', text: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\npassword = "changeme"\n' }), [])
  })
  it('in minified bundles keeps only specific token formats', () => {
    const text = `var a={password:"Xk29!vqLm#2Rt8Pz"},b="${GITHUB}";`
    const all = findCodeSecrets({ path: 'bundle.js', text })
    const minified = findCodeSecrets({ path: 'bundle.js', text }, { minified: true })
    assert.ok(all.length > minified.length, 'the generic assignment pattern fires on normal files')
    assert.deepEqual(
      minified.map((s) => s.patternId),
      ['github-token'],
    )
  })
})
