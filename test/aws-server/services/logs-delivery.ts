/** CloudWatch Logs delivery sources (standard logging v2), merged into the logs service in index.ts. */
import { paginate } from '../pagination.js'
import type { OperationDef } from './types.js'

declare module '../fixture.js' {
  interface FixtureRegion {
    /** Delivery sources: the ARNs of the resources (CloudFront distributions …) whose logs they deliver. */
    deliverySources?: { name: string; service: string; resourceArn: string; logType?: string }[]
  }
}

export const logsDeliveryOperations: Record<string, OperationDef> = {
  DescribeDeliverySources: {
    handle(input, ctx) {
      const p = paginate(ctx.data.deliverySources ?? [], { token: input.nextToken, requested: input.limit, defaultSize: 50, maxSize: 50, tokenName: 'nextToken', errorCode: 'ValidationException' })
      return { deliverySources: p.items.map((s) => ({ name: s.name, arn: `arn:aws:logs:${ctx.region}:${ctx.accountId}:delivery-source:${s.name}`, resourceArns: [s.resourceArn], service: s.service, logType: s.logType ?? 'ACCESS_LOGS' })), nextToken: p.next }
    },
  },
}
