/**
 * The parts of `terraform show -json` output the plan reader walks, as JSON types. A plan or
 * state file that does not have them (hand-edited, truncated by a tool, another format) is
 * refused with the place named, instead of failing inside the reader.
 */
import { s, type Shape } from '../../../core/shape.js'

/** How deep modules may nest here; the reader itself stops at 16. */
const MODULE_DEPTH = 16

const valuesResource = s.obj({ address: s.str, mode: s.str, type: s.str, name: s.str, index: s.opt(s.either(s.num, s.str)), values: s.opt(s.nullable(s.record(s.any))) })
const configResource = s.obj({ address: s.str, mode: s.opt(s.str), type: s.str, name: s.str, expressions: s.opt(s.record(s.any)) })

function nested(level: (inner: Shape | undefined) => Shape): Shape {
  let shape = level(undefined)
  for (let i = 0; i < MODULE_DEPTH; i++) shape = level(shape)
  return shape
}

const valuesModule = nested((inner) => s.obj({ address: s.opt(s.str), resources: s.opt(s.list(valuesResource)), ...(inner ? { child_modules: s.opt(s.list(inner)) } : {}) }))
const configModule = nested((inner) =>
  s.obj({ resources: s.opt(s.list(configResource)), ...(inner ? { module_calls: s.opt(s.record(s.obj({ source: s.opt(s.str), module: s.opt(inner) }))) } : {}) }),
)

export const PLAN_SHAPE: Shape = s.obj({
  format_version: s.str,
  terraform_version: s.opt(s.str),
  variables: s.opt(s.record(s.obj({ value: s.opt(s.any) }))),
  planned_values: s.opt(s.obj({ root_module: s.opt(valuesModule) })),
  values: s.opt(s.obj({ root_module: s.opt(valuesModule) })),
  resource_changes: s.opt(
    s.list(s.obj({ address: s.str, module_address: s.opt(s.str), mode: s.opt(s.str), type: s.opt(s.str), change: s.opt(s.obj({ actions: s.opt(s.list(s.str)), after: s.opt(s.any), after_unknown: s.opt(s.any) })) })),
  ),
  configuration: s.opt(s.obj({ root_module: s.opt(configModule) })),
})
