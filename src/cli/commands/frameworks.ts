import { Command } from 'commander'
import Table from 'cli-table3'
import { automatedControls, FRAMEWORKS } from '../../compliance/index.js'

/** `clearsky frameworks`: the compliance frameworks clearsky maps its checks to. */
export function frameworksCommand(): Command {
  return new Command('frameworks')
    .description('list compliance frameworks: id (for --framework), title, version, controls, how many are automated')
    .option('--json', 'machine-readable list, with each control and the checks that evaluate it')
    .action((flags: { json?: boolean }) => {
      if (flags.json) {
        const out = FRAMEWORKS.map((f) => ({ ...f, controlCount: f.controls.length, automated: automatedControls(f), manual: f.controls.filter((c) => c.manual).length }))
        process.stdout.write(JSON.stringify(out, null, 2) + '\n')
        return
      }
      const table = new Table({ head: ['id', 'title', 'version', 'controls', 'automated', 'manual'], style: { head: [], border: [] } })
      for (const f of FRAMEWORKS) table.push([f.id, f.title, f.version, f.controls.length, automatedControls(f), f.controls.filter((c) => c.manual).length])
      process.stdout.write(
        `${table.toString()}\n${FRAMEWORKS.length} frameworks. automated = controls at least one check evaluates; manual = controls only people can assess.\n` +
          `Scan against one with: clearsky scan … --framework <id>\n`,
      )
    })
}
