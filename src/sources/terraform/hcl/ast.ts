/**
 * The syntax tree of HCL native syntax (Terraform `.tf` files), as this scanner's own parser
 * builds it. Every node keeps its source offsets so that findings can point at lines.
 */

/** Source offsets (0-based, end exclusive) into the file text. */
export interface Span {
  start: number
  end: number
}

export type Expr =
  | (Span & { kind: 'literal'; value: string | number | boolean | null })
  | (Span & { kind: 'template'; parts: TemplatePart[] })
  | (Span & { kind: 'variable'; name: string })
  | (Span & { kind: 'getattr'; object: Expr; name: string })
  | (Span & { kind: 'index'; object: Expr; key: Expr })
  /** `list[*].attr` / `list.*.attr`: `each` is applied to every element (bound to `anon`). */
  | (Span & { kind: 'splat'; object: Expr; each: Expr })
  | (Span & { kind: 'anon' })
  | (Span & { kind: 'call'; name: string; args: Expr[]; expandFinal: boolean })
  | (Span & { kind: 'tuple'; items: Expr[] })
  | (Span & { kind: 'object'; items: ObjectItem[] })
  | (Span & ForExpr)
  | (Span & { kind: 'conditional'; condition: Expr; then: Expr; else: Expr })
  | (Span & { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr })
  | (Span & { kind: 'unary'; op: '!' | '-'; operand: Expr })
  | (Span & { kind: 'parens'; expr: Expr })

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%'

export interface ObjectItem extends Span {
  key: Expr
  /** A bare identifier key (`name = …`) is the literal string, not a variable. */
  keyIsIdentifier: boolean
  value: Expr
}

export interface ForExpr {
  kind: 'for'
  keyVar?: string
  valueVar: string
  collection: Expr
  /** Present for `{for … : k => v}`. */
  keyExpr?: Expr
  valueExpr: Expr
  condition?: Expr
  /** `{for … : k => v...}` groups values of equal keys into lists. */
  grouped: boolean
}

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'interpolation'; expr: Expr }
  | { kind: 'if'; condition: Expr; then: TemplatePart[]; else: TemplatePart[] }
  | { kind: 'for'; keyVar?: string; valueVar: string; collection: Expr; body: TemplatePart[] }

export interface Attribute extends Span {
  name: string
  expr: Expr
}

export interface Block extends Span {
  type: string
  labels: string[]
  body: Body
}

export interface Body extends Span {
  attributes: Attribute[]
  blocks: Block[]
}
