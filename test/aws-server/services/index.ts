import { cloudtrail } from './cloudtrail.js'
import { cloudwatch } from './cloudwatch.js'
import { ec2 } from './ec2.js'
import { iam } from './iam.js'
import { kms } from './kms.js'
import { lambda } from './lambda.js'
import { logs } from './logs.js'
import { securityhub } from './securityhub.js'
import { sns } from './sns.js'
import { sqs } from './sqs.js'
import { sts } from './sts.js'
import type { ServiceDef } from './types.js'

/** Every fake service, by SigV4 signing name. Adding a service = one file + one line here. */
export const SERVICES: Record<string, ServiceDef> = Object.fromEntries(
  [cloudtrail, cloudwatch, ec2, iam, kms, lambda, logs, securityhub, sns, sqs, sts].map((s) => [s.signingName, s]),
)
