import { Command, Option } from 'commander'
import Table from 'cli-table3'
import { SEVERITIES } from '../../core/severity.js'
import { inventoryDrift } from '../../store/drift.js'
import { diffFindings } from '../../store/findings-diff.js'
import { renderComparisonConsole, renderComparisonJson, renderComparisonMarkdown, type ScanComparison } from '../../store/render-diff.js'
import { getBaseline, getScan, listScans, setBaseline, type StoredScan } from '../../store/scan-store.js'
import type { OpenedStore } from '../../store/open-store.js'
import { addStoreOptions, withStore, type StoreFlags } from '../store-options.js'
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js'

type Exit = (code: number) => void
const FORMATS = ['console', 'json', 'markdown']

function parseId(value: string | undefined, what: string): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value)) throw new UsageError(`${what} must be a scan id (a number), got '${value}'`)
  return Number(value)
}

function compare(before: StoredScan, after: StoredScan): ScanComparison {
  return { before, after, findings: diffFindings(before.report.findings, after.report.findings), drift: inventoryDrift(before.inventory, after.inventory) }
}

function render(c: ScanComparison, format: string): string {
  return format === 'json' ? renderComparisonJson(c) : format === 'markdown' ? renderComparisonMarkdown(c) : renderComparisonConsole(c)
}

/** The last two scans of one scope: of SCAN_B's scope, or of the newest scan's scope. */
async function defaultPair(store: OpenedStore, a?: number, b?: number): Promise<[StoredScan, StoredScan]> {
  if (a !== undefined && b !== undefined) return [await getScan(store, a), await getScan(store, b)]
  const afterId = b ?? (await listScans(store, { limit: 1 }))[0]?.id
  if (afterId === undefined) throw new UsageError('no scans stored yet: run a scan first')
  const after = await getScan(store, afterId)
  if (a !== undefined) return [await getScan(store, a), after]
  const previous = (await listScans(store, { scopeKey: after.scopeKey, limit: 50 })).find((s) => s.id < after.id)
  if (!previous) throw new UsageError(`only one scan of scope ${after.scopeKey} is stored: nothing to compare`)
  return [await getScan(store, previous.id), after]
}

export function historyCommands(setExit: Exit): Command[] {
  const history = addStoreOptions(
    new Command('history')
      .description('list past scans with counts by severity and status')
      .option('--account <id>', 'only scans of this account')
      .option('--limit <n>', 'how many (default 20)', '20')
      .option('--json', 'machine-readable'),
    false,
  ).action(async (flags: StoreFlags & { account?: string; limit: string; json?: boolean }) => {
    const limit = parseId(flags.limit, '--limit')!
    const scans = await withStore(flags, (store) => listScans(store, { ...(flags.account ? { accountId: flags.account } : {}), limit }))
    if (flags.json) return void process.stdout.write(JSON.stringify(scans, null, 2) + '\n')
    if (!scans.length) return void process.stdout.write('no scans stored yet\n')
    const t = new Table({ head: ['id', 'when', 'scope', ...SEVERITIES, 'pass', 'fail', 'unknown'], style: { head: [], border: [] } })
    for (const s of scans)
      t.push([s.id, s.createdAt, s.scopeKey, ...SEVERITIES.map((x) => s.summary.failedBySeverity[x]), s.summary.byStatus.pass, s.summary.byStatus.fail, s.summary.byStatus.unknown + s.summary.byStatus.error])
    process.stdout.write(t.toString() + '\n')
  })

  const diff = addStoreOptions(
    new Command('diff')
      .description('findings new, resolved and unchanged, and configuration drift, between two scans (default: the last two of the same scope)')
      .argument('[scanA]', 'older scan id')
      .argument('[scanB]', 'newer scan id')
      .addOption(new Option('-f, --format <name>', 'console, json or markdown').choices(FORMATS).default('console')),
    false,
  ).action(async (a: string | undefined, b: string | undefined, flags: StoreFlags & { format: string }) => {
    const [before, after] = await withStore(flags, (store) => defaultPair(store, parseId(a, 'SCAN_A'), parseId(b, 'SCAN_B')))
    process.stdout.write(render(compare(before, after), flags.format))
  })

  const baseline = new Command('baseline').description('approve a scan as the expected state of its scope')
  addStoreOptions(baseline.command('set').argument('[scan]', 'scan id (default: the newest scan)').description('set the baseline of the scan\'s scope'), false).action(
    async (id: string | undefined, flags: StoreFlags) => {
      const scan = await withStore(flags, async (store) => {
        const target = parseId(id, 'SCAN') ?? (await listScans(store, { limit: 1 }))[0]?.id
        if (target === undefined) throw new UsageError('no scans stored yet: run a scan first')
        return setBaseline(store, target)
      })
      process.stdout.write(`baseline for ${scan.scopeKey} is scan #${scan.id}\n`)
    },
  )

  const drift = addStoreOptions(
    new Command('drift')
      .description('compare the newest scan with its scope\'s baseline (or the previous scan); exit 1 on drift — for scheduled jobs')
      .option('--baseline', 'compare with the baseline (the default when one is set)')
      .addOption(new Option('-f, --format <name>', 'console, json or markdown').choices(FORMATS).default('console')),
    false,
  ).action(async (flags: StoreFlags & { baseline?: boolean; format: string }) => {
    const c = await withStore(flags, async (store) => {
      const latestHeader = (await listScans(store, { limit: 1 }))[0]
      if (!latestHeader) throw new UsageError('no scans stored yet: run a scan first')
      const latest = await getScan(store, latestHeader.id)
      const baseId = await getBaseline(store, latest.scopeKey)
      if (flags.baseline && baseId === undefined) throw new UsageError(`no baseline set for ${latest.scopeKey}: run 'clearsky baseline set'`)
      if (baseId !== undefined) return compare(await getScan(store, baseId), latest)
      const [before, after] = await defaultPair(store, undefined, latest.id)
      return compare(before, after)
    })
    process.stdout.write(render(c, flags.format))
    setExit(c.drift.length > 0 || c.findings.new.length > 0 ? EXIT_FINDINGS : EXIT_OK)
  })

  return [history, diff, baseline, drift]
}
