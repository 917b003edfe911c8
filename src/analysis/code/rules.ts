/**
 * The sink and source lists of data/code-analysis-rules.json, typed. They are data so that a
 * new database driver or a new way to run a shell can be added without touching the analyzers.
 */
import rulesData from '../../../data/code-analysis-rules.json' with { type: 'json' }
import type { CodeLanguage } from '../../model/lambda.js'

/** A call that runs SQL text. */
export interface SqlSink {
  call: string
  /** `method`: called on an object (`cursor.execute`); `function`: bare or module-qualified (`text`, `pd.read_sql`). */
  kind: 'method' | 'function'
  /** Module names a qualified `function` call may use. */
  qualifiers?: string[]
  /** The call takes nothing but SQL, so the text needs no SQL keyword to count. */
  sqlOnly: boolean
}

/** A call that runs code or a shell command. */
export interface ExecSink {
  call: string
  /** `builtin`, or the module the call is imported from (`os`, `subprocess`, `child_process`, `vm`). */
  module: string
  /** `always`: event data in the arguments is enough; `shell-true`: only with shell=True / {shell: true}. */
  when: 'always' | 'shell-true'
  /** Also reached with `new` (`new Function`, `new vm.Script`). */
  constructor?: boolean
}

interface LanguageRules {
  sqlSinks: SqlSink[]
  execSinks: ExecSink[]
}

const byLanguage: Record<CodeLanguage, LanguageRules> = {
  python: rulesData.python as unknown as LanguageRules,
  javascript: rulesData.javascript as unknown as LanguageRules,
}

export function rulesFor(language: CodeLanguage): LanguageRules {
  return byLanguage[language]
}

/** Names that carry request data into a handler. */
export const EVENT_SOURCE_NAMES: ReadonlySet<string> = new Set(rulesData.eventSources.names)
