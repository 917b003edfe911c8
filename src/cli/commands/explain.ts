import { Command } from 'commander'
import { CHECKS } from '../../checks/index.js'
import { COMPLIANCE_INDEX, FRAMEWORKS } from '../../compliance/index.js'
import type { AnyCheck } from '../../core/check.js'
import { closest } from '../../core/did-you-mean.js'
import { UsageError } from '../errors.js'

/** A compliance reference resolved to its framework and control titles. */
export interface ExplainedControl {
  ref: string
  framework: string
  control: string
  title: string
}

/** Everything `explain` shows about a check, as --json prints it. */
export function explainCheck(check: AnyCheck): AnyCheck['meta'] & { compliance: ExplainedControl[] } {
  const compliance = (COMPLIANCE_INDEX.get(check.meta.id) ?? []).map((ref) => {
    const [fwId, ...rest] = ref.split(':')
    const ctlId = rest.join(':')
    const fw = FRAMEWORKS.find((f) => f.id === fwId)
    const ctl = fw?.controls.find((c) => c.id === ctlId)
    return { ref, framework: fw ? `${fw.title} ${fw.version}` : fwId!, control: ctlId, title: ctl?.title ?? '' }
  })
  return { ...check.meta, compliance }
}

/** Finds a check by id, or throws a usage error that suggests close ids. */
export function findCheckOrSuggest(id: string, checks: readonly AnyCheck[] = CHECKS): AnyCheck {
  const check = checks.find((c) => c.meta.id === id)
  if (check) return check
  const near = closest(
    id,
    checks.map((c) => c.meta.id),
  )
  throw new UsageError(`unknown check '${id}'${near.length ? `; did you mean ${near.join(', ')}?` : ''} (run 'clearsky checks' for the list)`)
}

export function renderExplanation(e: ReturnType<typeof explainCheck>): string {
  const lines: string[] = []
  const block = (title: string, text: string | undefined) => {
    if (!text) return
    lines.push(`${title}:`)
    for (const l of text.split('\n')) lines.push(`  ${l}`)
  }
  lines.push(`${e.id}  —  ${e.title}`)
  lines.push(`severity: ${e.severity}   resource type: ${e.resourceType}   categories: ${e.categories.join(', ')}${e.liveOnly ? '   live scans only' : ''}`)
  lines.push('')
  block('What it checks', e.description)
  block('Why it matters', e.risk)
  block('How to fix', e.remediation.text)
  block('AWS CLI', e.remediation.cli)
  block('CloudFormation', e.remediation.cloudformation)
  block('Terraform', e.remediation.terraform)
  const options = Object.entries(e.options ?? {})
  if (options.length) {
    lines.push('Options (set in clearsky.config.yaml under checkOptions):')
    for (const [k, v] of options) lines.push(`  ${e.id}.${k}  default ${JSON.stringify(v)}`)
  }
  if (e.compliance.length) {
    lines.push('Compliance:')
    for (const c of e.compliance) lines.push(`  ${c.ref.padEnd(34)} ${c.title}`)
  } else lines.push('Compliance: not mapped to any framework control')
  return lines.join('\n') + '\n'
}

/** `clearsky explain CHECK-ID`: what a check looks at, why, and how to fix it. */
export function explainCommand(): Command {
  return new Command('explain')
    .description('describe one check: risk, remediation (CLI, CloudFormation, Terraform), options and compliance controls')
    .argument('<check-id>', "a check id ('clearsky checks' lists them)")
    .option('--json', 'machine-readable')
    .action((id: string, flags: { json?: boolean }) => {
      const explained = explainCheck(findCheckOrSuggest(id))
      process.stdout.write(flags.json ? JSON.stringify(explained, null, 2) + '\n' : renderExplanation(explained))
    })
}
