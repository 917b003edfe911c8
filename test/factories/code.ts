/** Builders for code inspection results (`--inspect-code`): clean by default. */
import type { CodeInspection } from '../../src/model/lambda.js'

export function codeInspection(over: Partial<CodeInspection> = {}): CodeInspection {
  return { inspected: true, filesScanned: 12, secrets: [], sqlInjection: [], dynamicExec: [], dependencies: [], vulnerabilities: [], ...over }
}

export const LAYER_ARN = 'arn:aws:lambda:us-east-1:111122223333:layer:shared:3'
export const VENDOR_LAYER_ARN = 'arn:aws:lambda:us-east-1:999988887777:layer:vendor-tools:12'
