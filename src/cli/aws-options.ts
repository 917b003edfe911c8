import type { Command } from 'commander'

export interface AwsFlags {
  profile?: string
  region?: string[]
  allRegions?: boolean
}

const collect = (v: string, prev: string[] = []) => prev.concat(v.split(',').map((s) => s.trim()).filter(Boolean))

export function addAwsOptions(cmd: Command): Command {
  return cmd
    .option('-p, --profile <name>', 'AWS profile (default: the standard credential chain)')
    .option('-r, --region <region...>', 'region to scan, repeatable (default: the profile or AWS_REGION region)', collect)
    .option('--all-regions', 'every region enabled for the account')
}

export function checkRegionFlags(flags: AwsFlags): void {
  if (flags.allRegions && flags.region?.length) throw new Error('--region and --all-regions cannot be combined')
}
