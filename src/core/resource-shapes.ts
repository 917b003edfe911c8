/**
 * The structure a snapshot's resources must have, per type: every field of its src/model/
 * interface with its JSON type. The snapshot loader checks every resource against its type's
 * shape, so a hand-edited or hostile snapshot (`"environment": 5`, `"vpc": "x"`,
 * `"policy": []`) is refused with the field named, instead of crashing a check or, worse,
 * passing it. Fields the model does not declare are not checked (snapshots from newer versions
 * may carry more).
 *
 * The model interface is the one declaration: each type's own fields come from
 * resource-shapes.generated.ts, which `npm run gen:shapes` derives from src/model/*.ts
 * (resource-shapes.test.ts fails when it is stale). Written here by hand: the base fields, and
 * the policy document, looser than its interface in the ways AWS's own documents are.
 */
import type { ResourceType } from '../model/resource-types.js'
import { generatedFields } from './resource-shapes.generated.js'
import { s, type Shape } from './shape.js'

const strings = s.list(s.str)
const stringOrList = s.either(s.str, strings)

const location = s.obj({ file: s.str, startLine: s.num, endLine: s.opt(s.num), address: s.opt(s.str) })

/** ResourceBase. */
const BASE = {
  id: s.str,
  name: s.str,
  region: s.str,
  arn: s.opt(s.str),
  accountId: s.opt(s.str),
  tags: s.opt(s.record(s.str)),
  unresolved: s.opt(s.record(s.str)),
  location: s.opt(location),
  attributeLocations: s.opt(s.record(location)),
}

const principal = s.either(s.str, s.record(stringOrList))

/** A policy document as the collectors store it: `Statement` always a list of objects. */
export const POLICY_SHAPE: Shape = s.obj({
  Version: s.opt(s.str),
  Id: s.opt(s.str),
  Statement: s.list(
    s.obj({
      Sid: s.opt(s.str),
      Effect: s.str,
      Action: s.opt(stringOrList),
      NotAction: s.opt(stringOrList),
      Resource: s.opt(stringOrList),
      NotResource: s.opt(stringOrList),
      Principal: s.opt(principal),
      NotPrincipal: s.opt(principal),
      Condition: s.opt(s.record(s.record(s.any))),
    }),
  ),
})

/** Every type's own fields, generated from its model interface (scripts/gen-resource-shapes.ts). */
const FIELDS = generatedFields(POLICY_SHAPE, location)

const shapes = new Map<ResourceType, Shape>()

/** The shape of a resource of `type`: the base fields plus the type's own. */
export function resourceShape(type: ResourceType): Shape {
  let shape = shapes.get(type)
  if (!shape) {
    shape = s.obj({ ...BASE, ...FIELDS[type] })
    shapes.set(type, shape)
  }
  return shape
}

/** Types with a declaration of their own fields (every type of the model, when the generated file is current). */
export function typesWithShapes(): ResourceType[] {
  return Object.keys(FIELDS) as ResourceType[]
}
