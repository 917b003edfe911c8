import { accessanalyzer } from './accessanalyzer.js'
import { apigateway } from './apigateway.js'
import { cloudtrail } from './cloudtrail.js'
import { cloudwatch } from './cloudwatch.js'
import { ec2 } from './ec2.js'
import { ec2VpcEndpointOperations } from './ec2-vpc-endpoints.js'
import { guardduty } from './guardduty.js'
import { iam } from './iam.js'
import { kms } from './kms.js'
import { lambda } from './lambda.js'
import { logs } from './logs.js'
import { secretsmanager } from './secretsmanager.js'
import { securityhub } from './securityhub.js'
import { sns } from './sns.js'
import { sqs } from './sqs.js'
import { ssm } from './ssm.js'
import { sts } from './sts.js'
import { account } from './account.js'
import { config } from './config.js'
import { macie2 } from './macie2.js'
import { organizations } from './organizations.js'
import { s3 } from './s3.js'
import type { ServiceDef } from './types.js'

/** Every fake service, by SigV4 signing name. Adding a service = one file + one line here. */
export const SERVICES: Record<string, ServiceDef> = Object.fromEntries(
  [accessanalyzer, account, config, macie2, organizations, s3, apigateway, cloudtrail, cloudwatch, { ...ec2, operations: { ...ec2.operations, ...ec2VpcEndpointOperations } }, guardduty, iam, kms, lambda, logs, secretsmanager, securityhub, sns, sqs, ssm, sts].map((s) => [s.signingName, s]),
)
