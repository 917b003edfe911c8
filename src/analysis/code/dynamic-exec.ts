/**
 * Event data that reaches a call which runs code or a shell command: Python eval/exec,
 * os.system/os.popen, subprocess with shell=True; Node.js eval, new Function, vm.runIn*Context,
 * child_process exec/execSync, and spawn/execFile with {shell: true}. A call counts when one of
 * its arguments mentions an event-source name (event, body, queryStringParameters …) or a
 * variable assigned from one in the same function (see taint.ts for the heuristic and its limits).
 */
import type { CodeDynamicExecFinding, CodeLanguage } from '../../model/lambda.js'
import type { CodeFile } from './files.js'
import { EVENT_SOURCE_NAMES, rulesFor, type ExecSink } from './rules.js'
import { callText, findCalls, type Call } from './syntax.js'
import { describeSource, taintView } from './taint.js'
import { tokenize, type Token } from './tokenize.js'

const isPunct = (t: Token | undefined, text: string) => t?.kind === 'punct' && t.text === text
const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'global', 'builtins', '__builtins__'])
const MODULE_ALIASES: Record<string, string> = { 'node:child_process': 'child_process', 'node:vm': 'vm' }

/** How a file refers to the modules that hold exec sinks. */
interface Imports {
  /** Local name → module (`sp` → `subprocess`, `cp` → `child_process`). */
  modules: Map<string, string>
  /** Bare local name → module and exported name (`run` → subprocess.run, `exec` → child_process.exec). */
  names: Map<string, { module: string; name: string }>
}

function moduleOf(spec: string): string {
  return MODULE_ALIASES[spec] ?? spec
}

function pythonImports(tokens: readonly Token[]): Imports {
  const imports: Imports = { modules: new Map(), names: new Map() }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    if (t.kind !== 'ident') continue
    if (t.text === 'import' && tokens[k - 1]?.kind !== 'ident') {
      // import os, subprocess as sp
      let j = k + 1
      while (tokens[j] && tokens[j]!.kind !== 'newline') {
        const mod = tokens[j]!
        if (mod.kind === 'ident') {
          if (tokens[j + 1]?.text === 'as' && tokens[j + 2]?.kind === 'ident') {
            imports.modules.set(tokens[j + 2]!.text, mod.text)
            j += 3
            continue
          }
          imports.modules.set(mod.text, mod.text)
        }
        j++
      }
    } else if (t.text === 'from' && tokens[k + 1]?.kind === 'ident' && tokens[k + 2]?.text === 'import') {
      // from subprocess import run, Popen as P
      const module = tokens[k + 1]!.text
      let j = k + 3
      while (tokens[j] && tokens[j]!.kind !== 'newline') {
        const n = tokens[j]!
        if (n.kind === 'ident' && n.text !== 'as') {
          const alias = tokens[j + 1]?.text === 'as' && tokens[j + 2]?.kind === 'ident' ? tokens[j + 2]!.text : n.text
          imports.names.set(alias, { module, name: n.text })
          if (alias !== n.text) j += 2
        }
        j++
      }
    }
  }
  return imports
}

/** Binding tokens without commas and line breaks. */
function isBindingToken(t: Token): boolean {
  return t.kind !== 'newline' && !isPunct(t, ',')
}

function javascriptImports(tokens: readonly Token[]): Imports {
  const imports: Imports = { modules: new Map(), names: new Map() }
  // `cp`, `{ exec, execSync: run }`, `* as cp`, `cp, { exec }` (braces kept to tell them apart).
  const bind = (binding: Token[], module: string) => {
    let inBraces = false
    for (let i = 0; i < binding.length; i++) {
      const t = binding[i]!
      if (isPunct(t, '{')) inBraces = true
      else if (isPunct(t, '}')) inBraces = false
      else if (isPunct(t, '*') && binding[i + 1]?.text === 'as' && binding[i + 2]?.kind === 'ident') {
        imports.modules.set(binding[i + 2]!.text, module)
        i += 2
      } else if (t.kind === 'ident' && t.text !== 'as') {
        if (!inBraces) {
          imports.modules.set(t.text, module)
          continue
        }
        const renamed = (isPunct(binding[i + 1], ':') || binding[i + 1]?.text === 'as') && binding[i + 2]?.kind === 'ident'
        imports.names.set(renamed ? binding[i + 2]!.text : t.text, { module, name: t.text })
        if (renamed) i += 2
      }
    }
  }
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!
    // const X = require('child_process')  /  const { exec } = require("node:child_process")
    if (t.kind === 'ident' && t.text === 'require' && isPunct(tokens[k + 1], '(') && tokens[k + 2]?.kind === 'string' && isPunct(tokens[k - 1], '=')) {
      const module = moduleOf(tokens[k + 2]!.text)
      let s = k - 2
      let depth = 0
      while (s >= 0) {
        const x = tokens[s]!
        if (isPunct(x, '}') || isPunct(x, ']')) depth++
        else if (isPunct(x, '{') || isPunct(x, '[')) depth--
        if (depth === 0 && x.kind === 'ident' && ['const', 'let', 'var'].includes(x.text)) break
        if (depth === 0 && (x.kind === 'newline' || isPunct(x, ';'))) break
        s--
      }
      bind(tokens.slice(s + 1, k - 1).filter(isBindingToken), module)
    }
    // import X from 'vm' / import * as cp from 'child_process' / import { exec } from 'node:child_process'
    if (t.kind === 'ident' && t.text === 'import' && !isPunct(tokens[k + 1], '(')) {
      let fromAt = k + 1
      while (fromAt < tokens.length && fromAt < k + 64 && !(tokens[fromAt]!.kind === 'ident' && tokens[fromAt]!.text === 'from')) fromAt++
      const spec = tokens[fromAt + 1]
      if (tokens[fromAt]?.text !== 'from' || spec?.kind !== 'string') continue
      bind(tokens.slice(k + 1, fromAt).filter(isBindingToken), moduleOf(spec.text))
    }
  }
  return imports
}

/** The sink a call reaches, if any. */
function sinkOf(call: Call, sinks: readonly ExecSink[], imports: Imports): ExecSink | undefined {
  for (const s of sinks) {
    if (s.module === 'builtin') {
      if (call.name !== s.call) continue
      if (call.qualifiers.length === 0 || (call.qualifiers.length === 1 && GLOBAL_OBJECTS.has(call.qualifiers[0]!))) return s
      continue
    }
    if (call.qualifiers.length === 1 && call.name === s.call) {
      const q = call.qualifiers[0]!
      if (q === s.module || imports.modules.get(q) === s.module) return s
    }
    if (call.qualifiers.length === 0) {
      const imported = imports.names.get(call.name)
      if (imported && imported.module === s.module && imported.name === s.call) return s
    }
  }
  return undefined
}

function isFunction(arg: readonly Token[]): boolean {
  return arg.some((t) => isPunct(t, '=>') || (t.kind === 'ident' && (t.text === 'function' || t.text === 'lambda')))
}

/** shell=True (Python keyword argument) or {shell: <not false>} (Node.js options). */
function usesShell(call: Call, language: CodeLanguage): boolean {
  for (const arg of call.args) {
    for (let k = 0; k < arg.length; k++) {
      const t = arg[k]!
      if (t.kind !== 'ident' || t.text !== 'shell') continue
      const op = arg[k + 1]
      const value = arg[k + 2]
      if (language === 'python' && isPunct(op, '=')) return value?.text !== 'False' && value?.text !== 'None' && value?.text !== '0'
      if (language === 'javascript' && isPunct(op, ':')) return !['false', 'undefined', 'null', '0'].includes(value?.text ?? '')
    }
  }
  return false
}

/** Event data reaching code or shell execution, in one source file. */
export function findDynamicExec(file: CodeFile, language: CodeLanguage): CodeDynamicExecFinding[] {
  const sinks = rulesFor(language).execSinks
  const tokens = tokenize(file.text, language)
  const imports = language === 'python' ? pythonImports(tokens) : javascriptImports(tokens)
  const candidates = findCalls(tokens)
    .map((call) => ({ call, sink: sinkOf(call, sinks, imports) }))
    .filter((c): c is { call: Call; sink: ExecSink } => c.sink !== undefined)
  if (!candidates.length) return []
  const taint = taintView(tokens, language, EVENT_SOURCE_NAMES)
  const findings: CodeDynamicExecFinding[] = []
  for (const { call, sink } of candidates) {
    if (sink.when === 'shell-true' && !usesShell(call, language)) continue
    // Code runners take the code anywhere in their arguments (new Function(a, b, body)). Command
    // runners take the command and its argument list (joined into one shell line when shell is
    // on); callbacks after them are not part of the command.
    const inspected = sink.module === 'builtin' ? call.args.flat() : call.args.filter((a) => !isFunction(a)).flat()
    const hit = taint.sourceIn(inspected, call.index)
    if (!hit) continue
    findings.push({ path: file.path, line: call.line, language, sink: `${call.isNew ? 'new ' : ''}${callText(call)}`, source: describeSource(hit) })
  }
  return findings
}
