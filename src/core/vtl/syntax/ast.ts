/**
 * The VTL syntax tree. Every node keeps its source offsets (`start`, `end`; a `LineMap` turns
 * them into line/column), so errors and the evaluation trace can point at the template.
 */
export interface Span {
  start: number
  end: number
}

export type TemplateNode =
  | TextNode
  | ReferenceNode
  | SetNode
  | IfNode
  | ForeachNode
  | BreakNode
  | StopNode
  | DefineNode
  | MacroNode
  | MacroCallNode
  | EvaluateNode
  | UnsupportedDirectiveNode

/** Literal text, printed as is. */
export interface TextNode extends Span {
  type: 'text'
  text: string
}

/** A reference printed into the output: `$a`, `$!a.b`, `${a.c(1)}`, `\$a` (escaped). */
export interface ReferenceNode extends Span {
  type: 'print'
  ref: ReferenceExpr
  /** An odd number of backslashes before `$`: Velocity prints the reference's source text. */
  escaped: boolean
  /** Backslashes printed before the reference (half of those in the source). */
  prefix: string
}

/** `#set($target = value)`. */
export interface SetNode extends Span {
  type: 'set'
  target: ReferenceExpr
  value: Expr
  /** End of the `#set(...)` header (the trace shows only the header). */
  headerEnd: number
}

export interface IfBranch extends Span {
  condition: Expr
  body: TemplateNode[]
  headerEnd: number
}

/** `#if(...)…#elseif(...)…#else…#end`. */
export interface IfNode extends Span {
  type: 'if'
  branches: IfBranch[]
  elseBody: TemplateNode[] | null
  headerEnd: number
}

/** `#foreach($item in iterable)…#end`. */
export interface ForeachNode extends Span {
  type: 'foreach'
  variable: string
  iterable: Expr
  body: TemplateNode[]
  headerEnd: number
}

export interface BreakNode extends Span {
  type: 'break'
}

export interface StopNode extends Span {
  type: 'stop'
}

/** `#define($name)…#end`: `$name` renders the block when printed. */
export interface DefineNode extends Span {
  type: 'define'
  name: string
  body: TemplateNode[]
  headerEnd: number
}

/** `#macro(name $a $b)…#end`. */
export interface MacroNode extends Span {
  type: 'macro'
  name: string
  params: string[]
  body: TemplateNode[]
  headerEnd: number
}

/** `#name(arg arg …)`: a call of a macro defined anywhere in the template. */
export interface MacroCallNode extends Span {
  type: 'macroCall'
  name: string
  args: Expr[]
}

/** `#evaluate(expr)`: renders a string as a template, in the current context. */
export interface EvaluateNode extends Span {
  type: 'evaluate'
  expr: Expr
}

/** `#include(...)` / `#parse(...)`: need template files, which mapping templates do not have. */
export interface UnsupportedDirectiveNode extends Span {
  type: 'unsupported'
  directive: string
}

export type Expr =
  | ReferenceExpr
  | StringExpr
  | IntegerExpr
  | FloatExpr
  | BooleanExpr
  | ListExpr
  | RangeExpr
  | MapExpr
  | BinaryExpr
  | NotExpr
  | ParenExpr
  | WordExpr

export type RefPart =
  | (Span & { kind: 'property'; name: string })
  | (Span & { kind: 'method'; name: string; args: Expr[] })
  | (Span & { kind: 'index'; index: Expr })

/** `$name.part.part(…)[…]`, in any of its forms. */
export interface ReferenceExpr extends Span {
  type: 'reference'
  name: string
  quiet: boolean
  formal: boolean
  parts: RefPart[]
  /** The reference's source text, e.g. `$!{a.b}` (what Velocity prints for an unresolved one). */
  literal: string
}

export interface StringExpr extends Span {
  type: 'string'
  /** The characters between the quotes. */
  value: string
  /** For a double-quoted string containing `$` or `#`: the parsed template to interpolate. */
  template: TemplateNode[] | null
}

export interface IntegerExpr extends Span {
  type: 'integer'
  value: number | bigint
}

export interface FloatExpr extends Span {
  type: 'float'
  value: number
}

export interface BooleanExpr extends Span {
  type: 'boolean'
  value: boolean
}

export interface ListExpr extends Span {
  type: 'list'
  items: Expr[]
}

/** `[from..to]`. */
export interface RangeExpr extends Span {
  type: 'range'
  from: Expr
  to: Expr
}

export interface MapExpr extends Span {
  type: 'map'
  entries: Array<[Expr, Expr]>
}

export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||'

export interface BinaryExpr extends Span {
  type: 'binary'
  op: BinaryOp
  left: Expr
  right: Expr
}

export interface NotExpr extends Span {
  type: 'not'
  operand: Expr
}

export interface ParenExpr extends Span {
  type: 'paren'
  inner: Expr
}

/** A bare word, only allowed as a macro argument (Velocity passes it as its text). */
export interface WordExpr extends Span {
  type: 'word'
  name: string
}
