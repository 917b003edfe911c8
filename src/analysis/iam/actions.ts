/**
 * Action helpers over the catalogue: wildcard expansion, access levels, and "how wide" an Action
 * element is.
 */
import type { PolicyStatement } from '../../model/common.js'
import { actionInfo, catalogueServices, serviceActions, type AccessLevel } from './catalogue.js'
import { compilePolicy, statementMatchesAction, type CompiledStatement } from './compile.js'
import { cachedRegExp, globSource, hasWildcard } from './glob.js'

/**
 * Expands an action pattern (`s3:Get*`, `iam:Pass?ole`, `lambda:InvokeFunction`) to the catalogue's
 * actions, in the catalogue's case. Service prefixes may contain wildcards too (`*:Get*`); a bare
 * `*` expands to every action of every service (about 22,000 — loads the whole catalogue).
 * Returns [] when nothing in the catalogue matches.
 */
export function expandActionPattern(pattern: string): string[] {
  const p = pattern.toLowerCase()
  const colon = p.indexOf(':')
  const servicePart = p === '*' ? '*' : colon < 0 ? undefined : p.slice(0, colon)
  const actionPart = p === '*' ? '*' : colon < 0 ? undefined : p.slice(colon + 1)
  if (servicePart === undefined || actionPart === undefined) return []
  const services = hasWildcard(servicePart) ? [...catalogueServices()].filter((s) => cachedRegExp(globSource(servicePart)).test(s)) : [servicePart]
  const out: string[] = []
  for (const svc of services) {
    const actions = serviceActions(svc)
    if (!actions) continue
    if (!hasWildcard(actionPart)) {
      const a = actions.get(actionPart)
      if (a) out.push(a.action)
      continue
    }
    const re = cachedRegExp(globSource(actionPart))
    for (const [name, info] of actions) if (re.test(name)) out.push(info.action)
  }
  return out
}

/** Access level of an action; undefined when the catalogue does not know it. */
export function accessLevel(action: string): AccessLevel | undefined {
  return actionInfo(action)?.accessLevel
}

/** List or Read. */
export function isReadOnlyAction(action: string): boolean {
  const level = accessLevel(action)
  return level === 'List' || level === 'Read'
}

export function isListAction(action: string): boolean {
  return accessLevel(action) === 'List'
}

export function isWriteAction(action: string): boolean {
  const level = accessLevel(action)
  return level === 'Write' || level === 'Tagging'
}

export function isPermissionsManagementAction(action: string): boolean {
  return accessLevel(action) === 'Permissions management'
}

/** Whether the action exists in the catalogue. */
export function isKnownAction(action: string): boolean {
  return actionInfo(action) !== undefined
}

function compiledStatement(st: PolicyStatement | CompiledStatement): CompiledStatement {
  return 'actionPatterns' in st ? st : compilePolicy({ Version: '2012-10-17', Statement: [st] }).statements[0]!
}

/** An Action pattern that matches every action of every service (`*`, `*:*`). */
export function isAllActionsPattern(p: string): boolean {
  return p === '*' || p === '*:*'
}

/**
 * Whether an Allow statement grants every action (`Action: "*"`). NotAction grants are judged by
 * the admin probe (admin.ts), not structurally.
 */
export function statementGrantsAllActions(st: PolicyStatement | CompiledStatement): boolean {
  const c = compiledStatement(st)
  return c.effect === 'Allow' && !c.notAction && c.actionPatterns.some(isAllActionsPattern)
}

/** Service prefixes a statement grants wholesale (`s3:*`), plus `*` for `Action: "*"`. */
export function serviceWideGrants(st: PolicyStatement | CompiledStatement): string[] {
  const c = compiledStatement(st)
  if (c.effect !== 'Allow' || c.notAction) return []
  const out = new Set<string>()
  for (const p of c.actionPatterns) {
    if (isAllActionsPattern(p)) out.add('*')
    else if (/^[a-z0-9-]+:\*$/i.test(p)) out.add(p.slice(0, -2).toLowerCase())
  }
  return [...out]
}

/**
 * Whether statement `outer` covers every action that `inner`'s Action element can name. Literal
 * actions are checked directly; wildcard actions through the catalogue (so `lambda:Get*` is covered
 * by a list of every lambda:Get… action); a wildcard the catalogue cannot expand is covered only by
 * `*` or the same service's `svc:*`. A NotAction `inner` is covered only by an all-actions `outer`.
 */
export function actionsCovered(outer: CompiledStatement, inner: CompiledStatement): boolean {
  const outerAll = !outer.notAction && outer.actionPatterns.some(isAllActionsPattern)
  if (outerAll) return true
  if (inner.notAction) return false
  for (const p of inner.actionPatterns) {
    if (!hasWildcard(p)) {
      if (!statementMatchesAction(outer, p)) return false
      continue
    }
    const expanded = isAllActionsPattern(p) ? [] : expandActionPattern(p)
    if (expanded.length > 0) {
      if (!expanded.every((a) => statementMatchesAction(outer, a))) return false
      continue
    }
    const svc = p.slice(0, p.indexOf(':') + 1).toLowerCase()
    if (outer.notAction || !svc || !outer.actionPatterns.some((o) => o.toLowerCase() === `${svc}*`)) return false
  }
  return true
}
