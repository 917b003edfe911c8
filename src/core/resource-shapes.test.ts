/**
 * Every resource type has a shape declaration, derived from its model interface, and the
 * generated file is current. test/hostile/snapshot-every-type.test.ts breaks every field.
 */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { GENERATED_FILE, renderShapes } from '../../scripts/gen-resource-shapes.js'
import { RESOURCE_TYPE_IDS } from '../model/resource-types.js'
import { resourceShape, typesWithShapes } from './resource-shapes.js'

describe('resource shapes', () => {
  it('every type in RESOURCE_TYPES has a shape declaration of its own fields', () => {
    const declared = new Set(typesWithShapes())
    assert.deepEqual(RESOURCE_TYPE_IDS.filter((t) => !declared.has(t)), [])
    assert.deepEqual([...declared].filter((t) => !RESOURCE_TYPE_IDS.includes(t)), [], 'a shape for a type that does not exist')
  })

  it('every type declares more than the base fields (its interface has fields of its own)', () => {
    const baseOnly = RESOURCE_TYPE_IDS.filter((t) => {
      const shape = resourceShape(t)
      return shape.kind === 'object' && Object.keys(shape.fields).length <= 9
    })
    // A few types are only their identity (an account's region, a Macie session …): named here on purpose.
    assert.deepEqual(baseOnly, baseOnly.filter((t) => BASE_ONLY_ON_PURPOSE.has(t)))
  })

  it('src/core/resource-shapes.generated.ts is what `npm run gen:shapes` writes from src/model/', () => {
    assert.equal(readFileSync(GENERATED_FILE, 'utf8'), renderShapes(), 'run `npm run gen:shapes`')
  })
})

/** Types whose interfaces add no field to ResourceBase. */
const BASE_ONLY_ON_PURPOSE = new Set<string>([
  // The account in one region: no AWS object, only its (required) account id.
  'account.region',
])
