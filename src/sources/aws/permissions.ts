import type { PolicyDocument } from '../../model/common.js'
import { actionsFor, type Collector, type DetailSelection } from './collector.js'

/** Calls every scan makes whatever it collects: who am I, and which regions exist. */
export const BASE_ACTIONS: readonly string[] = ['sts:GetCallerIdentity', 'ec2:DescribeRegions']

/**
 * The least-privilege identity policy for a scan with these collectors: exactly the read-only
 * actions they declare (plus {@link BASE_ACTIONS} and `extraActions`, such as what
 * `--inspect-code` calls), sorted and de-duplicated, on every resource. With a `selection`, the
 * actions of optional detail groups no selected check reads are left out, as the scan skips them.
 */
export function permissionsPolicy(collectors: readonly Collector[], extraActions: readonly string[] = [], selection?: DetailSelection): PolicyDocument {
  const types = new Set(collectors.flatMap((c) => c.produces))
  const actions = [...new Set([...BASE_ACTIONS, ...collectors.flatMap((c) => actionsFor(c, selection, types)), ...extraActions])].sort()
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'ClearskyReadOnlyScan', Effect: 'Allow', Action: actions, Resource: '*' }],
  }
}
